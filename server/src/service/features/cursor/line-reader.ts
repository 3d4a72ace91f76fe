// The lines of a plan as the cursor reads them: each line cut into indentation, `- ` markers, key
// and value, without parsing the document (so half-typed text works), and the range of lines the
// walk may read: in a plan parsed piece by piece, only the cursor's piece (found by binary search).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineEndAt } from '../../shared/lines';
import { segmentAt, type ParsedPlan, type Segment } from '../../plan/parse';

export interface Line {
  no: number;
  text: string;
  indent: number;
  /** columns of the `- ` item markers that open the line */
  dashes: number[];
  /** column where the content after the indentation and dashes starts */
  col: number;
  /** blank, or a comment only */
  blank: boolean;
  key?: string;
  /** column where the value after `key:` starts */
  valueCol?: number;
  /** the value after `key:` on this line, without a trailing comment */
  value?: string;
}

// `[^]` and not `.`: U+2028 and U+2029 are text on their line, and `.` does not match them
const LINE = /^( *)((?:-(?: +|$))*)([^]*)$/;
const KEY = /^("[^"\n]*"|'[^'\n]*'|[^\s"'#[\]{},&*!|>%@`][^#\n]*?)[ \t]*:(?=[ \t]|$)/;

export function parseLine(text: string, no = 0): Line {
  const m = LINE.exec(text)!;
  const indent = m[1].length;
  const dashes: number[] = [];
  for (let i = 0; i < m[2].length; i++) if (m[2][i] === '-') dashes.push(indent + i);
  const col = indent + m[2].length;
  const content = m[3];
  const blank = dashes.length === 0 && (content.trim() === '' || content.startsWith('#'));
  const line: Line = { no, text, indent, dashes, col, blank };
  const k = KEY.exec(content);
  if (k && !blank) {
    line.key = k[1].replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
    let valueCol = col + k[0].length + 1;
    while (text[valueCol] === ' ' || text[valueCol] === '\t') valueCol++;
    line.valueCol = Math.min(valueCol, text.length);
    line.value = stripComment(text.slice(line.valueCol)).trim();
  }
  return line;
}

export function stripComment(text: string): string {
  const m = /(^|[ \t])#/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

export const isBlockScalar = (value: string | undefined) => value !== undefined && /^[|>][+-]?\d*$/.test(value);

/** Reads the lines of one document, bounded by the segment the cursor is in. */
export class Lines {
  private readonly cache = new Map<number, Line>();
  readonly text: string;
  constructor(private readonly doc: TextDocument, readonly first: number, readonly last: number, readonly underPhases: boolean) {
    this.text = doc.getText();
  }

  get(no: number): Line {
    let line = this.cache.get(no);
    if (!line) {
      line = parseLine(this.raw(no), no);
      this.cache.set(no, line);
    }
    return line;
  }

  offsetOf(no: number): number {
    return this.doc.offsetAt({ line: no, character: 0 });
  }

  raw(no: number): string {
    const start = this.offsetOf(no);
    return this.text.slice(start, lineEndAt(this.text, start));
  }
}

/** The lines the cursor at `offset` may read: its piece's in a plan parsed piece by piece, else all. */
export function linesFor(doc: TextDocument, parsed: ParsedPlan | undefined, offset: number): Lines {
  const lastLine = doc.lineCount - 1;
  if (!parsed || parsed.mode !== 'pieces') return new Lines(doc, 0, lastLine, false);
  const seg = segmentAt(parsed, offset);
  if (!seg) return new Lines(doc, 0, lastLine, false);
  const first = doc.positionAt(seg.base).line;
  const end = seg.base + seg.text.length;
  const last = Math.min(lastLine, end >= doc.getText().length ? lastLine : doc.positionAt(Math.max(seg.base, end - 1)).line);
  const underPhases = isPhasePiece(parsed, seg);
  return new Lines(doc, first, last, underPhases);
}

function isPhasePiece(parsed: ParsedPlan, seg: Segment): boolean {
  // phase pieces are in text order too: binary search among them
  const phases = parsed.phases;
  let lo = 0;
  let hi = phases.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const base = phases[mid].seg.base;
    if (base === seg.base) return phases[mid].seg === seg;
    if (base < seg.base) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// `/` joins a `plan/phase` link's two parts into one word
const WORD_CHAR = /[\w./-]/;

/** Where the word that the cursor at column `col` is in ends. */
export function wordEnd(line: string, col: number): number {
  let end = col;
  while (end < line.length && WORD_CHAR.test(line[end])) end++;
  return end;
}
