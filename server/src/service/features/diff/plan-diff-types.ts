// What changed in one plan between the base and now, in the plan's terms: JSON-safe (the JSON
// format prints it as is, docs/diff.md documents it) and already in the words of the plan's
// section language (labels and reasons come from the readiness view, messages from the checks).
import type { GateVerdict } from '../timeline/timeline-types';

/** Changed: both sides compared. Not compared: a side unreadable or with syntax errors (never "everything changed"). */
export type PlanStatus = 'changed' | 'unchanged' | 'added' | 'removed' | 'not-compared';
export type DiffSideName = 'before' | 'after';

export type PlanNote =
  | { kind: 'renamed'; from: string }
  | { kind: 'not-a-plan'; side: DiffSideName }
  | { kind: 'unreadable'; side: DiffSideName; message: string }
  /** `line` 1-based, of the first syntax error on that side */
  | { kind: 'syntax-errors'; side: DiffSideName; count: number; message: string; line: number };

export interface GateChange {
  phase: string;
  title?: string;
  before: GateVerdict;
  after: GateVerdict;
  beforeLabel: string;
  afterLabel: string;
  /** ready → not ready, go → no-go or pending: what `--fail-on verdict` counts */
  worse: boolean;
  /** why it is not ready now (the readiness view's reasons), when it is not */
  reasons: string[];
  moreReasons?: string;
}

export interface ValueChange {
  before?: string;
  after?: string;
}

export interface CriterionChange {
  id: string;
  title?: string;
  change: 'added' | 'removed' | 'changed';
  /** the status in words on each side (met, not met, not measured) */
  status?: ValueChange;
  actual?: ValueChange;
  target?: ValueChange;
}

export interface DateShift {
  /** the timeline's key: `phase:<id>` or `wave:<phase>/<wave>`; `plan:end` for the end of the plan */
  key: string;
  kind: 'phase' | 'wave' | 'gate' | 'go-live' | 'plan-end';
  title: string;
  before: { start: string; end: string };
  after: { start: string; end: string };
  /** whole days the end moved (else the start): positive a slip, negative a pull-in */
  days: number;
}

export interface ItemChange {
  /** the phase (or wave) holding the item, as titled now */
  where: string;
  task: string;
  change: 'done' | 'undone' | 'added' | 'removed';
}

export interface OwnerChange {
  subject: 'phase' | 'task' | 'criterion' | 'risk' | 'wave';
  name: string;
  change: 'assigned' | 'changed' | 'removed';
  before?: string;
  after?: string;
}

export interface RiskChange {
  where: string;
  title: string;
  change: 'added' | 'removed' | 'opened' | 'mitigated' | 'closed';
  /** the status in words on each side */
  status?: ValueChange;
}

export interface StructureChange {
  kind: 'phase' | 'wave';
  title: string;
  /** a wave: its phase */
  where?: string;
  change: 'added' | 'removed';
}

export interface FindingChange {
  code: string;
  message: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** 1-based, on the side it is found on (now for introduced, the base for fixed) */
  line: number;
}

export interface PlanDiff {
  /** the path now (at the base for a removed plan) */
  name: string;
  uri: string;
  title?: string;
  /** the section's language */
  locale: 'en' | 'fr';
  status: PlanStatus;
  notes: PlanNote[];
  gates: GateChange[];
  criteria: CriterionChange[];
  dates: DateShift[];
  items: ItemChange[];
  owners: OwnerChange[];
  risks: RiskChange[];
  structure: StructureChange[];
  findings: { introduced: FindingChange[]; fixed: FindingChange[] };
}
