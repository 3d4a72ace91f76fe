// Flow collections (`[a, b]`, `{ key: value }`) around the cursor: read from where the collection
// opens, on the cursor's line or up to FLOW_LINES above, to what is already listed after the cursor.
import { lineEndAt, lineStartAt } from '../../shared/lines';
import { isBlockScalar, stripComment, wordEnd, type Lines } from './line-reader';
import { itemOf, keyValue } from './block-structure';
import type { Step } from '../schema-docs';
import type { CursorContext, Word } from './contexts';

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

/** Cheap test before looking up: the line above ends inside a flow collection (`[`, `{` or `,`), or this one starts with `,`. */
export function continuesFlow(lines: Lines, no: number, before: string): boolean {
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
export function flowAbove(lines: Lines, no: number, offset: number): { ctx: CursorContext | undefined } | undefined {
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

export function flowContext(line: string, from: number, ch: number, path: Step[], lineStart: number): CursorContext | undefined {
  const flow = readFlow(line, from, ch);
  if (!flow) return undefined;
  const inner = [...path, ...flow.steps];
  const { frame } = flow;
  const word: Word = { start: lineStart + flow.wordCol, end: lineStart + wordEnd(line, ch), typed: line.slice(flow.wordCol, ch) };
  if (!/^[\w./-]*$/.test(word.typed)) return undefined;
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
