// The scalars of the fast parse path (fast-yaml.ts): plain, quoted and block scalars read from one
// place in the text, each built as `yaml`'s composer builds it. Anything these readers are not sure
// of throws Decline, and the caller parses with `yaml` instead.
import { isScalar, type DocumentOptions, type ParseOptions, type Scalar, type Schema, type ScalarTag, type SchemaOptions } from 'yaml';
import { stringTable } from '../shared/shared-strings';
import { FastScalar, fastScalar } from './fast-yaml-nodes';

/** What building nodes needs: the document's schema and options, and how deep collections may nest. */
export interface Context {
  schema: Schema;
  options: ParseOptions & DocumentOptions & SchemaOptions;
  /** a collection nested this deep (the root's depth is 0) is declined */
  maxNesting: number;
}

/** Thrown where the fast path does not read the text exactly as `yaml` would: `yaml` parses it instead. */
export class Decline extends Error {}
const DECLINED = new Decline();
export function decline(): never {
  throw DECLINED;
}

export const SPACE = 0x20;
export const NEWLINE = 0x0a;
export const HASH = 0x23;
const COLON = 0x3a;

/** `,` `[` `]` `{` `}` */
const isFlowIndicator = (c: number) => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

export const lineEnd = (text: string, pos: number) => {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
};

export const skipSpaces = (text: string, pos: number) => {
  while (text.charCodeAt(pos) === SPACE) pos++;
  return pos;
};

/** A scalar whose text runs from `start` to `end` (its range: [start, end, end], set without an array). */
function scalar(value: unknown, source: string, type: Scalar.Type, start: number, end: number, format?: string): Scalar {
  // a tag's resolve gives a primitive (core schema) or its own node
  const node = typeof value === 'object' && value !== null && isScalar(value) ? value : fastScalar(value);
  if (node instanceof FastScalar) {
    node.r0 = start;
    node.r1 = node.r2 = end;
  } else node.range = [start, end, end];
  node.source = source;
  if (type !== 'PLAIN' || !(node instanceof FastScalar)) node.type = type;
  if (format) node.format = format;
  return node;
}

// Short plain scalars repeat (`owner`, `done`, `true`, people's ids: 11,000 `owner`s in a 1,000-phase
// plan): one kept string each, in a table small enough to cost nothing once the plan is closed.
const SHORT = 12;
const shortScalar = stringTable(4096);

// Every core-schema test but the string's is anchored on one of these first characters (null, bool,
// int, float): any other plain scalar is a string without asking the tags.
const MAY_NOT_BE_STRING = /^[~nNtTfF0-9+\-.]|^$/;

/**
 * A plain scalar as `yaml` resolves it: the first default tag of the schema whose test matches, as
 * the composer's findScalarTagByTest does (`atKey` lets key-only tags such as `<<` match).
 */
export function plainScalar({ schema, options }: Context, text: string, start: number, end: number, atKey: boolean): Scalar {
  const source = text.length <= SHORT ? shortScalar(text) : text;
  if (!MAY_NOT_BE_STRING.test(source)) return scalar(source, source, 'PLAIN', start, end);
  const tag = schema.tags.find((t): t is ScalarTag => (t.default === true || (atKey && t.default === 'key')) && !t.collection && !!t.test?.test(source));
  if (!tag?.resolve) return scalar(source, source, 'PLAIN', start, end);
  let failed = false;
  const value = tag.resolve(source, () => { failed = true; }, options);
  if (failed) decline();
  return scalar(value, source, 'PLAIN', start, end, tag.format);
}

export const emptyScalar = (ctx: Context, at: number, atKey = false) => plainScalar(ctx, '', at, at, atKey);

// a plain scalar cannot start with an indicator; `-` can before a character that is no space or
// flow indicator (`-5`), `?` and `:` too, but the fast path leaves those to yaml
const NOT_PLAIN_START = /[?:,[\]{}#&*!|>'"%@`]|-(?:[ \n,[\]{}]|$)/y;
const notPlainStart = (text: string, at: number) => {
  NOT_PLAIN_START.lastIndex = at;
  return NOT_PLAIN_START.test(text);
};

// The characters plain scalars' loops look at (`\n`, space, `#`, `,`, `:`, `[`, `]`, `{`, `}`): any
// other is part of the scalar, found in one look-up (most of a plan's characters).
const LOOKED_AT = new Uint8Array(128);
for (const c of '\n #,:[]{}') LOOKED_AT[c.charCodeAt(0)] = 1;
const inScalar = (c: number) => c >= 128 || LOOKED_AT[c] === 0;

export interface Read {
  node: Scalar;
  /** where the scalar's text ends */
  end: number;
}

/**
 * A plain scalar of a block context, to the end of its line or a ` #` comment. `key`: it ends at
 * the first `: `, which must come on this line.
 */
export function blockPlain(ctx: Context, text: string, start: number, key: boolean): Read {
  if (notPlainStart(text, start)) decline();
  const stop = lineEnd(text, start);
  let end = start;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (inScalar(c)) {
      end = i + 1;
      continue;
    }
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
    if (c === COLON && (i + 1 === stop || text.charCodeAt(i + 1) === SPACE)) {
      if (!key) decline(); // `a: b: c` is a nested map on one line, an error for yaml
      break;
    }
    if (key && isFlowIndicator(c)) decline();
    if (c !== SPACE) end = i + 1;
  }
  if (key && (text.charCodeAt(end) !== COLON || end - start > 1024)) decline();
  if (end === start) decline();
  const source = text.slice(start, end);
  return { node: plainScalar(ctx, source, start, end, key), end };
}

/** A plain scalar in a flow collection on one line: it ends before `,`, `]`, `}`, `: ` or `:` before one of those. */
export function flowPlain(ctx: Context, text: string, start: number, atKey: boolean): Read {
  if (notPlainStart(text, start)) decline();
  let end = start;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inScalar(c)) {
      end = i + 1;
      continue;
    }
    if (c === NEWLINE || (c === HASH && text.charCodeAt(i - 1) === SPACE)) decline();
    if (isFlowIndicator(c)) break;
    if (c === COLON) {
      const after = text.charCodeAt(i + 1);
      if (after === SPACE || after === NEWLINE || Number.isNaN(after) || isFlowIndicator(after)) break;
    }
    if (c !== SPACE) end = i + 1;
  }
  if (end === start) decline();
  const source = text.slice(start, end);
  return { node: plainScalar(ctx, source, start, end, atKey), end };
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4 };

/**
 * A single- or double-quoted scalar closed on its line (the common escapes only). The text between
 * escapes is taken in slices: a string grown one character at a time is a chain of one small
 * string per character (32 bytes each), kept for as long as the value is.
 */
export function quoted(text: string, start: number): Read {
  const quote = text[start];
  let value = '';
  let run = start + 1;
  let i = run;
  for (;;) {
    const c = text[i];
    if (c === undefined || c === '\n') decline();
    if (c !== quote && (c !== '\\' || quote !== '"')) {
      i++;
      continue;
    }
    value += text.slice(run, i);
    if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        value += "'";
        run = i += 2;
        continue;
      }
      break;
    }
    const e = text[i + 1] ?? '';
    const length = HEX_LENGTH[e];
    if (length) {
      const hex = text.slice(i + 2, i + 2 + length);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) decline();
      value += String.fromCodePoint(parseInt(hex, 16));
      run = i += 2 + length;
      continue;
    }
    if (!(e in ESCAPES)) decline();
    value += ESCAPES[e];
    run = i += 2;
  }
  const end = i + 1;
  return { node: scalar(value, value, quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', start, end), end };
}

/**
 * A `|` or `>` block scalar (chomping `-`/`+`, no indentation indicator) whose header is at `start`
 * and whose content is indented more than `parentIndent`. `end` is where the parent's next line starts.
 */
export function blockScalar(text: string, start: number, parentIndent: number): Read {
  const folded = text[start] === '>';
  let i = start + 1;
  const chomp = text[i] === '-' || text[i] === '+' ? text[i++] : '';
  i = skipSpaces(text, i);
  if (text.charCodeAt(i) === HASH && i > start + 1 + chomp.length) i = lineEnd(text, i);
  if (i < text.length && text.charCodeAt(i) !== NEWLINE) decline();
  let pos = i + 1;
  let indent = -1;
  const lines: string[] = [];
  let contentEnd = -1; // after the last content line (and its newline)
  let trailing = 0; // empty lines after it
  while (pos < text.length) {
    const spaces = skipSpaces(text, pos) - pos;
    const eol = lineEnd(text, pos);
    if (pos + spaces === eol) {
      if (spaces > 0) decline(); // lines of spaces only: their meaning depends on the indentation
      lines.push('');
      trailing++;
    } else {
      if (indent < 0) {
        if (spaces <= parentIndent) break;
        indent = spaces;
      }
      if (spaces < indent) break;
      if (folded && spaces > indent) decline(); // more-indented lines fold differently
      lines.push(text.slice(pos + indent, eol));
      trailing = 0;
      contentEnd = Math.min(eol + 1, text.length);
    }
    pos = Math.min(eol + 1, text.length);
    if (eol === text.length) break;
  }
  if (indent < 0) decline();
  const body = lines.slice(0, lines.length - trailing);
  let value = folded ? fold(body) : body.join('\n');
  if (chomp !== '-') value += '\n';
  if (chomp === '+') value += '\n'.repeat(trailing);
  const end = chomp === '+' ? pos : contentEnd;
  if (chomp === '+' && trailing > 0 && text.charCodeAt(pos - 1) !== NEWLINE) decline();
  const node = scalar(value, value, folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', start, end);
  return { node, end };
}

/** Folded lines: one line break between two lines becomes a space, n empty lines between them n line breaks. */
function fold(lines: string[]): string {
  let out = '';
  let breaks = -1; // before the first content line: each empty line is one break
  for (const line of lines) {
    if (line === '') {
      breaks = breaks < 0 ? breaks - 1 : breaks + 1;
      continue;
    }
    if (breaks < -1) out += '\n'.repeat(-breaks - 1);
    else if (breaks === 0) out += ' ';
    else if (breaks > 0) out += '\n'.repeat(breaks);
    out += line;
    breaks = 0;
  }
  return out;
}
