import { type FieldError, Problem } from './api'
import { language } from './i18n'
import type { KindField } from './kinds'

type Template = (field: KindField | undefined) => string

/**
 * A field error in the user's language, by its code; the limits come from the field's
 * description, which states the same rules the service checked. A code without words here keeps
 * the service's own message.
 */
const byCode: Record<string, { zh: Template; en: Template }> = {
  required: { zh: () => '必填', en: () => 'Required' },
  too_long: { zh: (f) => `不能超过 ${f?.maxLength ?? ''} 个字符`, en: (f) => `At most ${f?.maxLength ?? ''} characters` },
  characters: { zh: () => '不能包含 < 或 >', en: () => 'Must not contain < or >' },
  format: { zh: () => '格式不正确', en: () => 'Not in the expected form' },
  type: { zh: () => '类型不正确', en: () => 'Not of the expected type' },
  range: { zh: (f) => `应在 ${f?.minimum ?? ''} 至 ${f?.maximum ?? ''} 之间`, en: (f) => `From ${f?.minimum ?? ''} to ${f?.maximum ?? ''}` },
  scale: { zh: () => '最多两位小数', en: () => 'At most two decimals' },
  future: { zh: () => '不能晚于今天', en: () => 'Must not be in the future' },
  unknown_code: { zh: () => '不是代码表中的值', en: () => 'Not a code of its list' },
  not_found: { zh: () => '找不到，或不在您的辖区内', en: () => 'Not found, or outside your jurisdiction' },
  duplicate: { zh: () => '已被使用', en: () => 'Already in use' },
  order: { zh: () => '日期先后不符', en: () => 'Dates out of order' },
  level: { zh: () => '层级不符', en: () => 'Not of the right level' },
  length: { zh: () => '公民身份号码应为18位', en: () => 'An ID number has 18 characters' },
  check_digit: { zh: () => '校验码不正确，请核对号码', en: () => 'The check character is wrong; check the number' },
  birth_date: { zh: () => '号码中的出生日期不存在', en: () => 'The number holds no real birth date' },
  region: { zh: () => '号码开头的地区代码不存在', en: () => 'The number starts with an unknown region' },
  immutable: { zh: () => '不可修改', en: () => 'Cannot be changed' },
  transition: { zh: () => '此状态下不能办理这一步', en: () => 'This step cannot be taken in this status' },
  not_owner: { zh: () => '只有首问负责人可以办理这一步', en: () => 'Only the owner, who accepted it, takes this step' },
  integer: { zh: () => '应为整数', en: () => 'A whole number' },
  number: { zh: () => '应为数字', en: () => 'A number' },
  outside: { zh: () => '超出您的辖区', en: () => 'Beyond your jurisdiction' },
  not_grantable: { zh: () => '不能授予此权限', en: () => 'Not a permission a token may have' },
  past: { zh: () => '应晚于当前时间', en: () => 'Must be in the future' },
  in_use: { zh: () => '仍被其他记录引用', en: () => 'Other records still refer to it' },
  repeated: { zh: () => '与文件中前面的行重复', en: () => 'The same as an earlier line of the file' },
  columns: { zh: () => '列数与表头不符', en: () => 'Not as many fields as the header names' },
  malformed: { zh: () => '格式有误，此后内容未读取', en: () => 'Not well formed; the file was read no further' },
  unknown_column: { zh: () => '不是可导入的列', en: () => 'Not a column of this kind' },
  enum: { zh: () => '不是可选的值', en: () => 'Not one of the allowed values' },
  head_exists: { zh: () => '该户已有户主', en: () => 'The household already has a head' },
  encoding: { zh: () => '文件不是 UTF-8 编码', en: () => 'The file is not UTF-8 text' },
  pattern: { zh: () => '格式不正确', en: () => 'Not in the expected form' },
}

export function fieldMessage(error: FieldError, field: KindField | undefined): string {
  const words = byCode[error.code]
  return words ? words[language.value](field) : error.message
}

/** A refusal said above a form: each field error in the user's language, else the problem's detail. */
export function problemText(e: unknown): string {
  if (!(e instanceof Problem)) return (e as Error).message
  return e.errors.map((error) => fieldMessage(error, undefined)).join('；') || e.detail
}
