// What every front end sees of the service: the options it is created with and the
// `LanguageService` interface (front-door.ts implements it). Kept apart so the contract reads in
// one place, without the implementation's wiring.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CodeActionContext, CompletionList, Diagnostic, DocumentSymbol, FoldingRange,
  Hover, Location, Position, Range, SelectionRange, SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { DiffInput, DiffRequest, DiffResult } from './features/diff/diff-types';
import type { Refusal } from './features/navigation/references';
import type { PhaseLens } from './features/readiness/lens';
import type { NewOwner, OwnerTarget } from './features/readiness/sidebar-edits';
import type { ProgrammeOverview } from './features/readiness/programme-summary';
import type { EditResult, PlanResult } from './features/readiness/snapshot';
import type { Offload } from './features/readiness/prepared-file';
import type { StarterPlanOptions } from './features/starter-plan';
import type { Timeline } from './features/timeline/timeline-types';
import type { Locale, Translate } from './l10n/translate';
import type { FileSummary, Programme } from './programme/programme-types';
import type { LoadedConfig } from './workspace/config-source';
import type { PlanWorkspace } from './workspace/workspace';
export interface LanguageServiceOptions {
  workspace: PlanWorkspace;
  locale?: Locale;
  /** today's date (YYYY-MM-DD), asked for on each use: overdue tasks, phase states, the report's date */
  today?: () => string;
  /** where a failed editor request is reported (the server's log); silent by default */
  onError?: (error: unknown) => void;
  /** parse with `yaml` only, never the fast path (plan/fast-yaml.ts): the reference the bench compares it with */
  referenceParse?: boolean;
  /**
   * awaited between two files read: the host's turn for its own work (the server: the messages
   * received, an edit's publish); none by default. `many`: the read is a repository's first build,
   * which no open plan's publish waits for (each sends its own diagnostics meanwhile), so the host
   * may let its own work finish first
   */
  pause?: (many: boolean) => Promise<void>;
  /**
   * where the closed files of a repository's first build are prepared besides this thread (the Node
   * server's worker thread: features/readiness/prepared-file.ts); none by default
   */
  offload?: Offload;
}

/** A plan to report on: how it is named, and its text when the caller has already read it. */
export interface ReportSource {
  uri: string;
  name: string;
  text?: string;
}

export interface ReportRequest {
  format: 'markdown' | 'json';
  /** each plan's section in its metadata.language (the CLI's `--locale plan`); the title too when they agree */
  perPlanLocale?: boolean;
}

export interface LanguageService {
  /** the config's severities come through the workspace (the nearest rollout-plan.config.json) */
  diagnostics(doc: TextDocument): Promise<Diagnostic[]>;
  /**
   * While the plan's programme must first be read from many files (a repository's first build): the
   * plan's own diagnostics now and the read under way, so the plan being edited waits for neither the
   * repository nor its findings across plans (ask `diagnostics` once `read` is over); else undefined.
   */
  ownDiagnosticsFirst(doc: TextDocument): Promise<{ own: Diagnostic[]; read: Promise<unknown> } | undefined>;
  /** with the programme's other plans' phases in `after` and its roster's people in person fields */
  completion(doc: TextDocument, position: Position): Promise<CompletionList>;
  /** a `plan/phase` link's phase in its plan, a roster person, as well as the plan's own */
  hover(doc: TextDocument, position: Position): Promise<Hover | null>;
  /** also into other files: a `plan/phase` link's plan and phase, a roster person */
  definition(doc: TextDocument, position: Position): Promise<Location[]>;
  /** across every plan of the programme for links, phases other plans link to, and roster people */
  references(doc: TextDocument, position: Position, includeDeclaration?: boolean): Promise<Location[]>;
  /** the id's range and text (a link's plan or phase part, a plan's `metadata.id` too), or a refusal with the sentence to show */
  prepareRename(doc: TextDocument, position: Position): { range: Range; placeholder: string } | Refusal;
  /** one edit over every file that uses the id: a phase's links, a roster person's references, a plan id's links */
  rename(doc: TextDocument, position: Position, newName: string): Promise<WorkspaceEdit | Refusal>;
  /** plans, phases, criteria and people across the workspace's programmes whose names match `query` (Ctrl+T) */
  workspaceSymbols(query: string): Promise<SymbolInformation[]>;
  documentSymbols(doc: TextDocument): DocumentSymbol[];
  foldingRanges(doc: TextDocument, limit?: number): FoldingRange[];
  selectionRanges(doc: TextDocument, positions: Position[]): SelectionRange[];
  codeActions(doc: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
  /** the sidebar's snapshots, read through the workspace; excluded by their config or unreadable: skipped */
  readiness(uris: readonly string[]): Promise<PlanResult[]>;
  /**
   * the sidebar will ask for every plan's snapshot (our client fills it at start; `readiness` says so
   * itself): from now on a closed plan's analysis for the programmes also prepares its snapshot
   */
  readinessAsked(): void;
  /** one lens above each phase */
  codeLenses(doc: TextDocument): PhaseLens[];
  /**
   * the plan in time, for the timeline webview; the findings on each item are the document's last
   * diagnostics (with its config's severities), or at default severities before any
   */
  timeline(doc: TextDocument): Timeline;
  /** its programme in time: one lane per plan (this plan's is `timeline`'s, the others' from their summaries), freezes, links across plans */
  programmeTimeline(doc: TextDocument): Promise<Timeline>;
  /** the readiness report (Markdown or JSON) of these plans; excluded or unreadable ones are left out */
  report(plans: readonly ReportSource[], request: ReportRequest): Promise<string>;
  /** tick or untick the checklist item on `line`, on the document at exactly `version` */
  /**
   * what changed in each plan between a base (read by the front end, e.g. through git) and now, in
   * the plan's terms: verdicts, criteria, dates, checklists, owners, risks, findings; both sides are
   * checked with the config that applies now, on the same `today`
   */
  diff(inputs: readonly DiffInput[], request: DiffRequest): Promise<DiffResult>;
  /**
   * the sidebar's programme nodes: for the programme files these plans belong to, the roll-up of
   * every plan (progress, verdicts, missing owners), the next go-lives, the freezes to come and the
   * people championing overlapping waves
   */
  programmeOverviews(uris: readonly string[]): Promise<ProgrammeOverview[]>;
  /** the programme `uri` belongs to, with its plans' summaries (the sidebar's programme node, the report's summary) */
  programme(uri: string): Promise<Programme>;
  /**
   * files changed (an open document's edit, or created, changed, deleted on disk): the plans whose
   * diagnostics may change as a result, beyond the changed files themselves (the server re-checks them)
   */
  workspaceChanged(uris: readonly string[]): Promise<string[]>;
  /** an open document was edited: what the other plans see of it is read again when next asked, not when it is next published */
  documentChanged(uri: string): void;
  /** the workspace folders were added or removed: the programmes are found again */
  workspaceFoldersChanged(): void;
  toggleTask(doc: TextDocument, request: { version: number; line: number; done: boolean }): EditResult;
  assignOwner(doc: TextDocument, request: { version: number; target: OwnerTarget; owner: NewOwner }): EditResult;
  starterPlan(options: StarterPlanOptions): string;
  /** the file's place in its programme (plain data), what `PlanWorkspace.knownSummary` gives back for the same text */
  summary(doc: TextDocument): FileSummary;
  /** the config that applies to a plan, with its problems (the CLI prints them as notices) */
  configFor(uri: string): Promise<LoadedConfig>;
  setLocale(locale: Locale): void;
  readonly locale: Locale;
  /** the catalog in the current locale, for the front end's own sentences */
  readonly translate: Translate;
  /** drop what is kept for a document (closed, or read once from disk) */
  forget(uri: string): void;
  /**
   * as `forget`, but the document's own findings stay, detached from its parse, so that its
   * diagnostics for the same text need no second analysis (the command line summarises every plan
   * before it checks each one); `forget` drops them
   */
  release(uri: string): void;
}
