// A fast parse path for the YAML that plans are written in: block maps and lists, one-line plain,
// quoted and flow values, block scalars, comments. It builds the very tree `yaml` composes (its own
// classes, the same values, types, ranges and formats) in a fraction of the time, or declines
// (returns undefined) on anything else and on anything that is not clean YAML, so that `yaml`
// parses it and every message users see stays yaml's (bounded-yaml.ts tries this first).
// Comments are not kept (`comment`, `commentBefore`, `spaceBefore`): no code of ours reads them.
import { Document, Pair, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { endAt, FastMap, fastMap, fastPair, FastSeq, fastSeq, finished } from './fast-yaml-nodes';
import { flowCollection } from './fast-yaml-flow';
import { blockPlain, blockScalar, Decline, decline, emptyScalar, HASH, lineEnd, NEWLINE, quoted, skipSpaces, SPACE, type Context } from './fast-yaml-scalars';

type Options = Context['options'];

// Tabs, carriage returns, control characters, a byte order mark, NEL and the Unicode line separators
// change how YAML reads lines and indentation: the fast path leaves them to `yaml`.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSURE_CHARACTERS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/**
 * Whether `doc` came from the fast path (its root is one of the path's own collections), so that
 * it holds no key written as a list, a map or an alias: the path declines `?` keys, `[`/`{` keys and aliases.
 */
export const readFast = (doc: Document): boolean => doc.contents instanceof FastMap || doc.contents instanceof FastSeq;

/**
 * The document `yaml` would compose from `text`, or undefined when the fast path is not sure of it
 * (or when collections nest `maxNesting` deep: bounded-yaml cuts those).
 */
export function fastParse(text: string, options: Options, maxNesting: number): Document.Parsed | undefined {
  if (UNSURE_CHARACTERS.test(text)) return undefined;
  const doc = new Document(undefined, options) as unknown as Document.Parsed;
  try {
    const reader = new BlockReader(text, { schema: doc.schema, options: doc.options, maxNesting });
    const first = reader.nextContent(0);
    if (!first) return undefined;
    const contents = reader.collection(first.start + first.indent, first.indent, 0);
    if (!reader.reachedEnd) decline(); // something at a column the root does not end at
    // comments after the end at a column no collection has: yaml puts them in a scalar's range
    if (reader.trailingComments >= 0) decline();
    doc.contents = contents as Document.Parsed['contents'];
    // after a last value that is empty, yaml's document ends there: what follows is in that value's tokens
    if (reader.endsEmpty && text.includes('#', reader.pos)) decline();
    const end = contents.range![2];
    doc.range = [first.start, end, reader.endsEmpty ? end : text.length];
    return doc;
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

interface Line {
  /** where the line starts */
  start: number;
  /** its number of leading spaces */
  indent: number;
}

const isSeqIndicator = (text: string, at: number) => text[at] === '-' && ' \n'.includes(text[at + 1] ?? '\n');

class BlockReader {
  /** where the line after the last one read starts */
  pos = 0;
  /** whether the last value read is an empty one (the line ends after `key:` or `-`) */
  endsEmpty = false;
  /** whether comments come before the line nextContent found last */
  private commentAbove = false;
  /** the column of the comments after the last content line, until a collection at that column takes them (-1: none) */
  trailingComments = -1;
  /** whether the last line was read (each open collection ends there) */
  reachedEnd = false;
  constructor(private readonly text: string, private readonly ctx: Context) {}

  /**
   * The next line from `from` (a line start) that is neither blank nor a comment. A comment must be
   * at that line's column (comments after the last line: all at one column, see trailingComments):
   * elsewhere `yaml` may count it in the ranges of the collections it ends.
   */
  nextContent(from: number): Line | undefined {
    const text = this.text;
    const comments: number[] = [];
    for (let start = from; start < text.length;) {
      const first = skipSpaces(text, start);
      const c = text.charCodeAt(first);
      if (c === HASH) comments.push(first - start);
      else if (c !== NEWLINE && first < text.length) {
        const indent = first - start;
        if (comments.some(column => column !== indent)) decline();
        if (indent === 0 && /^(?:---|\.\.\.)(?:[ \n]|$)/.test(text.slice(first, first + 4))) decline(); // a document marker
        this.commentAbove = comments.length > 0;
        return { start, indent };
      }
      start = lineEnd(text, first) + 1;
    }
    if (comments.some(column => column !== comments[0])) decline();
    this.trailingComments = comments.length > 0 && comments[0] > 0 ? comments[0] : -1;
    return undefined;
  }

  /** The block list or map whose first entry starts at `at`, at column `column`. */
  collection(at: number, column: number, depth: number, endsAtColumn = false): Node {
    if (depth >= this.ctx.maxNesting) decline();
    return isSeqIndicator(this.text, at) ? this.seq(at, column, depth, endsAtColumn) : this.map(at, column, depth);
  }

  /** `endsAtColumn`: the list is a map's value at that map's column (`key:\n- a`), so a key there ends it. */
  private seq(at: number, column: number, depth: number, endsAtColumn: boolean): YAMLSeq {
    const seq = fastSeq(this.ctx.schema);
    for (let dash = at; ;) {
      const content = skipSpaces(this.text, dash + 1);
      const item = this.endsLine(content)
        ? this.valueOnNextLines(content, column, depth + 1, false)
        : isSeqIndicator(this.text, content) || this.startsKey(content)
          ? this.collection(content, content - this.lineStart(content), depth + 1)
          : this.inlineValue(content, column, depth + 1);
      seq.items.push(item);
      const next = this.nextContent(this.pos);
      if (!next) return this.ended(seq, at, column);
      if (next.indent < column) break;
      if (next.indent > column) decline();
      dash = next.start + next.indent;
      if (!isSeqIndicator(this.text, dash)) {
        if (endsAtColumn) break;
        decline();
      }
    }
    return finished(seq, [at, this.lastEnd(seq.items), this.lastEnd(seq.items)]);
  }

  /**
   * A collection that runs to the end of the text: comments after it at its column (not 0, the
   * document's) are in its range for yaml, up to the end.
   */
  private ended<T extends YAMLMap | YAMLSeq>(coll: T, at: number, column: number): T {
    const end = this.lastEnd(coll.items);
    this.reachedEnd = true;
    const takesComments = column > 0 && this.trailingComments === column;
    if (takesComments) this.trailingComments = -1;
    return finished(coll, [at, end, takesComments ? this.text.length : end]);
  }

  private map(at: number, column: number, depth: number): YAMLMap {
    const map = fastMap(this.ctx.schema);
    for (let keyStart = at; ;) {
      const key = this.text[keyStart] === '"' || this.text[keyStart] === "'" ? quoted(this.text, keyStart) : blockPlain(this.ctx, this.text, keyStart, true);
      if (this.text[key.end] !== ':' || !' \n'.includes(this.text[key.end + 1] ?? '\n')) decline();
      if (typeof key.node.value === 'symbol' || key.node.source === '<<') decline(); // a merge key
      const content = skipSpaces(this.text, key.end + 1);
      const value = this.endsLine(content)
        ? this.valueOnNextLines(content, column, depth + 1, true)
        : this.inlineValue(content, column, depth + 1);
      map.items.push(fastPair(key.node, value));
      const next = this.nextContent(this.pos);
      if (!next) return this.ended(map, at, column);
      if (next.indent < column) break;
      if (next.indent > column) decline();
      keyStart = next.start + next.indent;
    }
    return finished(map, [at, this.lastEnd(map.items), this.lastEnd(map.items)]);
  }

  private lastEnd(items: unknown[]): number {
    const last = items[items.length - 1];
    return ((last instanceof Pair ? last.value : last) as Node).range![2];
  }

  /**
   * The value of a `key:` or `-` with nothing after it on its line: the collection on the next
   * lines, indented more (or a list at the key's column), else an empty value. `content`: after
   * the spaces that follow the indicator, where yaml puts an empty value.
   */
  private valueOnNextLines(content: number, column: number, depth: number, isMapValue: boolean): Node {
    this.pos = this.lineAfter(content);
    const commentAbove = this.commentAbove;
    const next = this.nextContent(this.pos);
    const first = next ? next.start + next.indent : -1;
    if (next && next.indent > column) {
      if (!isSeqIndicator(this.text, first) && !this.startsKey(first)) decline(); // a scalar on the next line
      return this.collection(first, next.indent, depth);
    }
    if (next && isMapValue && next.indent === column && isSeqIndicator(this.text, first)) return this.collection(first, column, depth, true);
    // yaml counts comments next to an empty value in its range
    if (commentAbove || this.text.charCodeAt(content) === HASH || this.text.slice(this.pos, next?.start).includes('#')) decline();
    this.endsEmpty = true;
    return emptyScalar(this.ctx, content);
  }

  /** A scalar, quoted, flow or block scalar value starting at `at` on a line of an entry at `column`. */
  private inlineValue(at: number, column: number, depth: number): Node {
    const text = this.text;
    const c = text[at];
    if (c === '|' || c === '>') {
      const read = blockScalar(text, at, column);
      this.pos = read.end;
      this.endsEmpty = false;
      return read.node;
    }
    if (isSeqIndicator(text, at)) decline(); // `key: - a`
    const read = c === '[' || c === '{'
      ? flowCollection(this.ctx, text, at, depth)
      : c === '"' || c === "'" ? quoted(text, at) : blockPlain(this.ctx, text, at, false);
    const node = read.node;
    const end = skipSpaces(text, read.end);
    if (!this.endsLine(end)) decline();
    this.pos = this.lineAfter(end);
    endAt(node, this.pos);
    this.endsEmpty = false;
    return node;
  }

  /** Whether only a comment (after a space) or the line's end comes at `at`. */
  private endsLine(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return at >= this.text.length || c === NEWLINE || (c === HASH && this.text.charCodeAt(at - 1) === SPACE);
  }

  private lineAfter(at: number): number {
    return Math.min(lineEnd(this.text, at) + 1, this.text.length);
  }

  private lineStart(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** Whether a `key:` starts at `at` (a plain or quoted key followed by `: ` on the same line). */
  private startsKey(at: number): boolean {
    const eol = lineEnd(this.text, at);
    const c = this.text[at];
    if (c === '[' || c === '{') return false;
    if (c === '"' || c === "'") {
      const close = this.text.indexOf(c, at + 1);
      return close > 0 && close < eol && this.text[close + 1] === ':';
    }
    const line = this.text.slice(at, eol);
    const colon = /:(?: |$)/.exec(line);
    return !!colon && !line.slice(0, colon.index).includes(' #');
  }
}
