// Findings → LSP diagnostics: severity from the config, `off` and suppression comments applied,
// every diagnostic with its code, a link to its docs and related information.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsLink, type CheckCode, type Severity } from './codes';
import type { Finding } from './checks/check';
import { severityOf, type PlanConfig } from './config';
import { absEnd, absStart, type Loc } from './parse';

export const SOURCE = 'rollout-plan';
const SUPPRESS = 'rollout-plan-disable-next-line';

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
  for (let at = text.indexOf(SUPPRESS); at >= 0; at = text.indexOf(SUPPRESS, at + SUPPRESS.length)) {
    const line = doc.positionAt(at).line;
    const lineText = text.slice(at + SUPPRESS.length, text.indexOf('\n', at) < 0 ? undefined : text.indexOf('\n', at));
    const codes = lineText.split(/[\s,]+/).filter(Boolean);
    lines.set(line + 1, new Set(codes));
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
      diagnostic.relatedInformation = f.related.map((rel): DiagnosticRelatedInformation => ({ location: { uri, range: range(rel.loc) }, message: rel.message }));
    }
    if (f.data) diagnostic.data = f.data;
    out.push(diagnostic);
  }
  return out;
}
