// Glob matching in bounded time, the same for the editor and the command line. Globs come from the
// workspace (a config's include/exclude) and the command line, so they are untrusted: a
// backtracking matcher takes exponential time on `*a*a*a*a*a*a*a*ab` against a long name. Here a
// pattern is split into `/` segments; `**` spans any number of segments and `*` any characters
// within one, both matched by the classic two-pointer wildcard algorithm (only the last star is
// ever revisited), so a match costs at most pattern length × path length steps.
// Syntax: `*`, `**`, `?`, `[abc]`, `[a-z]`, `[!a]` or `[^a]`, `[[:alpha:]]`, `{a,b}` and `{1..3}` (expanded, within
// MAX_ALTERNATIVES), `\` escapes the next character, a leading `!` negates. Dot-files match like any
// other name. Extended globs (`@(a|b)`, `+(a)`…) are refused with a reason.
import type { Message } from '../l10n/translate';

/** Brace expansion stops here: `{a,b}{c,d}…` doubles at each pair. */
export const MAX_ALTERNATIVES = 256;
export const MAX_GLOB_LENGTH = 1000;

export interface Glob {
  matches(path: string): boolean;
}

/** A character class, or one literal character. */
type CharTest = (c: string) => boolean;
/** One item of a segment: a star, or something that matches exactly one character. */
type Token = 'star' | CharTest;
/** One `/`-separated part of a pattern: `**`, or the tokens of a single name. */
type Segment = 'globstar' | Token[];

const EXTGLOB = /(^|[^\\])[@!+*?]\(/;

/** The pattern compiled, or why it cannot be used. */
export function compileGlob(pattern: string): Glob | { problem: Message } {
  if (pattern.length > MAX_GLOB_LENGTH) return { problem: { key: 'glob.tooLong', args: { max: MAX_GLOB_LENGTH } } };
  let negated = false;
  let body = pattern;
  while (body.startsWith('!')) {
    negated = !negated;
    body = body.slice(1);
  }
  if (EXTGLOB.test(body)) return { problem: { key: 'glob.extglob' } };
  const alternatives = expandBraces(body);
  if (!alternatives) return { problem: { key: 'glob.tooManyAlternatives', args: { max: MAX_ALTERNATIVES } } };
  const compiled = alternatives.map(compileSegments);
  return {
    matches(path: string) {
      const names = path.split(/\/+/);
      return compiled.some(segments => matchItems(segments, names, isGlobstar, matchSegment)) !== negated;
    },
  };
}

const cache = new Map<string, Glob | undefined>();

/** Compiled once per pattern; a pattern that cannot be used matches nothing (its problem is reported where it is configured). */
function cached(pattern: string): Glob | undefined {
  let glob = cache.get(pattern);
  if (glob === undefined && !cache.has(pattern)) {
    if (cache.size >= 1000) cache.clear();
    const compiled = compileGlob(pattern);
    glob = 'problem' in compiled ? undefined : compiled;
    cache.set(pattern, glob);
  }
  return glob;
}

/** Does `path` (relative, `/`-separated) match any of `patterns`? */
export function matchesAnyGlob(path: string, patterns: readonly string[]): boolean {
  return patterns.some(pattern => cached(pattern)?.matches(path) === true);
}

/** Why `pattern` cannot be used, or undefined when it can. */
export function globProblem(pattern: string): Message | undefined {
  const compiled = compileGlob(pattern);
  return 'problem' in compiled ? compiled.problem : undefined;
}

/**
 * The two-pointer wildcard algorithm over any items: star items match any run (possibly empty),
 * every other item matches exactly one subject item. On a mismatch only the most recent star
 * takes one more subject item, which is enough for such patterns: O(items × subjects).
 */
function matchItems<P, S>(items: readonly P[], subject: readonly S[], isStar: (item: P) => boolean, matchOne: (item: P, s: S) => boolean): boolean {
  let i = 0;
  let s = 0;
  let starAt = -1;
  let starSubject = 0;
  while (s < subject.length) {
    if (i < items.length && isStar(items[i])) {
      starAt = i++;
      starSubject = s;
    } else if (i < items.length && matchOne(items[i], subject[s])) {
      i++;
      s++;
    } else if (starAt >= 0) {
      i = starAt + 1;
      s = ++starSubject;
    } else {
      return false;
    }
  }
  while (i < items.length && isStar(items[i])) i++;
  return i === items.length;
}

const isGlobstar = (segment: Segment) => segment === 'globstar';
const isStar = (token: Token) => token === 'star';

function matchSegment(segment: Segment, name: string): boolean {
  return segment !== 'globstar' && matchItems(segment, [...name], isStar, (token, c) => token !== 'star' && token(c));
}

/** Splits a brace-free pattern into segments (repeated slashes count as one, as for paths). */
function compileSegments(pattern: string): Segment[] {
  const segments: Segment[] = pattern.split(/\/+/).map(part => (part === '**' ? 'globstar' : compileName(part)));
  // as in minimatch, `a/**` covers what is inside `a`, not `a` itself: a final `**` takes at least one name
  if (segments.length > 1 && segments[segments.length - 1] === 'globstar') segments.splice(-1, 0, ['star']);
  return segments;
}

function compileName(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === '*') {
      if (tokens[tokens.length - 1] !== 'star') tokens.push('star');
    } else if (c === '?') {
      tokens.push(() => true);
    } else if (c === '[') {
      const parsed = compileClass(part, i);
      if (parsed) {
        tokens.push(parsed.test);
        i = parsed.end;
      } else {
        tokens.push(literal('['));
      }
    } else if (c === '\\' && i + 1 < part.length) {
      tokens.push(literal(part[++i]));
    } else {
      // a character outside the basic plane is two code units in the pattern, one item in the name
      const code = part.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      i += char.length - 1;
      tokens.push(literal(char));
    }
  }
  return tokens;
}

const literal = (char: string): CharTest => c => c === char;

/** `[[:alpha:]]` and the other POSIX classes minimatch knows, over Unicode letters and digits. */
const POSIX_CLASSES: Record<string, RegExp> = {
  alnum: /[\p{L}\p{Nl}\p{Nd}]/u, alpha: /[\p{L}\p{Nl}]/u, ascii: /\p{ASCII}/u, blank: /[\p{Zs}\t]/u,
  cntrl: /\p{Cc}/u, digit: /\p{Nd}/u, graph: /[^\p{Z}\p{C}]/u, lower: /\p{Ll}/u, print: /[^\p{C}]/u,
  punct: /\p{P}/u, space: /[\p{Z}\t\r\n\v\f]/u, upper: /\p{Lu}/u, word: /[\p{L}\p{Nl}\p{Nd}\p{Pc}]/u, xdigit: /[A-Fa-f0-9]/,
};

/** `[...]` starting at `start`: its test and the index of its `]`, or undefined when it is not closed (then `[` is literal). */
function compileClass(part: string, start: number): { test: CharTest; end: number } | undefined {
  let i = start + 1;
  const negated = part[i] === '!' || part[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  const named: RegExp[] = [];
  for (let first = true; i < part.length; first = false) {
    let c = part[i];
    if (c === ']' && !first) {
      const inClass = (ch: string) => ranges.some(([lo, hi]) => ch >= lo && ch <= hi) || named.some(re => re.test(ch));
      return { test: ch => inClass(ch) !== negated, end: i };
    }
    const posix = /^\[:(\w+):\]/.exec(part.slice(i));
    if (posix && Object.hasOwn(POSIX_CLASSES, posix[1])) {
      named.push(POSIX_CLASSES[posix[1]]);
      i += posix[0].length;
      continue;
    }
    if (c === '\\' && i + 1 < part.length) c = part[++i];
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      let hi = part[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < part.length) hi = part[++i];
      ranges.push([c, hi]);
    } else {
      ranges.push([c, c]);
    }
    i++;
  }
  return undefined;
}

/**
 * `a{b,c}d` → `abd`, `acd`; `{1..3}` → `1`, `2`, `3`; nested braces too. `{a}` and an unclosed
 * `{` stay literal. Undefined past MAX_ALTERNATIVES results.
 */
export function expandBraces(pattern: string): string[] | undefined {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const prefix = pattern.slice(0, start);
  const rest = expandBraces(pattern.slice(end + 1));
  if (!rest) return undefined;
  const out: string[] = [];
  for (const option of options) {
    const inner = expandBraces(option);
    if (!inner) return undefined;
    for (const a of inner) {
      for (const b of rest) {
        if (out.length >= MAX_ALTERNATIVES) return undefined;
        out.push(prefix + a + b);
      }
    }
  }
  return out;
}

/** The first `{...}` that expands (holds a top-level comma or is a range), with its options. */
function findBrace(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 1) commas.push(i);
      else if (c === '}' && --depth === 0) {
        const body = pattern.slice(start + 1, i);
        if (commas.length) {
          const bounds = [start, ...commas, i];
          return { start, end: i, options: bounds.slice(1).map((b, k) => pattern.slice(bounds[k] + 1, b)) };
        }
        const range = rangeOptions(body);
        if (range) return { start, end: i, options: range };
        break; // `{a}`: literal; look for a later brace
      }
    }
  }
  return undefined;
}

/** `1..3`, `a..e` (with an optional step `..2`), or undefined; more than MAX_ALTERNATIVES values is cut to MAX_ALTERNATIVES + 1 so the caller refuses it. */
function rangeOptions(body: string): string[] | undefined {
  const m = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!m) return undefined;
  const numeric = /\d/.test(m[1]);
  if (numeric !== /\d/.test(m[2])) return undefined;
  const from = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const to = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const step = Math.max(1, Math.abs(Number(m[3] ?? 1))) * (to < from ? -1 : 1);
  const values: string[] = [];
  for (let v = from; step > 0 ? v <= to : v >= to; v += step) {
    values.push(numeric ? String(v) : String.fromCharCode(v));
    if (values.length > MAX_ALTERNATIVES) break;
  }
  return values;
}
