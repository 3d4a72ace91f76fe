// Line endings over stdio: an editor that keeps lone `\r` (the LSP splits lines on \n, \r\n and \r)
// sends a `\n` right after one; the server's copy must keep the editor's lines, so its diagnostics
// and the editor's next edits land where a fresh document of the same text says.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { LspClient } from './lsp-client';

let client: LspClient;

before(async () => {
  client = new LspClient();
  await client.initialize();
});
after(() => client.stop());

test('a \\n inserted right after a lone \\r: diagnostics and the next edit land on the editor\'s lines', async () => {
  const uri = 'file:///ws/lone-cr.rollout.yaml';
  const text = 'apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata:\n  id: p\n  title: P\r\nphases:\n  - id: a\n    type: definition\n    title: A\n';
  const withCr = text.replace('title: P\r\n', 'title: P\r');
  const mirror = TextDocument.create(uri, 'rollout-plan', 1, withCr);
  await client.open(uri, withCr, 1);
  await client.waitForPublish(uri, p => p.version === 1);

  // the editor inserts `\n` right after the lone `\r` of line 4 (`  title: P`)
  const join = { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '\n' };
  TextDocument.update(mirror, [join], 2);
  assert.equal(mirror.getText(), text);
  await client.change(uri, 2, [join]);
  const joined = await client.waitForPublish(uri, p => p.version === 2);
  const expected = (doc: TextDocument) => new RolloutPlanService({ locale: 'en' }).diagnostics(TextDocument.create(uri, 'rollout-plan', doc.version, doc.getText()));
  const fresh = TextDocument.create(uri, 'rollout-plan', 2, text);
  assert.deepEqual(joined.diagnostics, expected(fresh));
  assert.equal(joined.diagnostics.find(d => d.code === 'missing-owner')?.range.start.line, 6, 'the phase `a` is on line 6');

  // the next edit is addressed with the editor's lines: `type: definition` → `type: bogus`
  const line = fresh.getText().split('\n').findIndex(l => l.includes('type: definition'));
  const retype = { range: { start: { line, character: 10 }, end: { line, character: 20 } }, text: 'bogus' };
  const next = TextDocument.create(uri, 'rollout-plan', 3, TextDocument.applyEdits(fresh, [{ range: retype.range, newText: retype.text }]));
  await client.change(uri, 3, [retype]);
  const retyped = await client.waitForPublish(uri, p => p.version === 3);
  assert.ok(next.getText().includes('    type: bogus\n'));
  assert.deepEqual(retyped.diagnostics, expected(next));
  assert.equal(retyped.diagnostics.find(d => d.code === 'schema')?.range.start.line, line);
});
