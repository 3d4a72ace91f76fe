// What every check module is: a stable code, and a function that reports findings on a plan.
import type { TextEdit } from 'vscode-languageserver-types';
import type { CheckCode } from './codes';
import type { Translate } from '../l10n/translate';
import type { PlanModel } from '../plan/model';
import type { Loc, ParsedPlan } from '../plan/parse';
import type { DocumentKind } from '../plan/document-kind';
import type { PlanIndex, RefKind } from '../plan/id-index';
import type { MissingOwner, Readiness } from '../plan/readiness';
import type { Place } from '../programme/programme-types';

/**
 * What a quick fix needs to know, by fix kind (the name at fault, the closest valid one, the kind of
 * item…). The kinds are declared here, once, so that a check names its fix without importing the
 * fixes; features/fixes/registry.ts must then have a provider for every kind (a compile error if not).
 */
export type FixData =
  | { fix: 'replace'; name: string; suggestion?: string; kind?: RefKind }
  | { fix: 'create-criterion'; name: string; suggestion?: string; kind: RefKind }
  | { fix: 'add-person'; name: string; suggestion?: string; kind: RefKind }
  | { fix: 'add-owner'; kind: MissingOwner['kind'] }
  | { fix: 'add-champion'; kind: MissingOwner['kind'] }
  | { fix: 'add-rollback' }
  | { fix: 'add-exit-criteria'; key: 'exitCriteria' | 'criteria' }
  /** a person added to the programme's roster, in the programme file `uri` (`edit`: filled in once that file is read) */
  | { fix: 'add-to-roster'; name: string; suggestion?: string; uri: string; edit?: TextEdit }
  /** a go-live window moved to start on `after` (YYYY-MM-DD: the first day after a freeze), its length kept */
  | { fix: 'move-window'; after: string };

export type FixKind = FixData['fix'];
/** The fix data of one kind. */
export type FixDataOf<K extends FixKind> = Extract<FixData, { fix: K }>;

/** Related information: a place in the plan (`loc`), or in another file (`place`: a check across plans). */
export type Related =
  | { loc: Loc | { start: number; end: number }; message: string }
  | { place: Place; message: string };

export interface Finding {
  code: CheckCode;
  /** where in the text; `loc` (segment-relative) or absolute offsets */
  loc: Loc | { start: number; end: number };
  message: string;
  related?: Related[];
  data?: FixData;
}

export interface CheckContext {
  kind: DocumentKind;
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

/** A plan's findings across its programme (programme/programme-checks.ts), and which of its own findings they replace. */
export interface AcrossPlans {
  findings: Finding[];
  replaces(finding: Finding): boolean;
}

export const NO_PROGRAMME: AcrossPlans = { findings: [], replaces: () => false };
