// Where the cursor is in a plan, in YAML terms: the path of the map or list it is in, whether it is
// at a key, a value or a new list item, the partial word typed so far and what the map or list
// already holds. Read from the text by indentation, so it works in half-typed documents that do
// not parse. The parser's segments bound the walk: the cursor's segment is found by binary search
// and, in a plan parsed piece by piece, only the lines of that piece are read (a phase piece sits
// under `phases`), so the cost does not grow with the size of the plan.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineEndAt, lineStartAt, nextLineStart } from '../shared/lines';
import { segmentAt, type ParsedPlan, type Segment } from '../plan/parse';
import { walkSchema, type Step } from './schema-docs';
import type { SchemaNode } from '../plan/schema';

export type { Step };

export interface Word {
  /** offsets of the partial word the completion replaces */
  start: number;
  end: number;
  /** the part typed before the cursor */
  typed: string;
}

interface Base {
  word: Word;
  /** true inside `[ ]` or `{ }` */
  flow: boolean;
}

/** At a key of the map at `path`. */
export interface KeyContext extends Base {
  kind: 'key';
  path: Step[];
  /** column where the key starts (what continuation lines of a snippet are indented from) */
  col: number;
  /** keys the map already has, with the plain text of their value */
  present: Map<string, string>;
  /** the map is a list item started by `- ` on this line, holding nothing else yet */
  newItem: boolean;
  /** the text after the word already starts with `:` (only the key name is to be inserted) */
  colonFollows: boolean;
}

/** At the scalar value of `path` (its last step is the key, or the index of a list item). */
export interface ValueContext extends Base {
  kind: 'value';
  path: Step[];
  /** the cursor is right after `key:` with no space yet */
  needsSpace: boolean;
  /** for a list item: the other values of the list */
  listed: Set<string>;
  /** for a block list item: column of its `- ` (items are inserted as `- value`) */
  dashCol?: number;
}

/** On an empty line where a new `- ` item of the list at `path` would go. */
export interface ItemContext extends Base {
  kind: 'item';
  path: Step[];
  /** column of the new item's `-` */
  col: number;
  listed: Set<string>;
}

export type CursorContext = KeyContext | ValueContext | ItemContext;

// ── lines ────────────────────────────────────────────────────────────────────

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

function stripComment(text: string): string {
  const m = /(^|[ \t])#/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const isBlockScalar = (value: string | undefined) => value !== undefined && /^[|>][+-]?\d*$/.test(value);

/** Reads the lines of one document, bounded by the segment the cursor is in. */
class Lines {
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

// ── structure, by indentation ───────────────────────────────────────────────

interface Found {
  path: Step[];
  /** the value is a block scalar (`|`, `>-`): nothing to complete inside */
  inScalar?: boolean;
}

/** Path of the map that holds a key at column `col` on line `no` (the key itself excluded). */
function mapOfKey(lines: Lines, no: number, col: number): Found | undefined {
  if (col === 0) return { path: [] };
  const here = lines.get(no);
  if (here.dashes.length > 0 && here.col === col) return itemOf(lines, no, here.dashes[here.dashes.length - 1]);
  for (let i = no - 1; i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank) continue;
    if (l.col === col && l.key !== undefined) {
      if (l.dashes.length > 0) return itemOf(lines, i, l.dashes[l.dashes.length - 1]);
      continue; // a sibling key
    }
    if (l.indent >= col) continue;
    return holderAt(lines, l, col);
  }
  // in a phase piece, above the first line is `phases:`; the piece's first line is the item's `- `
  return lines.underPhases && col > lines.get(lines.first).indent ? { path: ['phases', 0] } : undefined;
}

/** Path of the map (the list item) whose `- ` is at column `dash` on line `no`. */
function itemOf(lines: Lines, no: number, dash: number): Found | undefined {
  const list = listOf(lines, no, dash);
  return list && { ...list, path: [...list.path, 0] };
}

/** Path of the list holding an item whose `-` is at column `dash` on line `no`. */
function listOf(lines: Lines, no: number, dash: number): Found | undefined {
  const here = lines.get(no);
  const at = here.dashes.indexOf(dash);
  if (at > 0) return itemOf(lines, no, here.dashes[at - 1]);
  for (let i = no - 1; i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank) continue;
    if (l.indent > dash) continue;
    if (l.indent === dash) {
      if (l.dashes.length > 0) continue; // a sibling item
      if (l.key !== undefined) return keyValue(lines, l); // `key:` with its list at the same indentation
      return undefined;
    }
    return holderAt(lines, l, dash + 1);
  }
  return lines.underPhases ? { path: ['phases'] } : undefined;
}

/** The node that line `l` (indented less than `col`) opens for content at column `col`. */
function holderAt(lines: Lines, l: Line, col: number): Found | undefined {
  if (l.key !== undefined && l.col < col) return keyValue(lines, l);
  if (l.dashes.length > 0 && l.key === undefined && l.dashes[l.dashes.length - 1] < col && l.col >= l.text.length) {
    return itemOf(lines, l.no, l.dashes[l.dashes.length - 1]);
  }
  return undefined;
}

/** Path of the value of the key on line `l`. */
function keyValue(lines: Lines, l: Line): Found | undefined {
  const map = mapOfKey(lines, l.no, l.col);
  if (!map) return undefined;
  return { path: [...map.path, l.key!], inScalar: map.inScalar || isBlockScalar(l.value) };
}

/**
 * Keys of the block map whose keys are at column `col`, around line `no` (excluded), with the plain
 * text of their values. `startsHere`: the map is a list item opened on line `no` (nothing above it).
 */
function blockMapKeys(lines: Lines, no: number, col: number, startsHere = false): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (l: Line) => { if (!keys.has(l.key!)) keys.set(l.key!, l.value ?? ''); };
  if (col === 0) {
    // top-level keys: a quick look at column 0 of every line of the document
    const text = lines.text;
    for (let n = 0, pos = 0; pos >= 0; n++) {
      const end = lineEndAt(text, pos);
      const c = text.charCodeAt(pos);
      if (n !== no && c !== 32 && c !== 35 && c !== 10 && c !== 13 && c === c) {
        const l = parseLine(text.slice(pos, end), n);
        if (l.key !== undefined && l.dashes.length === 0) add(l);
      }
      pos = nextLineStart(text, end);
    }
    return keys;
  }
  for (let i = no - 1; !startsHere && i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank || l.indent > col) continue;
    if (l.col === col && l.key !== undefined) {
      add(l);
      if (l.dashes.length > 0) break;
      continue;
    }
    if (l.indent === col && l.dashes.length > 0) continue;
    break;
  }
  for (let i = no + 1; i <= lines.last; i++) {
    const l = lines.get(i);
    if (l.blank || l.indent > col) continue;
    if (l.indent === col && l.dashes.length > 0) continue;
    if (l.col === col && l.dashes.length === 0 && l.key !== undefined) {
      add(l);
      continue;
    }
    break;
  }
  return keys;
}

/** Plain values of the block list whose dashes are at column `dash`, around line `no` (excluded). */
function blockListValues(lines: Lines, no: number, dash: number): Set<string> {
  const values = new Set<string>();
  const take = (l: Line) => {
    if (l.dashes[0] !== dash || l.dashes.length !== 1 || l.key !== undefined) return;
    const v = stripComment(l.text.slice(l.col)).trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
    if (v) values.add(v);
  };
  for (let i = no - 1; i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank || l.indent > dash) continue;
    if (l.indent < dash) break;
    if (l.dashes.length === 0) break;
    take(l);
  }
  for (let i = no + 1; i <= lines.last; i++) {
    const l = lines.get(i);
    if (l.blank || l.indent > dash) continue;
    if (l.indent < dash || l.dashes.length === 0) break;
    take(l);
  }
  return values;
}

// ── flow collections on the cursor's line ────────────────────────────────────

interface Frame {
  open: '[' | '{';
  /** column where the current entry starts */
  entry: number;
  /** map frames: the key of the current entry once its `:` is seen */
  key?: string;
  done: string[];
  /** the current entry holds a nested collection */
  complex: boolean;
}

interface FlowResult {
  /** steps from the collection that starts the text down to the cursor's innermost one */
  steps: Step[];
  frame: Frame;
  /** column (in the line) of the word at the cursor */
  wordCol: number;
}

/** Reads a flow collection starting at `from` in `line` up to the cursor column; undefined when closed. */
function readFlow(line: string, from: number, cursor: number): FlowResult | undefined {
  const stack: Frame[] = [];
  let i = from;
  while (i < cursor) {
    const c = line[i];
    if (c === '"' || c === "'") {
      const close = line.indexOf(c, i + 1);
      if (close < 0 || close >= cursor) return undefined; // inside a quoted string
      i = close + 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '[' || c === '{') {
      if (top) top.complex = true;
      stack.push({ open: c, entry: i + 1, done: [], complex: false });
    } else if (c === ']' || c === '}') {
      stack.pop();
      if (stack.length === 0) return undefined;
    } else if (c === ',' && top) {
      const text = line.slice(top.entry, i).trim();
      if (top.open === '{') {
        const key = top.key ?? text;
        if (key) top.done.push(key);
      } else if (!top.complex && text) top.done.push(unquote(text));
      top.entry = i + 1;
      top.key = undefined;
      top.complex = false;
    } else if (c === ':' && top?.open === '{' && top.key === undefined && /[\s,\]}]|^$/.test(line[i + 1] ?? '')) {
      top.key = unquote(line.slice(top.entry, i).trim());
    } else if (c === '#' && /\s/.test(line[i - 1] ?? ' ')) return undefined; // a comment
    i++;
  }
  if (stack.length === 0) return undefined;
  const steps: Step[] = [];
  for (let k = 0; k < stack.length - 1; k++) steps.push(stack[k].open === '[' ? 0 : stack[k].key ?? '');
  const frame = stack[stack.length - 1];
  let wordCol = frame.key !== undefined ? line.indexOf(':', frame.entry) + 1 : frame.entry;
  while (wordCol < cursor && /[\s"']/.test(line[wordCol])) wordCol++;
  // what follows the cursor in the same collection counts as already listed
  const rest = afterCursor(line, cursor);
  if (frame.open === '[') rest.items.forEach(v => frame.done.push(v));
  else rest.keys.forEach(k => frame.done.push(k));
  return { steps, frame, wordCol };
}

function afterCursor(line: string, cursor: number): { items: string[]; keys: string[] } {
  let depth = 0;
  let entryStart = cursor;
  const items: string[] = [];
  const keys: string[] = [];
  let first = true;
  const finish = (end: number) => {
    const text = line.slice(entryStart, end).trim();
    if (!first && text) {
      const k = /^([^:]+?)\s*:(\s|$)/.exec(text);
      if (k) keys.push(unquote(k[1]));
      else items.push(unquote(text));
    }
    first = false;
  };
  for (let i = cursor; i < line.length; i++) {
    const c = line[i];
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (depth === 0) {
        finish(i);
        break;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      finish(i);
      entryStart = i + 1;
    }
  }
  return { items, keys };
}

const unquote = (s: string) => s.replace(/^"(.*)"$|^'(.*)'$/, '$1$2');

// ── the cursor ───────────────────────────────────────────────────────────────


function linesFor(doc: TextDocument, parsed: ParsedPlan | undefined, offset: number): Lines {
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

const WORD_CHAR = /[\w.-]/;

function extendWord(line: string, col: number): number {
  let end = col;
  while (end < line.length && WORD_CHAR.test(line[end])) end++;
  return end;
}

const isObject = (node: SchemaNode | undefined) =>
  !!node && (node.type === 'object' || !!node.properties || typeof node.additionalProperties === 'object');
const isList = (path: Step[]) => walkSchema(path)?.node.type === 'array';

/** What the cursor at `offset` is on, or undefined where nothing can be completed (comments, free text, block scalars). */
export function cursorContext(doc: TextDocument, offset: number, parsed?: ParsedPlan): CursorContext | undefined {
  const pos = doc.positionAt(offset);
  const lines = linesFor(doc, parsed, offset);
  const lineStart = offset - pos.character;
  const text = lines.raw(pos.line);
  const ch = Math.min(pos.character, text.length);
  const before = text.slice(0, ch);
  if (inComment(before)) return undefined;
  const here = parseLine(before, pos.line);
  const word = (startCol: number): Word => ({ start: lineStart + startCol, end: lineStart + extendWord(text, ch), typed: before.slice(startCol) });

  // inside a flow collection opened on a line above (`exitCriteria: [a,` then `  b, |]`)
  const opensFlow = /^[[{]/.test(here.key !== undefined ? here.value ?? '' : before.slice(here.col));
  if (!opensFlow && continuesFlow(lines, pos.line, before)) {
    const found = flowAbove(lines, pos.line, offset);
    if (found) return found.ctx;
  }

  // `key: value` with the cursor in the value
  if (here.key !== undefined && here.valueCol !== undefined) {
    const holder = mapOfKey(lines, pos.line, here.col);
    if (!holder || holder.inScalar) return undefined;
    const path = [...holder.path, here.key];
    const valueCol = Math.min(here.valueCol, ch);
    const value = before.slice(valueCol);
    if (value.startsWith('[') || value.startsWith('{')) return flowContext(text, valueCol, ch, path, lineStart);
    if (/^[|>]/.test(value)) return undefined;
    const quoted = /^["']/.test(value) ? 1 : 0;
    if (!/^[\w.-]*$/.test(value.slice(quoted))) return undefined; // free text: nothing to propose
    return { kind: 'value', path, word: word(valueCol + quoted), flow: false, needsSpace: before.endsWith(':'), listed: new Set() };
  }

  const content = before.slice(here.col);
  if (content.startsWith('[') || content.startsWith('{')) {
    // a flow collection as a list item (`- { task: … }`)
    if (here.dashes.length === 0) return undefined;
    const item = itemOf(lines, pos.line, here.dashes[here.dashes.length - 1]);
    if (!item || item.inScalar) return undefined;
    return flowContext(text, here.col, ch, item.path, lineStart);
  }
  if (!/^[\w.-]*$/.test(content)) return undefined; // free text
  const colonFollows = /^[\w.-]*[ \t]*:(\s|$)/.test(text.slice(ch));

  if (here.dashes.length > 0) {
    // `- |` or `- wo|`: a list item, either a map (at its first key) or a scalar
    const dash = here.dashes[here.dashes.length - 1];
    const list = listOf(lines, pos.line, dash);
    if (!list || list.inScalar) return undefined;
    const path = [...list.path, 0];
    const item = walkSchema(path)?.node;
    if (item && !isObject(item)) {
      return { kind: 'value', path, word: word(here.col), flow: false, needsSpace: false, listed: blockListValues(lines, pos.line, dash), dashCol: dash };
    }
    const present = blockMapKeys(lines, pos.line, here.col, true);
    const restOfLine = text.slice(extendWord(text, ch)).trim();
    return { kind: 'key', path, col: here.col, word: word(here.col), flow: false, present, newItem: present.size === 0 && restOfLine === '', colonFollows };
  }

  // an indented (possibly empty) line: a key of some map, or where a new `- ` item goes
  const col = here.indent;
  for (let i = pos.line - 1; col > 0 && i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank || l.indent > col) continue;
    if (l.indent === col && l.dashes.length > 0) {
      const list = listOf(lines, i, col);
      if (!list || list.inScalar) return undefined;
      return { kind: 'item', path: list.path, col, word: word(col), flow: false, listed: blockListValues(lines, pos.line, col) };
    }
    if (l.col === col && l.key !== undefined) break; // a sibling key: a key of the same map
    if (l.indent < col) {
      const holder = holderAt(lines, l, col);
      if (!holder || holder.inScalar) return undefined;
      if (l.key !== undefined && l.value === '' && isList(holder.path)) {
        return { kind: 'item', path: holder.path, col, word: word(col), flow: false, listed: blockListValues(lines, pos.line, col) };
      }
      break;
    }
  }
  const holder = mapOfKey(lines, pos.line, col);
  if (!holder || holder.inScalar) return undefined;
  const present = blockMapKeys(lines, pos.line, col);
  return { kind: 'key', path: holder.path, col, word: word(col), flow: false, present, newItem: false, colonFollows };
}

/** Cheap test before looking up: the line above ends inside a flow collection (`[`, `{` or `,`), or this one starts with `,`. */
function continuesFlow(lines: Lines, no: number, before: string): boolean {
  if (/^\s*,/.test(before)) return true;
  for (let i = no - 1; i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.text.trim() === '') continue;
    return /[[{,]$/.test(stripComment(l.text).trimEnd());
  }
  return false;
}

/** How many lines above the cursor a flow collection spread over several lines may start. */
const FLOW_LINES = 100;

/**
 * The flow collection, opened on a line above, that the cursor at `offset` (on line `no`) is in:
 * `{ ctx }` when it is in one (ctx undefined where nothing can be completed), undefined otherwise.
 * The lines from the opening one to the closing bracket are read as one text, with the document's offsets.
 */
function flowAbove(lines: Lines, no: number, offset: number): { ctx: CursorContext | undefined } | undefined {
  for (let i = no - 1; i >= Math.max(lines.first, no - FLOW_LINES); i--) {
    const l = lines.get(i);
    if (l.blank) continue;
    let from: number | undefined;
    if (l.key !== undefined && l.valueCol !== undefined && /^[[{]/.test(l.value ?? '')) from = l.valueCol;
    else if (l.dashes.length > 0 && /^[[{]/.test(l.text.slice(l.col))) from = l.col;
    if (from === undefined) {
      // a line of block structure: no flow collection is open here
      if (l.dashes.length > 0 || (l.key !== undefined && (l.value === '' || isBlockScalar(l.value)))) return undefined;
      continue;
    }
    const start = lines.offsetOf(i);
    const cursor = offset - start;
    const cursorLine = lineStartAt(lines.text, offset); // comments end the lines above, not the cursor's
    const text = maskComments(lines.text.slice(start, cursorLine)) + lines.text.slice(cursorLine, flowEnd(lines.text, offset));
    if (!readFlow(text, from, cursor)) return undefined; // closed before the cursor (or the cursor is in a string)
    const holder = l.key !== undefined ? keyValue(lines, l) : itemOf(lines, i, l.dashes[l.dashes.length - 1]);
    if (!holder || holder.inScalar) return { ctx: undefined };
    return { ctx: flowContext(text, from, cursor, holder.path, start) };
  }
  return undefined;
}

/** Comments of the lines above the cursor's, blanked out with spaces (offsets kept). */
function maskComments(text: string): string {
  return text.replace(/(^|[ \t\r\n])#[^\n\r]*/g, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
}

/** Where the text of a flow collection ends for reading it: its closing bracket when near, else the end of the cursor's line. */
function flowEnd(text: string, offset: number): number {
  const eol = lineEndAt(text, offset);
  let depth = 0;
  const limit = Math.min(text.length, offset + 2000);
  for (let i = offset; i < limit; i++) {
    const c = text[i];
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return eol;
}

function flowContext(line: string, from: number, ch: number, path: Step[], lineStart: number): CursorContext | undefined {
  const flow = readFlow(line, from, ch);
  if (!flow) return undefined;
  const inner = [...path, ...flow.steps];
  const { frame } = flow;
  const word: Word = { start: lineStart + flow.wordCol, end: lineStart + extendWord(line, ch), typed: line.slice(flow.wordCol, ch) };
  if (!/^[\w.-]*$/.test(word.typed)) return undefined;
  if (frame.open === '[') {
    return { kind: 'value', path: [...inner, 0], word, flow: true, needsSpace: false, listed: new Set(frame.done) };
  }
  if (frame.key !== undefined) {
    return { kind: 'value', path: [...inner, frame.key], word, flow: true, needsSpace: line[ch - 1] === ':', listed: new Set() };
  }
  const present = new Map(frame.done.map(k => [k, ''] as [string, string]));
  const colonFollows = /^[\w.-]*[ \t]*:/.test(line.slice(ch));
  return { kind: 'key', path: inner, col: flow.wordCol, word, flow: true, present, newItem: false, colonFollows };
}

function inComment(before: string): boolean {
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:]/.test(before[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]))) return true;
  }
  return false;
}
