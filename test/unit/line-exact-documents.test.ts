// The server's copy of a document keeps the editor's line table for any mix of line endings:
// after any incremental change, lines and offsets are those of a fresh TextDocument of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineExactDocuments } from '../../server/src/lsp/line-exact-documents';

/** Every line start, as the document's line table says. */
function lineTable(doc: TextDocument): number[] {
  return Array.from({ length: doc.lineCount }, (_, line) => doc.offsetAt({ line, character: 0 }));
}

function assertSameLines(doc: TextDocument, context: string) {
  const fresh = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
  assert.deepEqual(lineTable(doc), lineTable(fresh), context);
}

/** Applies one incremental change given by offsets in the current text. */
function change(doc: TextDocument, start: number, end: number, text: string, version: number): TextDocument {
  const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
  return lineExactDocuments.update(doc, [{ range, text } as TextDocumentContentChangeEvent], version);
}

test('a \\n typed right after a lone \\r joins them into one line break, no phantom line', () => {
  const doc = lineExactDocuments.create('file:///a.rollout.yaml', 'rollout-plan', 1, 'a: 1\rb: 2\nc: 3\n');
  assert.equal(doc.lineCount, 4);
  change(doc, 5, 5, '\n', 2);
  assert.equal(doc.getText(), 'a: 1\r\nb: 2\nc: 3\n');
  assert.equal(doc.lineCount, 4);
  assertSameLines(doc, 'after the join');
  // and the next edit lands where the editor meant it: line 2 is `c: 3`
  lineExactDocuments.update(doc, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: 'd' }], 3);
  assert.equal(doc.getText(), 'a: 1\r\nb: 2\nd: 3\n');
});

test('a \\r typed before a \\n, deleting what separates \\r from \\n, splitting a \\r\\n: the line table stays exact', () => {
  const cases: [string, number, number, string][] = [
    ['a\nb\n', 1, 1, '\r'], // `\r` inserted before an existing `\n`
    ['a\rx\nb\n', 2, 3, ''], // `x` removed between `\r` and `\n`
    ['a\r\nb\n', 2, 2, 'x'], // a character inserted inside a `\r\n`
    ['a\r\nb\n', 2, 3, ''], // the `\n` of a `\r\n` removed
    ['a\r\nb\n', 1, 2, ''], // the `\r` of a `\r\n` removed
    ['a\rb\n', 2, 2, '\nc\r'], // text starting with `\n` after a `\r` and ending with `\r` before `b`
  ];
  for (const [text, start, end, inserted] of cases) {
    const doc = lineExactDocuments.create('file:///a.rollout.yaml', 'rollout-plan', 1, text);
    change(doc, start, end, inserted, 2);
    assertSameLines(doc, JSON.stringify([text, start, end, inserted]));
  }
});

test('random edits over mixed line endings keep the line table exact (property, fixed seeds)', () => {
  const pieces = ['\r', '\n', '\r\n', 'a', 'b: 1', ' ', '\u2028'];
  for (let seed = 1; seed <= 200; seed++) {
    let state = seed;
    const random = (n: number) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
    const word = (n: number) => Array.from({ length: n }, () => pieces[random(pieces.length)]).join('');
    const doc = lineExactDocuments.create('file:///a.rollout.yaml', 'rollout-plan', 1, word(12));
    for (let step = 0; step < 20; step++) {
      const length = doc.getText().length;
      const start = random(length + 1);
      const end = start + random(Math.min(3, length - start) + 1);
      const before = doc.getText();
      change(doc, start, end, word(random(3)), step + 2);
      assertSameLines(doc, `seed ${seed}, step ${step}: ${JSON.stringify(before)} [${start}, ${end})`);
    }
  }
});
