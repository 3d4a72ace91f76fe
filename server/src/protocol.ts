// The custom requests between the VS Code client and the server for the readiness view and the timeline: types,
// method names and one pure check, so the client can import this file without pulling in server code.
import type { NewOwner, OwnerTarget, PlanResult } from './service';

// the results are the service's types (the service never imports this file)
export { isPersonId } from './service';
export type { EditResult, NewOwner, OwnerTarget, PlanProblems, PlanReadiness, PlanResult, PlanSnapshot, ProgrammeOverview, ReadResult } from './service';
export type { CriterionView, ItemView, MissingOwnerView, PhaseState, PhaseView, RiskView, WaveView } from './service';
export type {
  DateSource, FindingsOnItem, GateVerdict, Timeline, TimelineBar, TimelineFreeze, TimelineItem, TimelineLane, TimelineLink, TimelineMilestone,
  TimelineState,
} from './service';

export const ReadinessMethod = 'rolloutPlan/readiness';
/** the programme nodes of the readiness view, for the plans it lists (params: ReadinessParams; result: ProgrammeOverview[]) */
export const ProgrammesMethod = 'rolloutPlan/programmes';
export const ToggleTaskMethod = 'rolloutPlan/toggleTask';
export const AssignOwnerMethod = 'rolloutPlan/assignOwner';
export const ReportMethod = 'rolloutPlan/report';
export const NewPlanMethod = 'rolloutPlan/newPlan';
/** the timeline of an open plan, or of its programme (result: `Timeline`, or null for a document the server does not hold) */
export const TimelineMethod = 'rolloutPlan/timeline';
/** the code lens command: reveal a phase in the readiness tree (arguments: uri, phase key) */
export const RevealPhaseCommand = 'rolloutPlans.revealPhase';

export interface ReadinessParams {
  /** plans to read: open documents as the editor holds them, other files from disk */
  uris: string[];
}

export interface ReadinessResult {
  plans: PlanResult[];
}

export interface ToggleTaskParams {
  uri: string;
  /** the document version the client sees; the edit is refused when the server's differs */
  version: number;
  /** 0-based line of the item (ItemView.line) */
  line: number;
  done: boolean;
}

export interface AssignOwnerParams {
  uri: string;
  version: number;
  target: OwnerTarget;
  owner: NewOwner;
}

export interface ReportParams {
  plans: { uri: string; name: string }[];
  format: 'markdown' | 'json';
}

export interface NewPlanParams {
  id: string;
  title: string;
}

export interface NewPlanResult {
  text: string;
}

export interface TimelineParams {
  uri: string;
  /** the plan's programme: one lane per plan, its freezes, the links across plans (issue 18) */
  programme?: boolean;
}

/** the git refs a plan (or a folder) can be compared with: branches, remote branches, tags */
export const GitRefsMethod = 'rolloutPlan/gitRefs';
/** the readiness diff of a plan (or of every plan under a folder) against a git ref, as Markdown */
export const CompareMethod = 'rolloutPlan/compare';

export interface GitRefsParams {
  /** a plan or a folder: the repository that holds it */
  uri: string;
}

export interface GitRefView {
  name: string;
  kind: 'branch' | 'remote' | 'tag';
  /** the branch checked out now */
  current?: boolean;
}

/** the refs, or why there are none to pick (not a git repository, git missing), in the user's language */
export type GitRefsResult = { refs: GitRefView[] } | { error: string };

export interface CompareParams {
  /** the active plan, or the workspace folder (plans deleted since the base are looked for under it) */
  uri: string;
  /** the plans to compare as the editor holds them: the active one, or every plan the readiness view lists */
  plans: string[];
  /** the ref as the user picked or typed it */
  base: string;
}

export type CompareResult = { markdown: string; changedPlans: number } | { error: string };

// The browser's workspace: the language server in a Web Worker has no file system, so it asks the
// client, which answers over vscode.workspace.fs (any file system, virtual ones included).
/** a file's text, or why it was not read (params: WorkspaceFileParams; result: the service's ReadResult) */
export const ReadFileMethod = 'rolloutPlan/workspace/readFile';
/** the rollout-plan.config.json that applies to a plan, up to its workspace folder (params: WorkspaceFileParams; result: FindConfigResult) */
export const FindConfigMethod = 'rolloutPlan/workspace/findConfig';
/** the workspace's files that may be plans (no params; result: ListFilesResult) */
export const ListFilesMethod = 'rolloutPlan/workspace/listFiles';

export interface WorkspaceFileParams {
  uri: string;
}

export interface FindConfigResult {
  /** the config's URI, absent when none applies */
  uri?: string;
}

export interface ListFilesResult {
  uris: string[];
}
