import { computed, ref } from 'vue'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'

/** The console speaks Chinese first and English by a switch, remembered in this browser. */
export type Language = 'zh' | 'en'

const stored = localStorage.getItem('linli.language')
export const language = ref<Language>(stored === 'en' ? 'en' : 'zh')

export function setLanguage(next: Language) {
  language.value = next
  localStorage.setItem('linli.language', next)
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en'
}
document.documentElement.lang = language.value === 'zh' ? 'zh-CN' : 'en'

export const elementLocale = computed(() => (language.value === 'zh' ? zhCn : en))

/** Words in both languages, as the API gives its labels. */
export interface Words {
  zh?: string
  en?: string
}

/** The words in the user's language, else in the other. */
export function say(words: Words | undefined): string {
  if (!words) return ''
  return (language.value === 'zh' ? words.zh ?? words.en : words.en ?? words.zh) ?? ''
}

/** A date and time in the user's locale; with seconds where the moment matters (the audit log). */
export function dateTime(iso: string | undefined, seconds = false): string {
  return iso ? new Date(iso).toLocaleString(language.value === 'zh' ? 'zh-CN' : 'en',
    { dateStyle: 'short', timeStyle: seconds ? 'medium' : 'short' }) : ''
}

/** The day (yyyy-MM-dd) in the browser's time zone, where the user is: today unless told otherwise. */
export function localDay(at = new Date()): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 10)
}

const texts = {
  appName: { zh: '邻里', en: 'Linli' },
  appTitle: { zh: '社区治理平台', en: 'Community governance' },
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出', en: 'Sign out' },
  user: { zh: '用户名', en: 'User name' },
  password: { zh: '密码', en: 'Password' },
  wrongCredentials: { zh: '用户名或密码错误，或账号已被暂时锁定。', en: 'Wrong user name or password, or the account is locked for a while.' },
  sessionEnded: { zh: '会话已结束，请重新登录。', en: 'Your session has ended; please sign in again.' },
  required: { zh: '必填', en: 'Required' },
  home: { zh: '首页', en: 'Home' },
  registers: { zh: '台账', en: 'Registers' },
  jurisdiction: { zh: '辖区', en: 'Jurisdiction' },
  everywhere: { zh: '全部辖区', en: 'Everywhere' },
  residents: { zh: '居民', en: 'Residents' },
  households: { zh: '户', en: 'Households' },
  grids: { zh: '网格', en: 'Grids' },
  openRequests: { zh: '在办诉求', en: 'Open requests' },
  overdueRequests: { zh: '超期诉求', en: 'Overdue requests' },
  dueToday: { zh: '今日到期', en: 'Due today' },
  search: { zh: '查询', en: 'Search' },
  reset: { zh: '重置', en: 'Reset' },
  noData: { zh: '暂无数据', en: 'No data' },
  total: { zh: '共', en: 'Total' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  language: { zh: 'English', en: '中文' },
  loadFailed: { zh: '加载失败', en: 'Could not load' },
  save: { zh: '保存', en: 'Save' },
  menu: { zh: '菜单', en: 'Menu' },
  cancel: { zh: '取消', en: 'Cancel' },
  create: { zh: '新建', en: 'New' },
  edit: { zh: '修改', en: 'Edit' },
  saved: { zh: '已保存', en: 'Saved' },
  territoryNode: { zh: '辖区节点', en: 'Territory node' },
  requestQueue: { zh: '诉求办理', en: 'Request queue' },
  overdueOnly: { zh: '只看超期', en: 'Overdue only' },
  openCount: { zh: '在办 {0} 件', en: '{0} open' },
  overdueCount: { zh: '其中超期 {0} 件', en: '{0} overdue' },
  service: { zh: '服务事项', en: 'Service' },
  noService: { zh: '（未列入清单）', en: '(not in the catalogue)' },
  description: { zh: '诉求内容', en: 'Description' },
  place: { zh: '地点', en: 'Place' },
  status: { zh: '状态', en: 'Status' },
  owner: { zh: '首问负责人', en: 'Owner' },
  timeLeft: { zh: '剩余时限', en: 'Time left' },
  leftFor: { zh: '剩 {0}', en: '{0} left' },
  overdueBy: { zh: '超期 {0}', en: 'Overdue by {0}' },
  requester: { zh: '诉求人', en: 'Requester' },
  received: { zh: '受理时间', en: 'Received' },
  dueAt: { zh: '办结时限', en: 'Due' },
  nextSteps: { zh: '办理', en: 'Steps' },
  stepNote: { zh: '办理说明（告知、退回时必填）', en: 'Note (needed to notify or reject)' },
  noNextSteps: { zh: '您在此状态下没有可办理的步骤。', en: 'There is no step for you to take now.' },
  history: { zh: '办理记录', en: 'History' },
  dispatches: { zh: '派单', en: 'Dispatches' },
  department: { zh: '承办部门', en: 'Department' },
  acknowledged: { zh: '报到', en: 'Acknowledged' },
  reported: { zh: '反馈', en: 'Reported' },
  stepReceive: { zh: '登记', en: 'Received' },
  stepAccept: { zh: '受理', en: 'Accept' },
  stepStart: { zh: '开始办理', en: 'Start' },
  stepComplete: { zh: '办结', en: 'Complete' },
  stepNotify: { zh: '办结告知', en: 'Notify' },
  stepClose: { zh: '关闭', en: 'Close' },
  stepReject: { zh: '退回', en: 'Reject' },
  compliance: { zh: '合规评估', en: 'Compliance' },
  evaluateNow: { zh: '立即评估', en: 'Evaluate now' },
  evaluating: { zh: '正在评估{0}，已用 {1} 秒…', en: 'Evaluating {0}: {1} s so far…' },
  noRun: { zh: '尚未评估。', en: 'Not evaluated yet.' },
  runOf: { zh: '{0} · 评估日 {1} · {2} 由 {3} 评估', en: '{0} · as of {1} · evaluated {2} by {3}' },
  perRule: { zh: '各规则通过与未通过', en: 'Pass and fail per rule' },
  verdicts: { zh: '逐条结论', en: 'Verdicts rule by rule' },
  community: { zh: '社区', en: 'Community' },
  onlyFailing: { zh: '只看未通过', en: 'Failing only' },
  clause: { zh: '条款', en: 'Clause' },
  rule: { zh: '规则', en: 'Rule' },
  ruleTitle: { zh: '要求', en: 'Requirement' },
  verdict: { zh: '结论', en: 'Verdict' },
  finding: { zh: '说明', en: 'Finding' },
  verdictPass: { zh: '通过', en: 'Pass' },
  verdictFail: { zh: '未通过', en: 'Fail' },
  verdictNotApplicable: { zh: '不适用', en: 'Not applicable' },
  verdictMissingData: { zh: '缺少数据', en: 'Missing data' },
  verdictReported: { zh: '仅统计', en: 'Figures only' },
  comparison: { zh: '两套规则对比', en: 'Two plugins compared' },
  comparisonAbout: { zh: '同一辖区分别按两个插件评估，不改变绑定。', en: 'The same place judged under two plugins; no binding changes.' },
  leftPlugin: { zh: '现行规则', en: 'Left plugin' },
  rightPlugin: { zh: '对比规则', en: 'Right plugin' },
  boundPlugins: { zh: '现行绑定', en: 'Bound plugins' },
  compare: { zh: '对比', en: 'Compare' },
  newFailures: { zh: '新增未通过', en: 'New failures' },
  resolvedFailures: { zh: '不再未通过', en: 'No longer failing' },
  policyAdmin: { zh: '政策插件', en: 'Policy plugins' },
  plugins: { zh: '运行中的插件', en: 'Running plugins' },
  plugin: { zh: '插件', en: 'Plugin' },
  version: { zh: '版本', en: 'Version' },
  ruleCount: { zh: '规则数', en: 'Rules' },
  bundle: { zh: '模块', en: 'Bundle' },
  bindings: { zh: '辖区绑定', en: 'Bindings' },
  code: { zh: '代码', en: 'Code' },
  notRunning: { zh: '未运行', en: 'Not running' },
  unbind: { zh: '解除', en: 'Unbind' },
  unbindAsk: { zh: '解除后，该辖区改由上级绑定的插件评估。确定？', en: 'The node then falls under the binding above it. Unbind?' },
  unbound: { zh: '已解除{0}的绑定', en: 'Unbound {0}' },
  changeBinding: { zh: '更改绑定', en: 'Change a binding' },
  previewBinding: { zh: '预览影响', en: 'Preview' },
  previewAbout: { zh: '按现行绑定与按所选插件评估的结果；尚未绑定。', en: 'The verdicts under the bindings now and under the chosen plugin; nothing is bound yet.' },
  bindNow: { zh: '确认绑定', en: 'Bind' },
  bound: { zh: '{0}已绑定到 {1}', en: '{0} is now governed by {1}' },
  now: { zh: '现在', en: 'Now' },
  after: { zh: '绑定后', en: 'After' },
  parameters: { zh: '参数', en: 'Parameters' },
  parameter: { zh: '参数名', en: 'Parameter' },
  value: { zh: '值', en: 'Value' },
  source: { zh: '来源', en: 'Comes from' },
  fromDefault: { zh: '规则默认值', en: "The rule's default" },
  fromPlugin: { zh: '插件配置', en: "The plugin's setting" },
  fromOverride: { zh: '{0} 的覆盖值', en: 'The override for {0}' },
  fieldWork: { zh: '外勤', en: 'Field work' },
  grid: { zh: '网格', en: 'Grid' },
  patrolledToday: { zh: '今日已巡查 {0} 次', en: 'Patrolled {0} time(s) today' },
  notPatrolledToday: { zh: '今日尚未巡查', en: 'Not patrolled today yet' },
  taskPatrol: { zh: '记录今日巡查', en: "Record today's patrol" },
  taskVisit: { zh: '记录入户走访', en: 'Record a household visit' },
  taskRequest: { zh: '上报居民诉求', en: "Report a resident's request" },
  whoVisited: { zh: '走访对象（输入姓名）', en: 'Who was visited (type a name)' },
  typeName: { zh: '输入姓名查找', en: 'Type a name' },
  record: { zh: '记录', en: 'Record' },
  recorded: { zh: '已记录', en: 'Recorded' },
  latestEvaluation: { zh: '最近一次评估', en: 'Latest evaluation' },
  failingRules: { zh: '未通过的要求', en: 'Failing requirement' },
  communities: { zh: '社区数', en: 'Communities' },
  noFailures: { zh: '没有未通过的规则', en: 'No rule fails' },
  reveal: { zh: '查看完整信息', en: 'Reveal' },
  revealAbout: { zh: '身份证号和电话默认隐去部分数字。查看完整信息须说明原因，原因与查看记录一并存入审计日志。',
    en: 'ID numbers and phones are partly hidden. To see them whole, give a reason; it is kept in the audit log with the access.' },
  revealReason: { zh: '查看原因', en: 'Reason' },
  idNumber: { zh: '公民身份号码', en: 'ID number' },
  phone: { zh: '联系电话', en: 'Phone' },
  territoryPicture: { zh: '网格图', en: 'Grid picture' },
  gridSummary: { zh: '共 {0} 户；每个网格应为 {1}–{2} 户；网格外 {3} 户。', en: '{0} households; a grid should hold {1}–{2}; {3} outside grids.' },
  allWithinBounds: { zh: '全部网格符合户数要求', en: 'Every grid within the bounds' },
  notAllWithinBounds: { zh: '有网格不符合户数要求', en: 'Some grid outside the bounds' },
  gridsNow: { zh: '现有网格（按楼栋坐标绘制）', en: 'The grids now, drawn from the buildings’ coordinates' },
  gridsAfter: { zh: '调整方案', en: 'The grids as proposed' },
  buildings: { zh: '楼栋', en: 'Buildings' },
  againstBounds: { zh: '户数', en: 'Against the bounds' },
  belowBounds: { zh: '户数不足', en: 'Too few' },
  withinBounds: { zh: '符合', en: 'Within' },
  aboveBounds: { zh: '户数过多', en: 'Too many' },
  householdsUnit: { zh: '户', en: 'households' },
  unplacedBuildings: { zh: '{0} 栋楼没有坐标，未画出', en: '{0} buildings without coordinates are not drawn' },
  gridPlanner: { zh: '网格调整', en: 'Grid planner' },
  gridPlannerAbout: { zh: '按楼栋拆分或合并网格，使每个网格的户数符合要求；方案先行保存，应用前不改变辖区。',
    en: 'Splits or merges grids, building by building, to bring every grid within the bounds; a plan is stored and changes nothing until applied.' },
  proposePlan: { zh: '生成调整方案', en: 'Propose a plan' },
  planAction: { zh: '调整', en: 'Change' },
  planKeep: { zh: '保留', en: 'Keep' },
  planChange: { zh: '调整楼栋', en: 'Change' },
  planCreate: { zh: '新建', en: 'Create' },
  planClose: { zh: '撤销', en: 'Close' },
  planSummary: { zh: '将移动 {0} 栋楼。', en: '{0} buildings move.' },
  planNotWithinBounds: { zh: '楼栋无法全部分入符合户数要求的网格。', en: 'The buildings cannot all be grouped within the bounds.' },
  applyPlan: { zh: '应用方案', en: 'Apply the plan' },
  planApplied: { zh: '方案已应用', en: 'The plan is applied' },
  view: { zh: '查看', en: 'View' },
  related: { zh: '相关记录', en: 'Related records' },
  under: { zh: '下级', en: 'Under it: ' },
  auditLog: { zh: '审计日志', en: 'Audit log' },
  auditAt: { zh: '时间', en: 'When' },
  auditUser: { zh: '用户', en: 'User' },
  auditAction: { zh: '操作', en: 'Action' },
  auditEntity: { zh: '记录类型', en: 'Kind of record' },
  auditEntityId: { zh: '记录编号', en: 'Record id' },
  auditRecord: { zh: '记录', en: 'Record' },
  auditFields: { zh: '涉及字段', en: 'Fields' },
  auditAddress: { zh: '来源地址', en: 'From' },
  visitWeeks: { zh: '每周走访（近12周）', en: 'Visits per ISO week, last twelve weeks' },
  isoWeek: { zh: '周次', en: 'Week' },
  weekOf: { zh: '周一', en: 'Monday' },
  visitCount: { zh: '走访次数', en: 'Visits' },
  visitDays: { zh: '走访天数', en: 'Days' },
  visitMinutes: { zh: '走访时长（分钟）', en: 'Minutes' },
} satisfies Record<string, Words>

export type TextKey = keyof typeof texts

/** A text of the console in the user's language. */
export function t(key: TextKey): string {
  return say(texts[key])
}
