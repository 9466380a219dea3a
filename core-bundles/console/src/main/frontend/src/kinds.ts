import { language, say, t, type Words } from './i18n'

/** A kind of record as /api/v1/kinds describes it: what lists and forms are built from. */
export interface Kind {
  kind: string
  register: string
  registerLabels: Words
  labels: Words
  about?: Words
  read?: string
  write: string
  writable: boolean
  /** Where the kind is on the SOAP door; its name (Worker) also names the filters that point at it (workerId). */
  soap?: { service: string; name: string; plural: string }
  fields: KindField[]
  filters: KindFilter[]
}

export type FieldType = 'INTEGER' | 'LONG' | 'DECIMAL' | 'TEXT' | 'BOOLEAN' | 'DATE' | 'TIME' | 'DATE_TIME' | 'ENUM' | 'LIST' | 'OBJECT'

export interface KindField {
  name: string
  type: FieldType
  labels: Words
  about?: Words
  required: boolean
  readOnly: boolean
  maxLength?: number
  minimum?: number
  maximum?: number
  pattern?: string
  codeList?: string
  notFuture?: boolean
  values?: { value: string; labels: Words }[]
  /** The kind whose record's id the field holds; a territory node's level when it must have one. */
  refers?: { kind: string; level?: string }
  items?: KindField
  fields?: KindField[]
}

export interface KindFilter {
  name: string
  type: FieldType
  values?: string[]
  /** What a search form shows above it. */
  labels: Words
  description: string
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** A territory node (辖区节点) as the territory register answers it. */
export interface TerritoryNode {
  id: number
  code: string
  name: string
  level: string
  parentId?: number
  longitude?: number
  latitude?: number
}

/** A stored value as the user reads it: an enumeration by its label, a boolean in words, a number in the user's locale. */
export function shownValue(field: KindField, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field.type === 'ENUM') return say(field.values?.find((v) => v.value === value)?.labels) || String(value)
  if (field.type === 'BOOLEAN') return value ? t('yes') : t('no')
  if (field.type === 'DECIMAL' || field.type === 'INTEGER' || field.type === 'LONG') {
    return field.name === 'id' || field.name.endsWith('Id') ? String(value)
      : new Intl.NumberFormat(language.value === 'zh' ? 'zh-CN' : 'en').format(value as number)
  }
  return String(value)
}

/** A list shows a kind's scalar fields; lists and nested objects belong to the record's own view. */
export function columnsOf(kind: Kind): KindField[] {
  return kind.fields.filter((field) => field.type !== 'LIST' && field.type !== 'OBJECT')
}
