// Splits a plan's text into independently parsable pieces: one per top-level key, and one per
// item of the `phases` list. Editing a 28,000-line plan then re-parses only the piece that
// changed (see parse.ts). When the text uses anything that could tie pieces together (anchors,
// aliases, several documents, directives, flow or quoted keys at the top level, tabs, a lone CR),
// the split is refused and the caller parses the whole document at once.
import type { UnchangedEnds } from './unchanged-ends';

export interface Piece {
  kind: 'top' | 'phase';
  start: number;
  end: number;
}

const TOP_KEY = /^[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|\r?\n|$)/;
const SEPARATORS = ' \t\r\n,[{:-';
const ENDS = ' \t\r\n,[]{}*';

/** Whether the text may hold an `&anchor` or `*alias` (a quick scan: false positives only cost speed). */
function mayHaveAnchorOrAlias(text: string): boolean {
  for (const mark of ['&', '*']) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      const before = i === 0 ? '\n' : text[i - 1];
      const after = text[i + 1] ?? ' ';
      if (SEPARATORS.includes(before) && !ENDS.includes(after)) return true;
    }
  }
  return false;
}

/** A `\r` not followed by `\n`: a line break for the editor, text inside a line for the YAML parser. */
const LONE_CR = /\r(?!\n)/;

export function splitPieces(text: string): Piece[] | undefined {
  if (!splittable(text)) return undefined;
  return scan(text, [], 0, undefined);
}

/**
 * The pieces of `text` after an edit that left `ends` of it as they were in the last version, whose
 * pieces were `before`: the pieces before the edit are kept, the lines from the edited piece on
 * are read again until they line up with a piece of the last version read in the same state,
 * whose pieces then follow moved by the edit's length. The same as `splitPieces(text)`.
 */
export function splitAgain(text: string, before: readonly Piece[], ends: UnchangedEnds): Piece[] | undefined {
  if (!splittable(text)) return undefined;
  // the last piece starting in the unchanged start: the lines before it read as they did (the
  // first piece is left out: it starts at 0, before any comment lines above its key)
  let k = before.length - 1;
  while (k > 0 && before[k].start > ends.prefix) k--;
  if (k < 2) return scan(text, [], 0, undefined);
  // shared with the last version but for the last, which the next lines may lengthen
  const kept = before.slice(0, k);
  kept[k - 1] = { ...kept[k - 1] };
  return scan(text, kept, before[k].start, { before, ends });
}

// the split reads lines at `\n`; a lone CR would make it cut where the parser sees no line
const splittable = (text: string) => !text.includes('\t') && !(text.includes('\r') && LONE_CR.test(text)) && !mayHaveAnchorOrAlias(text);

/** the line that opens the `phases` list */
const PHASES_LINE = /^phases[ \t]*:[ \t]*(?:#.*)?\r?\n?$/;

const indentAt = (text: string, pos: number) => {
  let indent = 0;
  while (text.charCodeAt(pos + indent) === 0x20) indent++;
  return indent;
};

/**
 * Reads `text` line by line from `pos` (a line start; `pieces` holds the pieces before it), cutting
 * a piece at each top-level key and each item of `phases`. With `last`, it stops at a line of the
 * unchanged end that starts a piece of the last version in the same state: the rest is that version's.
 */
function scan(text: string, pieces: Piece[], pos: number, last: { before: readonly Piece[]; ends: UnchangedEnds } | undefined): Piece[] | undefined {
  // where the pieces before stop: after a phase item, in `phases` with items at its indent; after
  // a top-level entry, in `phases` (no item yet) if that is its key
  const previous = pieces[pieces.length - 1];
  let inPhases = previous !== undefined && (previous.kind === 'phase' || PHASES_LINE.test(text.slice(previous.start, text.indexOf('\n', previous.start) + 1 || text.length)));
  let itemIndent = previous?.kind === 'phase' ? indentAt(text, previous.start) : -1;
  const formerStarts = last && new Map(last.before.map((p, i) => [p.start, i]));
  const unchangedFrom = last ? text.length - last.ends.suffix : Infinity;
  while (pos < text.length) {
    if (pos >= unchangedFrom && pieces.length > 0) {
      const j = formerStarts!.get(pos - last!.ends.delta);
      const former = j === undefined ? undefined : last!.before[j];
      if (former && (former.kind === 'top' || (inPhases && itemIndent === indentAt(text, pos)))) {
        pieces[pieces.length - 1].end = pos;
        for (const p of last!.before.slice(j)) pieces.push({ kind: p.kind, start: p.start + last!.ends.delta, end: p.end + last!.ends.delta });
        return pieces;
      }
    }
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const first = text.charCodeAt(pos);
    if (first !== 0x20 && first !== 0x23 && first !== 0x0a && first !== 0x0d) {
      // column 0: must be a plain `key:` to start a new top-level piece
      const line = text.slice(pos, Math.min(lineEnd, pos + 200));
      if (!TOP_KEY.test(line)) return undefined;
      pieces.push({ kind: 'top', start: pos, end: lineEnd });
      inPhases = PHASES_LINE.test(text.slice(pos, lineEnd));
      itemIndent = -1;
    } else if (pieces.length === 0) {
      // leading blank lines and comments are kept with the first piece; indented content is not
      if (first === 0x20 && !/^ *(?:#.*)?\r?\n?$/.test(text.slice(pos, lineEnd))) return undefined;
    } else if (inPhases && first === 0x20) {
      const indent = indentAt(text, pos);
      const c = text.charCodeAt(pos + indent);
      const isItem = c === 0x2d /* - */ && /[ \r\n]/.test(text[pos + indent + 1] ?? '\n');
      if (itemIndent < 0 && c !== 0x23 && c !== 0x0a && c !== 0x0d) {
        if (!isItem) return undefined;
        itemIndent = indent;
      }
      if (isItem && indent === itemIndent) pieces.push({ kind: 'phase', start: pos, end: lineEnd });
      // content at or left of the items' column without a `-` is no phase: YAML may read it with the
      // next item (a `rollback: |` dedented that far turns into a key spanning lines)
      else if (c !== 0x23 && c !== 0x0a && c !== 0x0d && indent <= itemIndent) return undefined;
    }
    if (pieces.length > 0) pieces[pieces.length - 1].end = lineEnd;
    pos = lineEnd;
  }
  if (pieces.length > 0) pieces[0].start = 0;
  return pieces;
}
