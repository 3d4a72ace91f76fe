// The public surface of the pure language service: the front door (createLanguageService and the
// LanguageService interface), the workspace a front end implements, and the types and helpers the
// front ends share. Front ends import nothing else from this folder (a lint rule enforces it).
export { createLanguageService, type LanguageService, type LanguageServiceOptions, type ReportRequest, type ReportSource } from './front-door';
export { DIFF_FAIL_KINDS, type DiffFailKind, type DiffInput, type DiffOutcome, type DiffRequest, type DiffResult, type DiffSide } from './features/diff/diff-types';
export type {
  CriterionSummary, FileSummary, FreezeSummary, PersonSummary, PhaseSummary, Place, Placed, Programme, ProgrammeProblem, ReferenceSummary, WaveSummary,
} from './programme/programme-types';
export type { PlanWorkspace, ReadResult } from './workspace/workspace';
export type { LoadedConfig } from './workspace/config-source';
export { CHECK_CODES, docsLink, isCheckCode, type CheckCode, type Severity, type SeveritySetting } from './checks/codes';
export { CONFIG_FILE, DEFAULT_CONFIG, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, parseConfig, type PlanConfig } from './workspace/config';
export { compileGlob, matchesAnyGlob } from './workspace/glob';
export { relativePath } from './workspace/uris';
export { renderMessage, toLocale, translator, type Locale, type Message, type Translate } from './l10n/translate';
export { SOURCE } from './checks/diagnostics';
export { isRefusal, type Refusal } from './features/navigation/references';
export { DEFAULT_STARTER_TITLE, isPlanId, planIdFrom, type StarterPlanOptions } from './features/starter-plan';
export { isPersonId, type NewOwner, type OwnerTarget } from './features/readiness/sidebar-edits';
export type { PhaseLens } from './features/readiness/lens';
export type { EditResult, PlanProblems, PlanResult, PlanSnapshot } from './features/readiness/snapshot';
export type { ProgrammeOverview } from './features/readiness/programme-summary';
export { FilePreparer, preparedFromJson, type Offload, type PrepareRequest, type PreparedFile } from './features/readiness/prepared-file';
export type {
  CriterionView, GateView, ItemView, MissingOwnerView, OwnerKind, PersonView, PhaseState, PhaseView, PlanReadiness, PlanTotals, ReasonView, RiskView, WaveView,
} from './features/readiness/view';
export { declaresPlan } from './plan/detect';
export { renderTimelineSvg, type SvgTheme, type TimelineSvgOptions, type Zoom } from './features/timeline/svg';
export type {
  DateSource, FindingsOnItem, GateVerdict, Timeline, TimelineBar, TimelineFreeze, TimelineItem, TimelineLane, TimelineLink, TimelineMilestone,
  TimelineState,
} from './features/timeline/timeline-types';
