import type { TextKey } from './i18n'

/** What the policy door answers (/api/v1/policy/…), as the compliance and policy screens use it. */

/** REPORTED: an indicator's figures, which carry no verdict of their own. */
export type Verdict = 'PASS' | 'FAIL' | 'NOT_APPLICABLE' | 'MISSING_DATA' | 'REPORTED'

/** One rule's verdict on one community, with the clause it comes from. */
export interface Finding {
  communityId: number
  communityName: string
  plugin: string
  pluginVersion: string
  ruleId: string
  kind: 'CHECK' | 'INDICATOR'
  titleZh: string
  titleEn: string
  clauseSource: string
  clauseText: string
  subjectName?: string
  verdict: Verdict
  messageZh: string
  messageEn: string
  facts: { name: string; value: string }[]
}

export interface VerdictCounts {
  pass: number
  fail: number
  notApplicable: number
  missingData: number
  reported: number
}

/** A stored evaluation run (评估) over a community, street or district. */
export interface Evaluation {
  id: number
  nodeId: number
  nodeName: string
  purpose: 'EVALUATION' | 'COMPARISON' | 'PREVIEW'
  plugin?: string
  asOf: string
  evaluatedAt: string
  evaluatedBy: string
  counts: VerdictCounts
  findings: Finding[]
}

/** A community under two plugins: what fails only on the right, and what fails only on the left. */
export interface CommunityVerdicts {
  communityId: number
  communityName: string
  leftPlugin: string
  rightPlugin: string
  left: VerdictCounts
  right: VerdictCounts
  newFailures: string[]
  resolvedFailures: string[]
}

export interface PluginInfo {
  id: string
  version: string
  bundle: string
  ruleCount: number
}

export interface Binding {
  code: string
  nodeId?: number
  nodeName?: string
  plugin: string
  installed: boolean
}

export interface ParameterValue {
  plugin: string
  ruleId?: string
  name: string
  value: string
  source: string
}

export const verdictWords: Record<Verdict, TextKey> = {
  PASS: 'verdictPass', FAIL: 'verdictFail', NOT_APPLICABLE: 'verdictNotApplicable', MISSING_DATA: 'verdictMissingData',
  REPORTED: 'verdictReported',
}

export const verdictTags: Record<Verdict, 'success' | 'danger' | 'info' | 'warning' | 'primary'> = {
  PASS: 'success', FAIL: 'danger', NOT_APPLICABLE: 'info', MISSING_DATA: 'warning', REPORTED: 'primary',
}
