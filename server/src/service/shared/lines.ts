// The editor's line rule (LSP, and TextDocument): a line ends at `\r\n`, `\n` or a lone `\r`.
// U+2028 and U+2029 are text on their line. Every module that looks for lines in a plan's text
// uses these helpers, so line numbers and line texts agree with the positions the editor sends.

const BREAK = /[\r\n]/g;

/** Where the line holding `offset` ends: the offset of its line break, or the end of the text. */
export function lineEndAt(text: string, offset: number): number {
  BREAK.lastIndex = offset;
  const m = BREAK.exec(text);
  return m ? m.index : text.length;
}

/** Where the line holding `offset` starts (just after the previous line break). */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length) - 1;
  while (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i--;
  return i + 1;
}

/** The start of the next line after a line ending at `end` (a line break or the text's end); -1 when none. */
export function nextLineStart(text: string, end: number): number {
  if (end >= text.length) return -1;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** The start offset of every line, in order. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = nextLineStart(text, lineEndAt(text, 0)); at >= 0; at = nextLineStart(text, lineEndAt(text, at))) starts.push(at);
  return starts;
}
