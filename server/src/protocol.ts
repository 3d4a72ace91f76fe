// The custom requests between the VS Code client and the server for the readiness view: types,
// method names and one pure check, so the client can import this file without pulling in server code.
import type { TextEdit } from 'vscode-languageserver-types';
import type { NewOwner, OwnerTarget } from './service/features/readiness/sidebar-edits';
import type { PlanReadiness } from './service/features/readiness/view';

export type { PlanReadiness, NewOwner, OwnerTarget };
export type { CriterionView, ItemView, MissingOwnerView, PhaseState, PhaseView, RiskView, WaveView } from './service/features/readiness/view';

export const ReadinessMethod = 'rolloutPlan/readiness';
export const ToggleTaskMethod = 'rolloutPlan/toggleTask';
export const AssignOwnerMethod = 'rolloutPlan/assignOwner';
export const ReportMethod = 'rolloutPlan/report';
export const NewPlanMethod = 'rolloutPlan/newPlan';
/** the code lens command: reveal a phase in the readiness tree (arguments: uri, phase key) */
export const RevealPhaseCommand = 'rolloutPlans.revealPhase';

/** A person id that can be written as a plain YAML key and value (the client validates input with it too). */
export const isPersonId = (id: string) => /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(id);

export interface ReadinessParams {
  /** plans to read: open documents as the editor holds them, other files from disk */
  uris: string[];
}

export interface PlanProblems {
  errors: number;
  warnings: number;
}

export interface PlanSnapshot extends PlanReadiness {
  problems: PlanProblems;
  /** the version of the open document it was computed from (0: read from disk) */
  version: number;
}

export type PlanResult =
  | { uri: string; plan: PlanSnapshot }
  /** excluded by its rollout-plan.config.json, unreadable, or gone */
  | { uri: string; skipped: 'excluded' | 'unreadable' };

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

/**
 * `stale`: the document changed since `version` (ask again); `not-found`: nothing to edit on that line;
 * `shared`: the item is shared through a YAML anchor, `reason` says so in the user's language.
 */
export type EditResult = { version: number; edits: TextEdit[] } | { refused: 'stale' | 'not-found' } | { refused: 'shared'; reason: string };

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
