// What every check module is: a stable code, and a function that reports findings on a plan.
import type { CheckCode } from './codes';
import type { Translate } from '../l10n/translate';
import type { PlanModel } from '../plan/model';
import type { Loc, ParsedPlan } from '../plan/parse';
import type { PlanIndex } from '../plan/id-index';
import type { Readiness } from '../plan/readiness';

/** Extra facts a quick fix needs (the unknown name, its kind, the closest match…). */
export interface FixData {
  fix: 'replace' | 'create-criterion' | 'add-person' | 'add-owner' | 'add-rollback' | 'add-exit-criteria' | 'add-champion';
  [key: string]: unknown;
}

export interface Related {
  loc: Loc;
  message: string;
}

export interface Finding {
  code: CheckCode;
  /** where in the text; `loc` (segment-relative) or absolute offsets */
  loc: Loc | { start: number; end: number };
  message: string;
  related?: Related[];
  data?: FixData;
}

export interface CheckContext {
  parsed: ParsedPlan;
  model: PlanModel;
  index: PlanIndex;
  readiness: Readiness;
  /** today, YYYY-MM-DD: overdue tasks depend on it */
  today: string;
  t: Translate;
  report(finding: Finding): void;
}

export interface Check {
  code: CheckCode;
  run(ctx: CheckContext): void;
}
