// --format json: an array with one entry per checked plan (in path order), each with its
// diagnostics: code, severity name, message, 1-based range, docs link and related information.
import { countAll, displayOfUri, messageText, oneBased, severityName, type CheckRun, type FileResult } from './results';
import type { Range } from 'vscode-languageserver-types';

export interface JsonRange {
  start: { line: number; column: number };
  /** exclusive, like the editor's: the position just after the last character */
  end: { line: number; column: number };
}

export interface JsonDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  range: JsonRange;
  docs?: string;
  relatedInformation: { file: string; message: string; range: JsonRange }[];
}

export interface JsonFile {
  /** relative to the working folder, forward slashes */
  file: string;
  errorCount: number;
  warningCount: number;
  diagnostics: JsonDiagnostic[];
}

const jsonRange = (r: Range): JsonRange => ({ start: oneBased(r.start), end: oneBased(r.end) });

export function toJsonFiles(run: CheckRun): JsonFile[] {
  const displayOf = new Map(run.results.map(r => [r.uri, r.display]));
  return run.results.map((result: FileResult) => {
    const counts = countAll([result]);
    return {
      file: result.display,
      errorCount: counts.error,
      warningCount: counts.warning,
      diagnostics: result.diagnostics.map(d => ({
        code: String(d.code ?? ''),
        severity: severityName(d.severity),
        message: messageText(d),
        range: jsonRange(d.range),
        ...(d.codeDescription ? { docs: d.codeDescription.href } : {}),
        relatedInformation: (d.relatedInformation ?? []).map(rel => ({
          // another file than the checked ones (another plan of the programme): its path all the same
          file: displayOf.get(rel.location.uri) ?? displayOfUri(run.cwd, rel.location.uri),
          message: rel.message,
          range: jsonRange(rel.location.range),
        })),
      })),
    };
  });
}

export const formatJson = (run: CheckRun): string => JSON.stringify(toJsonFiles(run), null, 2) + '\n';
