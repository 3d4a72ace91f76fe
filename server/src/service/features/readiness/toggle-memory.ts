// The sidebar's last tick or untick, per document, so that the opposite request gives back the
// text before it byte for byte. No rule that reads only the text can: ticking a missing `done` and
// ticking a trailing `done: false` give the same text, and `done:`, `done: "true"` and `done: yes`
// all become `done: true`. The memory applies only to exactly the text the edit produced, so any
// other change (typing, another sidebar edit) makes the caller fall back to the stateless rule.
// Bounded: one entry per document, dropped when the service forgets the document.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { OffsetEdit } from '../../shared/text-edits';

interface LastToggle {
  /** the document's text right after the edit */
  text: string;
  /** the checklist item's line (ticking never moves it: edits are made at or after it) */
  line: number;
  /** the state the edit gave the item */
  done: boolean;
  /** offsets in `text`: the edits that give back the text before the edit */
  restore: OffsetEdit[];
}

export class ToggleMemory {
  private readonly last = new Map<string, LastToggle>();

  /** The edits undoing the last toggle, when `done` asks for the opposite on the very text it produced. */
  undoing(doc: TextDocument, line: number, done: boolean): TextEdit[] | undefined {
    const last = this.last.get(doc.uri);
    if (!last || last.line !== line || last.done === done || last.text !== doc.getText()) return undefined;
    return last.restore.map(e => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
  }

  /** Records `edits` (on `doc`, giving the item on `line` the state `done`) as the document's last toggle. */
  remember(doc: TextDocument, edits: TextEdit[], line: number, done: boolean): void {
    if (edits.length === 0) return;
    const offsets = edits.map(e => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }));
    this.last.set(doc.uri, { line, done, ...applyWithInverse(doc.getText(), offsets) });
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** The text after `edits` (non-overlapping, as LSP requires), and the edits on it that give `text` back. */
export function applyWithInverse(text: string, edits: OffsetEdit[]): { text: string; restore: OffsetEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const restore: OffsetEdit[] = [];
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start);
    restore.push({ start: out.length, end: out.length + e.newText.length, newText: text.slice(e.start, e.end) });
    out += e.newText;
    pos = e.end;
  }
  return { text: out + text.slice(pos), restore };
}
