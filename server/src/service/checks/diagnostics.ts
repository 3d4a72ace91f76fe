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

/** The codes a marker's text names (none, or only a reason: an empty set, which silences every code). */
const codesOf = (marker: RegExpExecArray) => new Set(marker[1].split(/[\s,]+/).filter(isCheckCode));

/** Lines silenced by `# rollout-plan-disable-next-line [code, …]` (an empty set silences every code). */
function suppressedLines(doc: TextDocument, text: string): Map<number, Set<string>> {
  const lines = new Map<number, Set<string>>();
  if (!text.includes('rollout-plan-disable-next-line')) return lines;
  for (const m of text.matchAll(SUPPRESS)) lines.set(doc.positionAt(m.index).line + 1, codesOf(m));
  return lines;
}

/**
 * What is silenced on a line, read from the line above it only: searching a 2 MB plan for the
 * marker took 3 ms of every edit. A lone `\r` ends a line for the document but not for the
 * marker's codes, so a text with a `\r` is searched whole.
 */
function suppressions(doc: TextDocument): (line: number) => Set<string> | undefined {
  const text = doc.getText();
  if (text.includes('\r')) {
    const lines = suppressedLines(doc, text);
    return line => lines.get(line);
  }
  return line => {
    if (line === 0) return undefined;
    const above = text.slice(doc.offsetAt({ line: line - 1, character: 0 }), doc.offsetAt({ line, character: 0 }));
    let codes: Set<string> | undefined;
    for (const m of above.matchAll(SUPPRESS)) codes = codesOf(m);
    return codes;
  };
}

export function toDiagnostics(doc: TextDocument, findings: Finding[], config: PlanConfig, uri: string): Diagnostic[] {
  const suppressed = findings.length ? suppressions(doc) : () => undefined;
  const range = (loc: Finding['loc']) => {
    const { start, end } = offsetsOf(loc);
    return { start: doc.positionAt(start), end: doc.positionAt(end) };
  };
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const setting = severityOf(config, f.code);
    if (setting === 'off') continue;
    const r = range(f.loc);
    const silenced = suppressed(r.start.line);
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
