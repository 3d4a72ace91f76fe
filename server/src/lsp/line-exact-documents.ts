// The documents' configuration for the server's TextDocuments manager: TextDocument, with an
// update that keeps the line table exact for any mix of line endings.
//
// TextDocument's incremental update recomputes line offsets only inside the changed text. A change
// that joins a `\r` with a `\n` across its edges (a `\n` typed right after a lone `\r`), or splits a
// `\r\n`, changes how many line breaks the text around it has: the library counts a phantom line,
// diagnostics shift and the editor's next edits land on the wrong line. Such a change (rare: only
// editors that keep lone `\r`) is applied as a full-text change, which recomputes the line table;
// every other change stays incremental.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

const CR = 13;
const LF = 10;

/** Whether replacing [start, end) of `text` by `inserted` joins or splits a `\r\n` at the change's edges. */
function changesLineBreaks(text: string, start: number, end: number, inserted: string): boolean {
  const isCrLf = (before: number, after: number) => before === CR && after === LF;
  const first = inserted.length > 0 ? inserted.charCodeAt(0) : text.charCodeAt(end);
  const last = inserted.length > 0 ? inserted.charCodeAt(inserted.length - 1) : text.charCodeAt(start - 1);
  return isCrLf(text.charCodeAt(start - 1), text.charCodeAt(start)) // splits a `\r\n` at the start
    || isCrLf(text.charCodeAt(end - 1), text.charCodeAt(end)) // or at the end
    || isCrLf(text.charCodeAt(start - 1), first) // joins a `\r` before the change with a `\n`
    || isCrLf(last, text.charCodeAt(end)); // joins a `\r` with a `\n` after the change
}

export const lineExactDocuments = {
  create: TextDocument.create,
  update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    if (changes.length === 0) TextDocument.update(doc, [], version);
    for (const change of changes) {
      if (!('range' in change)) {
        TextDocument.update(doc, [change], version);
        continue;
      }
      const a = doc.offsetAt(change.range.start);
      const b = doc.offsetAt(change.range.end);
      const [start, end] = a <= b ? [a, b] : [b, a];
      const text = doc.getText();
      if (changesLineBreaks(text, start, end, change.text)) {
        TextDocument.update(doc, [{ text: text.slice(0, start) + change.text + text.slice(end) }], version);
      } else TextDocument.update(doc, [change], version);
    }
    return doc;
  },
};
