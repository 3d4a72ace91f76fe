// The findings that sit on a timeline item: those whose start falls within the item's text, counted
// with the worst severity. From the diagnostics the user sees (configured severities, `off` and
// suppression comments applied) when the caller has them, else from the analysis at default severities.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Finding } from '../../checks/check';
import { CHECK_CODES } from '../../checks/codes';
import { offsetsOf } from '../../checks/diagnostics';
import type { FindingsOnItem, Severity } from './timeline-types';

/** A finding reduced to what the timeline needs: where it starts (an offset in the text) and how bad it is. */
export interface PlacedFinding {
  start: number;
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

const FROM_LSP: Record<DiagnosticSeverity, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** The analysis' findings at their codes' default severities (what the report has: no config). */
export const atDefaultSeverities = (findings: readonly Finding[]): PlacedFinding[] =>
  findings.map(f => ({ start: offsetsOf(f.loc).start, severity: CHECK_CODES[f.code] }));

/** The diagnostics published for a document, as placed findings. */
export const fromDiagnostics = (doc: TextDocument, diagnostics: readonly Diagnostic[]): PlacedFinding[] =>
  diagnostics.map(d => ({ start: doc.offsetAt(d.range.start), severity: FROM_LSP[d.severity ?? DiagnosticSeverity.Error] }));

/** Counts the findings in `[start, end)` of the text: sorted once, then a binary search per item. */
export function findingsCounter(findings: readonly PlacedFinding[]): (start: number, end: number) => FindingsOnItem {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const on: FindingsOnItem = { count: 0 };
    for (let i = lo; i < sorted.length && sorted[i].start < Math.max(end, start + 1); i++) {
      on.count++;
      const { severity } = sorted[i];
      if (on.worst === undefined || RANK[severity] < RANK[on.worst]) on.worst = severity;
    }
    return on;
  };
}
