// The contract of programmes (plan-format "Programmes"; issue 18): what the service keeps of each
// file of a repository to check, navigate and report across plans, without keeping the file's
// analysis. A summary is plain data (JSON-safe, flat places), so thousands of plans cost little
// memory, it can be cached by content, and every cross-plan feature is a pure function of a
// `Programme`: the plan's own summary among its programme's.

/** A place in a file: an LSP Location's URI and range, flat (programme/places.ts makes the LSP forms). */
export interface Place {
  uri: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** A scalar value and where it is written. */
export interface Placed {
  value: string;
  place: Place;
}

export interface PersonSummary {
  id: string;
  name?: string;
  role?: string;
  team?: string;
  place: Place;
}

export interface WaveSummary {
  id?: string;
  title?: string;
  champion?: Placed;
  start?: string;
  end?: string;
  /** done / total over its checklist (the programme timeline's row); optional so older summaries stay valid */
  progress?: { done: number; total: number };
  place: Place;
}

export interface PhaseSummary {
  id: string;
  type?: string;
  title?: string;
  start?: string;
  end?: string;
  /** a go-live's window, where it is written */
  window?: { start?: string; end?: string; place: Place };
  /** the `after` items as written: `phase` or `plan/phase` */
  after: Placed[];
  waves: WaveSummary[];
  /** checklist items not done (checklist, post-checks, waves' checklists): a gate's rule across plans */
  openItems: number;
  /** open high or critical risks without mitigation: the other half of a gate's rule across plans; optional so older summaries stay valid */
  unmitigatedRisks?: number;
  /** a gate's decision and its date, and done / total over every checklist item (the programme timeline's rows) */
  decision?: string;
  decidedOn?: string;
  progress?: { done: number; total: number };
  /** the phase's `id` value */
  place: Place;
}

export interface FreezeSummary {
  id?: Placed;
  title?: string;
  start?: string;
  end?: string;
  /** the plan ids it applies to; undefined: every plan of the programme */
  plans?: Placed[];
  place: Place;
}

export interface CriterionSummary {
  id: string;
  title?: string;
  /** the criterion's key under `criteria` */
  place: Place;
}

/** A reference that may resolve in another file: a person (owner, champion, approver…) or an `after` item. */
export interface ReferenceSummary {
  kind: 'phase' | 'person';
  /** as written: `phase`, `plan/phase` or a person id */
  name: Placed;
}

export interface FileSummary {
  uri: string;
  /** `kind: RolloutPlan` (or a plan without `kind`), `kind: Programme`, or neither */
  kind: 'plan' | 'programme' | 'other';
  /** metadata.id */
  id?: Placed;
  title?: string;
  language?: string;
  /** YAML syntax errors: a programme file with any has its roster and freezes ignored (and says so) */
  syntaxErrors: number;
  /** the file's own `people`; undefined when it has none */
  people?: PersonSummary[];
  /** a plan's phases (none for a programme file) */
  phases: PhaseSummary[];
  /** a programme file's freezes (none for a plan) */
  freezes: FreezeSummary[];
  /** a plan's success criteria (workspace symbols); optional so summaries made before it stay valid */
  criteria?: CriterionSummary[];
  references: ReferenceSummary[];
}

/** Why a programme is not what its files say, reported on the programme file (or each of two). */
export type ProgrammeProblem =
  | { kind: 'two-programme-files'; place: Place; other: Place }
  | { kind: 'programme-syntax-errors'; place: Place };

/**
 * The programme a plan belongs to: the nearest `kind: Programme` file at or above the plan's folder
 * (its roster and freezes), or an implicit programme (the plans of one workspace folder in the
 * editor, of one `check` run's root on the command line) with no roster and no freezes.
 */
export interface Programme {
  /** the programme file; undefined for an implicit programme */
  file?: FileSummary;
  /** every plan of the programme (the programme file excluded), in URI order */
  plans: FileSummary[];
  problems: ProgrammeProblem[];
}

/** Where the service gets programmes from (programme/programme-index.ts, over the PlanWorkspace). */
export interface ProgrammeSource {
  /**
   * the programme of `uri`, with every member's summary (open documents as the editor holds them);
   * `own`: the summary of the document being checked, at its version, used instead of reading it;
   * `text`: the document's text; a closed plan's (version 0) is the key its summary is kept under, as
   * if read, and any other's is compared with the file as read (the same text leaves the programme as it is)
   */
  programmeOf(uri: string, own?: { summary: FileSummary; version: number; text?: string }): Promise<Programme>;
  /** `own` kept as `programmeOf` keeps it, without waiting for the programme */
  keep(own: { summary: FileSummary; version: number; text?: string }): void;
  /** whether many files are being read, or are to be read, before the programmes are known (a repository's first build) */
  readingMany(): Promise<boolean>;
  /**
   * the summary the index holds for this file as read from the workspace with this text (a closed
   * file), if it holds one and it is current, once a refresh under way is over
   */
  summaryAsRead(uri: string, text: string): Promise<FileSummary | undefined>;
  /** a count bumped whenever a programme may have changed: what was computed across plans under another count is stale */
  readonly generation: number;
  /** the plans known with this `metadata.id`, in any programme (a link to a plan outside the programme says so) */
  plansWithId(id: string): readonly FileSummary[];
  /** `uri` changed: an open document's edit, or a file created, changed or deleted on disk */
  changed(uri: string): void;
  /** the service forgot `uri` (a closed document, a warm-up run): its summary goes; a listed file is read again when asked */
  forget(uri: string): void;
  /** the plans whose cross-plan diagnostics may change when `uri` changes (links, the same programme's windows and champions) */
  dependentsOf(uri: string): Promise<string[]>;
  /** the workspace folders changed: the files are listed again */
  foldersChanged(): void;
}
