// What must hold for any text, valid or not: the service answers without throwing, every range it
// gives is inside the text, and its incremental path (segments reused from the previous version of
// the same URI) gives exactly what a fresh service gives for the same text. Each check returns a
// failure (its kind and a description) or undefined, so a campaign can report and shrink it.
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { splitPieces } from '../../server/src/service/plan/split';
import { docOf, service } from '../unit/helpers';

export type FailureKind = 'throw' | 'range' | 'incremental' | 'piecewise';

export interface Failure {
  kind: FailureKind;
  detail: string;
}

/** One URI for every analysis: related information names it, so the incremental and the fresh results must use the same. */
export const URI = 'file:///campaign/plan.rollout.yaml';

/** Line lengths as an LSP client counts them: lines end at \r\n, \n or a lone \r. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\n|\r/).map(line => line.length);
}

function badRange(range: Range, lines: number[]): string | undefined {
  const { start, end } = range;
  for (const p of [start, end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `not a position: ${JSON.stringify(p)}`;
    if (p.line >= lines.length) return `line ${p.line} past the last line ${lines.length - 1}`;
    if (p.character > lines[p.line]) return `character ${p.character} past the end of line ${p.line} (${lines[p.line]} characters)`;
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `start after end: ${JSON.stringify(range)}`;
  return undefined;
}

/** The first of `ranges` that is not a valid pair of positions in `text`, described; undefined if none. */
export function outsideText(text: string, ranges: readonly Range[]): string | undefined {
  const lines = lineLengths(text);
  for (const range of ranges) {
    const bad = badRange(range, lines);
    if (bad) return bad;
  }
  return undefined;
}

/** Every diagnostic range and related range is a valid pair of positions in `text`. */
export function rangesInside(text: string, diagnostics: Diagnostic[]): Failure | undefined {
  for (const d of diagnostics) {
    const bad = outsideText(text, [d.range, ...(d.relatedInformation ?? []).map(r => r.location.range)]);
    if (bad) return { kind: 'range', detail: `${d.code} "${d.message}": ${bad}` };
  }
  return undefined;
}

/** The diagnostics of `text` from a fresh service, or the failure it threw. */
export function freshDiagnostics(text: string): Diagnostic[] | Failure {
  return attempt(() => service().diagnostics(docOf(text, URI, 1)));
}

function attempt(compute: () => Diagnostic[]): Diagnostic[] | Failure {
  try {
    return compute();
  } catch (error) {
    return { kind: 'throw', detail: String((error as Error)?.stack ?? error) };
  }
}

export const isFailure = (x: Diagnostic[] | Failure): x is Failure => !Array.isArray(x);

/** One document edited version after version, as the editor drives the service (same URI, next version). */
export class IncrementalProbe {
  private readonly service = service();
  private version = 0;

  /** Analyses `text` as the next version; a failure only if it throws. */
  see(text: string): Diagnostic[] | Failure {
    return attempt(() => this.service.diagnostics(docOf(text, URI, ++this.version)));
  }

  /** `text` as the next version: no throw, ranges inside the text, the same diagnostics as a fresh service. */
  check(text: string, fresh = freshDiagnostics(text)): Failure | undefined {
    if (isFailure(fresh)) return fresh;
    const got = this.see(text);
    if (isFailure(got)) return got;
    return rangesInside(text, fresh) ?? rangesInside(text, got) ?? sameDiagnostics(got, fresh, 'incremental');
  }
}

/** The last of `versions`, after the service has seen every earlier one in turn, checked as IncrementalProbe.check does. */
export function checkVersions(versions: readonly string[]): Failure | undefined {
  const probe = new IncrementalProbe();
  for (const text of versions.slice(0, -1)) {
    const seen = probe.see(text);
    if (isFailure(seen)) return seen;
  }
  return probe.check(versions[versions.length - 1]);
}

/** Every one of `versions` checked in turn, as typing them would make them; the first failure and its index. */
export function checkEachVersion(versions: readonly string[]): (Failure & { index: number }) | undefined {
  const probe = new IncrementalProbe();
  for (const [index, text] of versions.entries()) {
    const failure = probe.check(text);
    if (failure) return { ...failure, index };
  }
  return undefined;
}

export function sameDiagnostics(got: Diagnostic[], expected: Diagnostic[] | Failure, kind: FailureKind): Failure | undefined {
  if (isFailure(expected)) return expected;
  const [a, b] = [got.map(d => JSON.stringify(d)), expected.map(d => JSON.stringify(d))];
  if (a.join('\n') === b.join('\n')) return undefined;
  // what differs, one diagnostic a line: `+` only in the result checked, `-` only in the reference
  const only = (xs: string[], ys: string[], sign: string) => xs.filter(x => !ys.includes(x)).map(x => `${sign} ${brief(JSON.parse(x) as Diagnostic)}`);
  const lines = [...only(a, b, '+'), ...only(b, a, '-')];
  return { kind, detail: lines.length > 0 ? lines.join('\n') : `same diagnostics in another order:\n${a.join('\n')}\n${b.join('\n')}` };
}

const position = (p: { line: number; character: number }) => `${p.line + 1}:${p.character + 1}`;

/** A diagnostic in one line: range (1-based), code, message, related ranges. */
function brief(d: Diagnostic): string {
  const related = (d.relatedInformation ?? []).map(r => ` (related ${position(r.location.range.start)}-${position(r.location.range.end)})`).join('');
  return `${position(d.range.start)}-${position(d.range.end)} ${d.code} ${d.message}${related}`;
}

/**
 * Where the text is split into pieces and is valid YAML (no yaml-syntax diagnostic), the piecewise
 * parse agrees with a whole-document parse: a trailing comment holding `&` makes the service parse
 * the document at once.
 */
export function checkPiecewise(text: string, pieces = freshDiagnostics(text)): Failure | undefined {
  if (!splitPieces(text)) return undefined;
  if (isFailure(pieces)) return pieces;
  if (pieces.some(d => d.code === 'yaml-syntax')) return undefined;
  const whole = freshDiagnostics(`${text}${/[\r\n]$/.test(text) || text === '' ? '' : '\n'}# &whole\n`);
  return sameDiagnostics(pieces, whole, 'piecewise');
}
