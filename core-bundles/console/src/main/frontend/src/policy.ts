import { call } from './api'
import { t, type TextKey } from './i18n'
import type { Page } from './kinds'

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

/** A rule as /policy/rules describes it; here for its parameters' meaning and default. */
export interface RuleInfo {
  id: string
  plugin: string
  titleZh: string
  titleEn: string
  parameters: { name: string; defaultValue: string; descriptionZh: string; descriptionEn: string }[]
}

/** A background evaluation (/policy/evaluation-jobs) as it goes. */
export interface EvaluationJob {
  id: string
  nodeName: string
  state: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'
  communities: number
  evaluated: number
  evaluationId?: number
  problem?: string
}

export const verdictWords: Record<Verdict, TextKey> = {
  PASS: 'verdictPass', FAIL: 'verdictFail', NOT_APPLICABLE: 'verdictNotApplicable', MISSING_DATA: 'verdictMissingData',
  REPORTED: 'verdictReported',
}

export const verdictTags: Record<Verdict, 'success' | 'danger' | 'info' | 'warning' | 'primary'> = {
  PASS: 'success', FAIL: 'danger', NOT_APPLICABLE: 'info', MISSING_DATA: 'warning', REPORTED: 'primary',
}

/** A side's verdicts in a few words: "通过 34 · 未通过 6". */
export function countText(n: VerdictCounts): string {
  return `${t('verdictPass')} ${n.pass} · ${t('verdictFail')} ${n.fail}`
}

/**
 * The newest evaluation, with its findings, of the latest fifty runs: of exactly {@code nodeId}
 * when given (a run over a community inside it gives not its verdicts), else anywhere the user
 * sees. Comparisons' and previews' runs judged places under plugins that may not govern them.
 */
export async function newestEvaluation(nodeId?: number): Promise<Evaluation | null> {
  const runs = await call<Page<Evaluation>>('GET', `/policy/evaluations?size=50${nodeId === undefined ? '' : `&nodeId=${nodeId}`}`)
  const newest = runs.items.find((run) => run.purpose === 'EVALUATION' && (nodeId === undefined || run.nodeId === nodeId))
  return newest ? call<Evaluation>('GET', `/policy/evaluations/${newest.id}`) : null
}
