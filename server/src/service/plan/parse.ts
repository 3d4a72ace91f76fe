// Parses a plan with the `yaml` library, keeping every node's source range. Large plans are parsed
// piece by piece (segments.ts) and each piece's result is reused while its text is unchanged, so
// an edit costs the parse of the piece it touches, not of the whole file.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLSeq } from 'yaml';
import { parseAll, parseOne } from './bounded-yaml';
import { splitAgain, splitPieces, type Piece } from './split';
import { formerStart, unchangedEnds, type UnchangedEnds } from './unchanged-ends';
import { atOpeners, openAtEnd } from './unclosed';

/** A parsed piece of the text. `base` is its offset in the current text (updated on reuse). */
export class Segment {
  base = 0;
  /** analysis results computed once per segment text (schema problems, extracted model) */
  private readonly memo = new Map<string, unknown>();
  generation = -1;
  constructor(readonly text: string, readonly doc: Document.Parsed) {}

  /** What `compute` derives from this segment, computed once while the segment's text is unchanged. */
  remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}

/** A place in the text: relative to its segment, so reused segments need no rewriting. */
export interface Loc {
  seg: Segment;
  start: number;
  end: number;
}

/** The segment holding `offset`: the last one starting at or before it (segments are in text order), by binary search. */
export function segmentAt(parsed: ParsedPlan, offset: number): Segment | undefined {
  const segs = parsed.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found: Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].base <= offset) {
      found = segs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export const absStart = (loc: Loc) => loc.seg.base + loc.start;
export const absEnd = (loc: Loc) => loc.seg.base + loc.end;

export function nodeLoc(seg: Segment, node: Node): Loc {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  return { seg, start, end: withoutNextIndent(seg.text, start, valueEnd) };
}

/**
 * A value of the plan and where it is, in one object: its own `loc` (a value and its place as two
 * objects were ~4 MB of a 1,000-phase plan's analysis).
 */
class PlacedValue implements Loc {
  readonly start: number;
  readonly end: number;
  constructor(readonly value: string, readonly seg: Segment, node: Node) {
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    this.start = start;
    this.end = withoutNextIndent(seg.text, start, valueEnd);
  }

  get loc(): Loc {
    return this;
  }
}

/** `value`, read from `node`, with the node's place. */
export const placedValue = (seg: Segment, node: Node, value: string): { value: string; loc: Loc } => new PlacedValue(value, seg, node);

/**
 * `yaml` ends some collections (a map with an explicit `? key`) after the next line's indentation;
 * a piece ends before it. Both end at that line's start, so pieces and the whole agree.
 */
function withoutNextIndent(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && text.charCodeAt(i - 1) === 0x20) i--;
  const before = text.charCodeAt(i - 1);
  return i < end && i > start && (before === 0x0a || before === 0x0d) ? i : end;
}

export interface TopEntry {
  key: string;
  pair: Pair<Scalar, Node | null>;
  seg: Segment;
}

export interface PhaseEntry {
  node: Node | null;
  seg: Segment;
  /** where the item starts: its `-` in a block list, its first character in a flow list (`[ {…}, {…} ]`) */
  start: number;
}

export interface SyntaxError {
  start: number;
  end: number;
  code: string;
  /** for DUPLICATE_KEY: the repeated key */
  key?: string;
}

export interface ParsedPlan {
  text: string;
  mode: 'pieces' | 'whole';
  segments: Segment[];
  top: TopEntry[];
  phases: PhaseEntry[];
  /** what the document's root is; entries are only filled for a map */
  root: 'map' | 'empty' | 'other' | 'binary';
  rootLoc?: Loc;
  syntaxErrors: SyntaxError[];
}

// `logLevel: 'error'`: the parser's warnings (a list or a map as a key) would go to the console in
// English; the checks report them to the user instead (checks/non-scalar-keys.ts). Duplicate keys are
// found by bounded-yaml.ts in linear time: yaml's own check (`uniqueKeys`) is quadratic.
export const PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

/** Reuses the segments of the previous parse of the same document whose text is unchanged. */
export class SegmentCache {
  private bySource = new Map<string, Segment>();
  /** the last parse's text and its segments by where they started in it */
  private last: { text: string; pieces: Piece[]; byStart: Map<number, Segment> } | undefined;
  private generation = 0;

  /**
   * `whole`: always parse the text as one document (the reference the piecewise parse must equal);
   * `reference`: with `yaml` only, never the fast path (the reference the fast path must equal).
   */
  constructor(private readonly options: { whole?: boolean; reference?: boolean } = {}) {}

  parse(text: string): ParsedPlan {
    const generation = ++this.generation;
    const ends = this.last && unchangedEnds(this.last.text, text);
    // the last text had no NUL: only what the edit changed can (a search for NUL in a two-byte
    // string is slow: every character has a zero byte, 2.8 ms for a 2 MB plan)
    const changed = ends ? text.slice(ends.prefix, text.length - ends.suffix) : text;
    if (changed.includes('\0')) {
      this.last = undefined;
      return { ...emptyPlan(text), root: 'binary' };
    }
    const pieces = this.options.whole ? undefined : this.last && ends ? splitAgain(text, this.last.pieces, ends) : splitPieces(text);
    if (!pieces || pieces.length === 0) return this.whole(text);
    const next = new Map<string, Segment>();
    const segments: Segment[] = [];
    const kinds: Piece['kind'][] = [];
    for (let i = 0; i < pieces.length; i++) {
      let piece = pieces[i];
      let seg = this.segmentOf(text, piece, generation, ends);
      // a quote still open where a piece ends runs on into the next pieces: read them together,
      // taking twice as many each time (a string may run to the end of the plan)
      for (let more = 1, open = openAtEnd(seg); open && i + 1 < pieces.length; more *= 2, open = openAtEnd(seg)) {
        const last = lastJoinable(pieces, i, more, piece.kind);
        // phase items cannot be read together with the top-level entries after them, and where an
        // open `[` or `{` ends, `yaml` recovers in ways that can garble any later text
        if (last === i || open !== 'UNCLOSED_STRING') return this.whole(text);
        i = last;
        piece = { kind: piece.kind, start: piece.start, end: pieces[i].end };
        seg = this.segmentOf(text, piece, generation, ends);
      }
      seg.generation = generation;
      seg.base = piece.start;
      next.set(seg.text, seg);
      segments.push(seg);
      kinds.push(piece.kind);
    }
    this.bySource = next;
    this.last = { text, pieces, byStart: new Map(segments.map(seg => [seg.base, seg])) };
    return assemble(text, segments, kinds);
  }

  private whole(text: string): ParsedPlan {
    this.bySource = new Map();
    this.last = undefined;
    return parseWhole(text, this.options.reference);
  }

  /**
   * The segment of this piece's text: the previous parse's when unchanged and not used yet by this
   * one, found by place where the piece lies in an end of the text the edit left alone, else by text.
   */
  private segmentOf(text: string, piece: Piece, generation: number, ends: UnchangedEnds | undefined): Segment {
    const length = piece.end - piece.start;
    const was = ends && formerStart(ends, text.length, piece.start, piece.end);
    const placed = was === undefined ? undefined : this.last?.byStart.get(was);
    if (placed && placed.text.length === length && placed.generation !== generation) return placed;
    const source = text.slice(piece.start, piece.end);
    const seg = this.bySource.get(source);
    if (seg && seg.generation !== generation) return seg;
    const own = ownCopy(source);
    return new Segment(own, parseOne(own, PARSE_OPTIONS, this.options.reference));
  }
}

/** The last of up to `more` pieces after piece `i` that a group of `kind` can take (phases take phases only). */
function lastJoinable(pieces: Piece[], i: number, more: number, kind: Piece['kind']): number {
  let last = i;
  while (last + 1 < pieces.length && last - i < more && (kind === 'top' || pieces[last + 1].kind === 'phase')) last++;
  return last;
}

// `slice` shares the whole document's text; a segment that outlives this version must not keep
// every old version of a big plan alive, so it owns a copy of its piece.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ownCopy = (piece: string) => decoder.decode(encoder.encode(piece));

function emptyPlan(text: string): ParsedPlan {
  return { text, mode: 'whole', segments: [], top: [], phases: [], root: 'empty', syntaxErrors: [] };
}

function errorsOf(seg: Segment): SyntaxError[] {
  return atOpeners(seg.doc).map(e => {
    const start = seg.base + e.pos[0];
    const end = Math.max(start, seg.base + e.pos[1]);
    const err: SyntaxError = { start, end, code: e.code };
    if (e.code === 'DUPLICATE_KEY') {
      // the parser points at the key's first character: cover the whole key
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]*?)[ \t]*:/.exec(seg.text.slice(e.pos[0]))?.[1] ?? seg.text.slice(e.pos[0], e.pos[1]);
      err.key = key.replace(/^["']|["']$/g, '');
      err.end = start + key.length;
    }
    return err;
  });
}

function assemble(text: string, segments: Segment[], kinds: ('top' | 'phase')[]): ParsedPlan {
  const plan: ParsedPlan = { ...emptyPlan(text), mode: 'pieces', segments, root: 'map' };
  const seenKeys = new Map<string, true>();
  segments.forEach((seg, i) => {
    for (const error of errorsOf(seg)) plan.syntaxErrors.push(error); // not a spread: 200k errors would overflow the stack
    const contents = seg.doc.contents;
    if (kinds[i] === 'phase') {
      // one item, or several read together (something left open in one ran into the next)
      if (!isSeq(contents)) plan.phases.push({ node: null, seg, start: contents?.range?.[0] ?? 0 });
      else for (const item of contents.items) plan.phases.push({ node: item as Node | null, seg, start: itemStart(seg.text, contents, item as Node | null) });
      return;
    }
    if (!isMap(contents)) return;
    for (const pair of contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (seenKeys.has(key)) {
        const [start, end] = pair.key.range ?? [0, 0];
        plan.syntaxErrors.push({ start: seg.base + start, end: seg.base + end, code: 'DUPLICATE_KEY', key });
        continue;
      }
      seenKeys.set(key, true);
      const entry: TopEntry = { key, pair: pair as Pair<Scalar, Node | null>, seg };
      plan.top.push(entry);
      if (key === 'phases') collectPhases(plan, entry);
    }
  });
  return plan;
}

function collectPhases(plan: ParsedPlan, entry: TopEntry) {
  const seq = entry.pair.value;
  if (!isSeq(seq)) return;
  for (const item of seq.items) {
    const node = item as Node | null;
    plan.phases.push({ node, seg: entry.seg, start: itemStart(entry.seg.text, seq, node) });
  }
}

/** A flow item has no `-`: the last one before it belongs to an earlier item (`{id: pre-prod}`). */
function itemStart(text: string, seq: YAMLSeq, node: Node | null): number {
  const start = node?.range?.[0] ?? 0;
  if (seq.flow) return start;
  const dash = text.lastIndexOf('-', start);
  return dash < 0 ? start : dash;
}

function parseWhole(text: string, reference?: boolean): ParsedPlan {
  const docs = parseAll(text, PARSE_OPTIONS, reference);
  const segments = docs.map(doc => new Segment(text, doc));
  const plan: ParsedPlan = { ...emptyPlan(text), segments: segments.slice(0, 1) };
  for (const seg of segments) for (const error of errorsOf(seg)) plan.syntaxErrors.push(error);
  segments.slice(1).forEach(seg => {
    const start = seg.doc.range[0];
    plan.syntaxErrors.push({ start, end: Math.min(text.length, start + 3), code: 'MULTIPLE_DOCS' });
  });
  const first = segments[0];
  if (!first) return plan;
  const contents = first.doc.contents;
  if (contents === null) return plan;
  plan.rootLoc = nodeLoc(first, contents);
  if (!isMap(contents)) return { ...plan, root: 'other' };
  plan.root = 'map';
  const seen = new Set<string>();
  for (const pair of contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (seen.has(key)) continue; // the parser already reported the duplicate
    seen.add(key);
    const entry: TopEntry = { key, pair: pair as Pair<Scalar, Node | null>, seg: first };
    plan.top.push(entry);
    if (key === 'phases') collectPhases(plan, entry);
  }
  return plan;
}
