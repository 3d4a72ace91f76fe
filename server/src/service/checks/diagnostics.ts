// Findings → LSP diagnostics: severity from the config, `off` and suppression comments applied,
// every diagnostic with its code, a link to its docs and related information.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsLink, isCheckCode, type CheckCode, type Severity } from './codes';
import type { Finding } from './check';
import { severityOf, type PlanConfig } from '../workspace/config';
import { absEnd, absStart, type Loc } from '../plan/parse';
import { locationOf } from '../programme/places';

export const SOURCE = 'rollout-plan';
const SUPPRESS = /#[ \t]*rollout-plan-disable-next-line\b([^\n]*)/g;

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function offsetsOf(loc: Finding['loc']): { start: number; end: number } {
  return 'seg' in loc ? { start: absStart(loc as Loc), end: absEnd(loc as Loc) } : loc;
}

/** Lines silenced by `# rollout-plan-disable-next-line [code, …]` (an empty set silences every code). */
function suppressedLines(doc: TextDocument): Map<number, Set<string>> {
  const text = doc.getText();
  const lines = new Map<number, Set<string>>();
  if (!text.includes('rollout-plan-disable-next-line')) return lines;
  for (const m of text.matchAll(SUPPRESS)) {
    // known codes after the marker name what to silence; none (or only a reason) silences every code
    const codes = m[1].split(/[\s,]+/).filter(isCheckCode);
    lines.set(doc.positionAt(m.index).line + 1, new Set(codes));
  }
  return lines;
}

export function toDiagnostics(doc: TextDocument, findings: Finding[], config: PlanConfig, uri: string): Diagnostic[] {
  const suppressed = suppressedLines(doc);
  const range = (loc: Finding['loc']) => {
    const { start, end } = offsetsOf(loc);
    return { start: doc.positionAt(start), end: doc.positionAt(end) };
  };
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const setting = severityOf(config, f.code);
    if (setting === 'off') continue;
    const r = range(f.loc);
    const silenced = suppressed.get(r.start.line);
    if (silenced && (silenced.size === 0 || silenced.has(f.code))) continue;
    const diagnostic: Diagnostic = {
      range: r,
      severity: LSP_SEVERITY[setting],
      code: f.code,
      codeDescription: { href: docsLink(f.code as CheckCode) },
      source: SOURCE,
      message: f.message,
    };
    if (f.related?.length) {
      diagnostic.relatedInformation = f.related.map((rel): DiagnosticRelatedInformation => ({
        location: 'place' in rel ? locationOf(rel.place) : { uri, range: range(rel.loc) }, message: rel.message,
      }));
    }
    if (f.data) diagnostic.data = f.data;
    out.push(diagnostic);
  }
  return out;
}
