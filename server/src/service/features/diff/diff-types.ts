// The contract of a readiness diff: what a front end hands the service (each plan's text at a base
// ref and now, read by whoever can read git) and what it gets back (the rendered comparison and the
// counts `--fail-on` decides on). The service never runs git: the CLI reads the base through git,
// the editor through the server's git reader; both call `LanguageService.diff`.
import type { Message } from '../../l10n/translate';

/** One side of a plan's comparison. */
export interface DiffSide {
  /** the path shown to the user on this side (relative to the working folder, forward slashes) */
  name: string;
  /** the file's text; absent when it could not be read on this side */
  text?: string;
  /** why it could not be read (binary at the ref, too large, …), worded by the front end's catalog key */
  unreadable?: Message;
}

/**
 * A plan to compare. `before` absent: the plan is new; `after` absent: it was deleted; different
 * names on the two sides: a rename (git's rename detection). A side whose text is not a plan
 * (no `kind: RolloutPlan`) is reported as "not a plan at the base", never diffed as one.
 */
export interface DiffInput {
  /** the working-tree URI: the config that applies to both sides is looked up from here */
  uri: string;
  before?: DiffSide;
  after?: DiffSide;
}

export interface DiffRequest {
  format: 'markdown' | 'json';
  /** the base as the user named it (`origin/main`), shown in the summary line */
  base: string;
  /** each plan's section in its metadata.language (the CLI's `--locale plan`) */
  perPlanLocale?: boolean;
  /** the plans the front end knows did not change (git says so), by their shown names: listed, never read */
  unchanged?: readonly string[];
}

/** What `--fail-on` can fail a job on. */
export const DIFF_FAIL_KINDS = ['new-errors', 'new-warnings', 'slip', 'verdict', 'owner-removed', 'removed', 'any'] as const;
export type DiffFailKind = (typeof DIFF_FAIL_KINDS)[number];

/**
 * How many changes of each kind the comparison found, over all plans:
 * `new-errors`/`new-warnings` findings introduced; `slip` dates that moved later (a phase, a wave, a
 * go-live window or the plan's end); `verdict` gates whose verdict or decision got worse (ready →
 * not ready, go → no-go or pending); `owner-removed` owners or champions removed; `removed` plans,
 * phases, waves or criteria removed; `any` every change counted.
 */
export type DiffOutcome = Record<DiffFailKind, number>;

export interface DiffResult {
  /** the comparison in the requested format (Markdown fit for a pull-request comment, or JSON) */
  text: string;
  outcome: DiffOutcome;
  /** plans with at least one change (a plan whose meaning did not change is listed as unchanged, not counted) */
  changedPlans: number;
}
