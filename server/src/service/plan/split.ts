// Splits a plan's text into independently parsable pieces: one per top-level key, and one per
// item of the `phases` list. Editing a 28,000-line plan then re-parses only the piece that
// changed (see parse.ts). When the text uses anything that could tie pieces together (anchors,
// aliases, several documents, directives, flow or quoted keys at the top level, tabs, a lone CR),
// the split is refused and the caller parses the whole document at once.

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
  // the split reads lines at `\n`; a lone CR would make it cut where the parser sees no line
  if (text.includes('\t') || LONE_CR.test(text) || mayHaveAnchorOrAlias(text)) return undefined;
  const pieces: Piece[] = [];
  let inPhases = false;
  let itemIndent = -1;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const first = text.charCodeAt(pos);
    if (first !== 0x20 && first !== 0x23 && first !== 0x0a && first !== 0x0d) {
      // column 0: must be a plain `key:` to start a new top-level piece
      const line = text.slice(pos, Math.min(lineEnd, pos + 200));
      if (!TOP_KEY.test(line)) return undefined;
      pieces.push({ kind: 'top', start: pos, end: lineEnd });
      inPhases = /^phases[ \t]*:[ \t]*(?:#.*)?\r?\n?$/.test(text.slice(pos, lineEnd));
      itemIndent = -1;
    } else if (pieces.length === 0) {
      // leading blank lines and comments are kept with the first piece; indented content is not
      if (first === 0x20 && !/^ *(?:#.*)?\r?\n?$/.test(text.slice(pos, lineEnd))) return undefined;
    } else if (inPhases && first === 0x20) {
      let indent = 0;
      while (text.charCodeAt(pos + indent) === 0x20) indent++;
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
