// Minimal text edits on a plan that keep its comments and formatting: insert one entry into a map
// (block or flow style, at the indentation of its siblings), append an item under a top-level key,
// create a top-level key where the format puts it. Offsets are absolute in the document's text;
// nodes are read from their segment (absolute = seg.base + node offset).
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { lineEndAt, lineStartAt, nextLineStart } from './lines';
import { resolve } from '../plan/nodes';
import type { Segment, TopEntry } from '../plan/parse';

/** An insertion or replacement at absolute offsets of the current text. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The line break new lines get: CRLF when the text has one, a lone CR in a text that has only those, else LF. */
export const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n');

export const lineStartOf = lineStartAt;

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The end of the last non-blank character before `end` (never before `start`). */
export function trimmedEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Where a new line goes after the line holding `offset`: just after that line's line break. */
function afterLine(text: string, offset: number): { at: number; prefix: string } {
  const next = nextLineStart(text, lineEndAt(text, offset));
  return next < 0 ? { at: text.length, prefix: eolOf(text) } : { at: next, prefix: '' };
}

/** How many spaces one level of indentation is in this plan (2 when nothing says otherwise). */
export function indentUnit(text: string): number {
  const m = /^(?:metadata|people|criteria|phases)[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( +)\S/m.exec(text);
  const n = m?.[1].length ?? 2;
  return n > 0 && n <= 8 ? n : 2;
}

const PLAIN_SAFE = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^\n]*$/;

/** A YAML scalar for `value`: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string, inFlow = false): string {
  const plain = PLAIN_SAFE.test(value) && !/: |:$| #|\s$/.test(value) && !(inFlow && /[,[\]{}]/.test(value))
    && !/^(?:true|false|yes|no|on|off|null|~|[-+.\d][\d._:eE+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

export const absRange = (seg: Segment, node: Node | null | undefined): [number, number] | undefined =>
  node?.range ? [seg.base + node.range[0], seg.base + node.range[1]] : undefined;

/** Where an entry ends in the text: its value's end, or its key's when it has no value. */
export function entryEnd(text: string, seg: Segment, pair: Pair): number {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const start = seg.base + (key?.range?.[0] ?? 0);
  const end = Math.max(seg.base + (key?.range?.[1] ?? 0), value?.range ? seg.base + value.range[1] : 0);
  return trimmedEnd(text, start, end);
}

/**
 * Inserts `key: value` into `map`: in a flow map, before its closing brace; in a block map, on a
 * new line after the entry `after` (the last entry when not given) at the indentation of its keys.
 * `value` is already YAML text (use yamlScalar for free text).
 */
export function insertEntry(text: string, seg: Segment, map: YAMLMap, key: string, value: string, after?: Pair): OffsetEdit | undefined {
  if (!map.range) return undefined;
  if (map.flow) return insertInFlow(text, seg.base + map.range[0], seg.base + map.range[1], `${key}: ${value}`);
  const pairs = map.items.filter(p => isScalar(p.key) && (p.key as Node).range);
  const anchor = after ?? pairs[pairs.length - 1];
  if (!anchor || !isScalar(anchor.key)) return undefined;
  const column = columnOf(text, seg.base + anchor.key.range![0]);
  const { at, prefix } = afterLine(text, entryEnd(text, seg, anchor));
  return { start: at, end: at, newText: `${prefix}${' '.repeat(column)}${key}: ${value}${eolOf(text)}` };
}

/** Inserts `entry` before the closing `}` or `]` of a flow collection spanning [start, end). */
export function insertInFlow(text: string, start: number, end: number, entry: string): OffsetEdit | undefined {
  const close = trimmedEnd(text, start, end) - 1;
  if (close < start || (text[close] !== '}' && text[close] !== ']')) return undefined;
  const last = trimmedEnd(text, start, close);
  const empty = last - 1 <= start || text[last - 1] === '{' || text[last - 1] === '[';
  if (empty) return { start: last, end: close, newText: text[close] === '}' ? ` ${entry} ` : entry };
  const trailingComma = text[last - 1] === ',';
  return { start: last, end: last, newText: trailingComma ? ` ${entry}` : `, ${entry}` };
}

/**
 * Adds an entry `key` (with `body`, lines relative to the entry's own indentation) to the map held
 * by a top-level entry (`people`, `criteria`). `flowBody` is used inside a flow map. Handles a block
 * map (appends after its last entry), a flow map, and an empty value (`criteria:` with nothing, `~`,
 * `null`, `{}` or `[]`), which becomes a block map under the key.
 */
export function appendToTopMap(text: string, entry: TopEntry, key: string, body: string[], flowBody: string): OffsetEdit | undefined {
  const { seg, pair } = entry;
  const value = pair.value as Node | null;
  const eol = eolOf(text);
  const unit = indentUnit(text);
  const lines = (column: number) => (body.length === 0
    ? [`${' '.repeat(column)}${key}: ${flowBody}`]
    : [`${' '.repeat(column)}${key}:`, ...body.map(line => ' '.repeat(column + unit) + line)]).join(eol) + eol;
  const emptyFlow = (isMap(value) || isSeq(value)) && value.flow && value.items.length === 0;
  if (isMap(value) && value.flow && !emptyFlow) return insertInFlow(text, seg.base + value.range![0], seg.base + value.range![1], `${key}: ${flowBody}`);
  if (isMap(value) && value.items.length > 0) {
    const pairs = value.items.filter(p => isScalar(p.key) && (p.key as Node).range);
    const last = pairs[pairs.length - 1];
    if (!last) return undefined;
    const column = columnOf(text, seg.base + (last.key as Node).range![0]);
    const { at, prefix } = afterLine(text, entryEnd(text, seg, last));
    return { start: at, end: at, newText: prefix + lines(column) };
  }
  const empty = value === null || emptyFlow || (isScalar(value) && (value.value === null || value.value === ''));
  if (!empty) return undefined;
  // `criteria:` (or `criteria: ~`, `criteria: {}`): the value becomes a block map under the key
  const keyStart = seg.base + (pair.key.range?.[0] ?? 0);
  const start = seg.base + (pair.key.range?.[1] ?? 0);
  const colon = text.indexOf(':', start);
  const restEnd = lineEndAt(text, colon);
  const rest = text.slice(colon + 1, restEnd);
  const comment = /#.*$/.exec(rest)?.[0];
  const column = columnOf(text, keyStart) + unit;
  return { start: colon + 1, end: restEnd, newText: `${comment ? ` ${comment}` : ''}${eol}${lines(column).slice(0, -eol.length)}` };
}

/** Adds a person to `people` in the roster's style: a block per person when its last entry is one, else a flow map. */
export function appendPerson(text: string, people: TopEntry, id: string, name: string): OffsetEdit | undefined {
  const roster = resolve(people.seg, people.pair.value);
  const lastValue = isMap(roster) ? roster.items[roster.items.length - 1]?.value : undefined;
  const block = isMap(lastValue) && !lastValue.flow;
  return appendToTopMap(text, people, id, block ? [`name: ${name}`] : [], `{ name: ${name} }`);
}

/**
 * Creates a top-level entry (`key:` followed by `block`, already indented) after the last of the
 * `preceding` top-level keys present, or before the first of `following`, or at the end.
 */
export function createTopEntry(text: string, top: TopEntry[], block: string[], preceding: string[], following: string[]): OffsetEdit {
  const eol = eolOf(text);
  const body = block.join(eol) + eol;
  const before = top.filter(e => preceding.includes(e.key)).pop();
  if (before) {
    const { at, prefix } = afterLine(text, entryEnd(text, before.seg, before.pair));
    return { start: at, end: at, newText: `${prefix}${eol}${body}` };
  }
  const next = top.find(e => following.includes(e.key));
  if (next) {
    const at = lineStartOf(text, next.seg.base + (next.pair.key.range?.[0] ?? 0));
    return { start: at, end: at, newText: `${body}${eol}` };
  }
  const needsBreak = text.length > 0 && !/[\r\n]$/.test(text);
  return { start: text.length, end: text.length, newText: `${needsBreak ? eol : ''}${body}` };
}
