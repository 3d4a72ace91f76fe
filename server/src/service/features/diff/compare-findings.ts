// Findings introduced and fixed: the two sides' diagnostics (with the config that applies now)
// compared as multisets of (code, message), not by line, so a finding that only moved down the
// file is neither fixed nor introduced.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FindingChange } from './plan-diff-types';

const SEVERITY: Record<DiagnosticSeverity, FindingChange['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** vscode-languageserver-types allows Markdown messages; the service's are plain text. */
export const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

const toChange = (d: Diagnostic): FindingChange => ({
  code: String(d.code ?? ''), message: messageOf(d), severity: SEVERITY[d.severity ?? DiagnosticSeverity.Error], line: d.range.start.line + 1,
});

const keyOf = (d: Diagnostic) => `${String(d.code)}\u0000${messageOf(d)}`;

/** Those of `of` that `against` does not hold as many times (each occurrence cancels one). */
function missingFrom(of: readonly Diagnostic[], against: readonly Diagnostic[]): FindingChange[] {
  const left = new Map<string, number>();
  for (const d of against) left.set(keyOf(d), (left.get(keyOf(d)) ?? 0) + 1);
  const out: FindingChange[] = [];
  for (const d of of) {
    const n = left.get(keyOf(d)) ?? 0;
    if (n > 0) left.set(keyOf(d), n - 1);
    else out.push(toChange(d));
  }
  return out;
}

export function compareFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): { introduced: FindingChange[]; fixed: FindingChange[] } {
  return { introduced: missingFrom(after, before), fixed: missingFrom(before, after) };
}
