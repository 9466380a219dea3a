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
} satisfies Record<string, Words>

export type TextKey = keyof typeof texts

/** A text of the console in the user's language. */
export function t(key: TextKey): string {
  return say(texts[key])
}
