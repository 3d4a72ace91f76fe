// What a check run produced, as the formatters see it: the checked plans with the service's
// diagnostics, and the problems met on the way (I/O, config), each already named for display.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../service';
import { pathOfUri } from '../node/config-search';
import { toSlash } from '../node/paths';

export interface FileResult {
  /** absolute path */
  file: string;
  /** the path shown to the user: relative to the working folder, forward slashes */
  display: string;
  /** the document URI given to the service (related information points at it) */
  uri: string;
  /** a programme's `kind: Programme` file, counted apart from the plans */
  programmeFile?: boolean;
  diagnostics: Diagnostic[];
}

export interface Notice {
  kind: 'io' | 'config';
  /** absolute path of the file or folder concerned */
  file?: string;
  message: string;
}

export interface CheckRun {
  cwd: string;
  locale: Locale;
  version: string;
  results: FileResult[];
  notices: Notice[];
}

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export function severityName(severity: DiagnosticSeverity | undefined): SeverityName {
  switch (severity) {
    case DiagnosticSeverity.Warning: return 'warning';
    case DiagnosticSeverity.Information: return 'information';
    case DiagnosticSeverity.Hint: return 'hint';
    default: return 'error'; // LSP: a diagnostic without severity is an error
  }
}

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
  /** files (plans and programme files) with at least one diagnostic */
  plansWithFindings: number;
  /** every file checked, programme files included */
  plans: number;
  /** of them, programme files */
  programmeFiles: number;
}

export function countAll(results: readonly FileResult[]): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0, plansWithFindings: 0, plans: results.length, programmeFiles: 0 };
  for (const r of results) {
    if (r.programmeFile) counts.programmeFiles++;
    if (r.diagnostics.length) counts.plansWithFindings++;
    for (const d of r.diagnostics) counts[severityName(d.severity)]++;
  }
  return counts;
}

export function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' ? '.' : path.isAbsolute(rel) ? toSlash(file) : toSlash(rel);
}

export const fileUri = (file: string) => pathToFileURL(file).href;

/** A `file:` URI as the command line shows its path; any other URI as it is. */
export const displayOfUri = (cwd: string, uri: string) => {
  const file = pathOfUri(uri);
  return file === undefined ? uri : displayPath(cwd, file);
};

/** The 1-based position a person reads (`line:column`), from an LSP 0-based one. */
export const oneBased = (p: { line: number; character: number }) => ({ line: p.line + 1, column: p.character + 1 });

/** LSP 3.18 allows a markup message; the service writes plain sentences, but be ready for both. */
export const messageText = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
