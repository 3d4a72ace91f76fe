// The workspace a front end injects into the language service, once: how to read a file, which
// config applies to a plan, and which files may be plans. URI-based and asynchronous, so the same
// service runs over Node's file system (server, CLI), over vscode.workspace.fs (the browser) and
// in memory (the unit tests).
import type { Message } from '../l10n/translate';
import type { FileSummary } from '../programme/programme-types';

/** the text, or why it could not be read (a catalog message, rendered by the front end in its language) */
export type ReadResult =
  /** `version`: the open editor's document version, when the text is its (possibly unsaved) copy */
  | { text: string; version?: number }
  | { refused: Message };

export interface PlanWorkspace {
  /** the text as the user sees it (an open editor's unsaved copy first), or why it cannot be read */
  readFile(uri: string): Promise<ReadResult>;
  /**
   * URI of the rollout-plan.config.json that applies to `uri` (nearest at or above its folder, never
   * above the front end's boundary: workspace folder / git root), or undefined
   */
  findConfig(uri: string): Promise<string | undefined>;
  /** every file under the workspace that may be a plan (front ends skip node_modules/.git); for programmes (issue 18) */
  listFiles(): Promise<readonly string[]>;
  /**
   * the workspace folder (editor) or root (CLI) holding `uri`, as a URI ending in `/`: the plans of
   * one folder form an implicit programme when no programme file applies; undefined: not under one
   */
  folderOf?(uri: string): string | undefined;
  /**
   * a summary the front end already holds for exactly this text of `uri` (the CLI's workers and
   * cache: made once by `LanguageService.summary`), so the programme index need not analyse it again
   */
  knownSummary?(uri: string, text: string): FileSummary | undefined;
}
