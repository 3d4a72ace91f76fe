// The language server over stdio, driven as an editor drives it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
let client: LspClient;

before(async () => {
  client = new LspClient();
  const init = await client.initialize();
  assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 });
});
after(() => client.stop());

test('an example plan is published clean, with its version', async () => {
  const uri = 'file:///ws/parcours-commande.rollout.yaml';
  await client.open(uri, read('examples/parcours-commande.rollout.yaml'), 3);
  const p = await client.waitForPublish(uri, () => true);
  assert.equal(p.version, 3);
  assert.deepEqual(p.diagnostics, []);
});

test('a broken line is published as yaml-syntax on that line, and an incremental fix clears it', async () => {
  const uri = 'file:///ws/broken.rollout.yaml';
  const text = read('test/fixtures/broken-syntax.rollout.yaml');
  const line = text.split('\n').findIndex(l => l.includes('after: [cadrage}'));
  await client.open(uri, text, 1);
  const broken = await client.waitForPublish(uri, p => p.version === 1);
  const syntax = broken.diagnostics.filter(d => d.code === 'yaml-syntax');
  assert.equal(syntax.length, 1);
  assert.equal(syntax[0].range.start.line, line);
  assert.equal(syntax[0].source, 'rollout-plan');
  assert.match(String(syntax[0].codeDescription?.href), /checks\.md#yaml-syntax$/);
  const col = text.split('\n')[line].indexOf('}');
  await client.change(uri, 2, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: ']' }]);
  const fixed = await client.waitForPublish(uri, p => p.version === 2);
  assert.deepEqual(fixed.diagnostics.filter(d => d.code === 'yaml-syntax'), []);
  assert.ok(fixed.diagnostics.length > 0, 'the rest of the plan is still checked (its phases have no owner)');
});

test('an edit that introduces an error shows it, and a burst of edits ends on the latest version', async () => {
  const uri = 'file:///ws/burst.rollout.yaml';
  const text = read('examples/intune-pilote.rollout.yaml');
  const lines = text.split('\n');
  const line = lines.findIndex(l => /^\s+type: pilot\s*$/.test(l));
  const col = lines[line].indexOf('pilot');
  await client.open(uri, text, 1);
  await client.waitForPublish(uri, p => p.version === 1);
  // type "pilot" → "pliot" one keystroke at a time, without waiting in between
  const edits = [
    { range: { start: { line, character: col + 1 }, end: { line, character: col + 2 } }, text: '' }, // pilot → pliot step 1: "pilot" → "plot"
    { range: { start: { line, character: col + 2 }, end: { line, character: col + 2 } }, text: 'i' }, // "plot" → "pliot"
  ];
  await client.change(uri, 2, [edits[0]]);
  await client.change(uri, 3, [edits[1]]);
  const shown = await client.waitForPublish(uri, p => p.version === 3);
  const schema = shown.diagnostics.filter(d => d.code === 'schema');
  assert.equal(schema.length, 1, JSON.stringify(shown.diagnostics));
  assert.equal(schema[0].range.start.line, line);
  assert.match(String(schema[0].message), /`pliot`.*did you mean `pilot`/);
  assert.ok(!client.published.some(p => p.uri === uri && (p.version ?? 0) > 3));
});

test('the server survives binary junk, an empty file and a deeply nested document', async () => {
  const junk = 'file:///ws/junk.rollout.yaml';
  await client.open(junk, 'apiVersion: \u0000\u0001\u0002\uFFFD', 1);
  const p = await client.waitForPublish(junk, () => true);
  assert.equal(p.diagnostics[0].code, 'yaml-syntax');
  const empty = 'file:///ws/empty.rollout.yaml';
  await client.open(empty, '', 1);
  const e = await client.waitForPublish(empty, () => true);
  assert.ok(e.diagnostics.some(d => d.code === 'schema' && /apiVersion/.test(String(d.message))));
  const deep = 'file:///ws/deep.rollout.yaml';
  await client.open(deep, `${'['.repeat(5000)}${']'.repeat(5000)}`, 1);
  const d = await client.waitForPublish(deep, () => true);
  assert.ok(d.diagnostics.length > 0);
});

test('closing a document clears its diagnostics', async () => {
  const uri = 'file:///ws/closing.rollout.yaml';
  await client.open(uri, 'kind: RolloutPlan\n', 1);
  await client.waitForPublish(uri, p => p.diagnostics.length > 0);
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await client.waitForPublish(uri, p => p.diagnostics.length === 0);
});
