// Completion and hover over stdio, as an editor asks for them: trigger characters announced,
// keys, enum values and references answered on an open (and edited) plan, hover on a reference.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-types';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/intune-pilote.rollout.yaml'), 'utf8');
let client: LspClient;
let capabilities: Record<string, unknown>;

before(async () => {
  client = new LspClient();
  capabilities = (await client.initialize('fr')).capabilities;
});
after(() => client.stop());

const complete = (uri: string, line: number, character: number) =>
  client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

test('the server announces completion with its trigger characters, and hover', () => {
  assert.deepEqual(capabilities.completionProvider, { triggerCharacters: [':', ' ', '-', '[', ','], resolveProvider: false });
  assert.equal(capabilities.hoverProvider, true);
});

test('enum values, then references after an edit, in the server locale', async () => {
  const uri = 'file:///ws/completion.rollout.yaml';
  await client.open(uri, EXAMPLE, 1);
  const lines = EXAMPLE.split('\n');
  const typeLine = lines.findIndex(l => /^ {4}type: pilot$/.test(l));
  const types = await complete(uri, typeLine, lines[typeLine].length);
  assert.ok(types);
  assert.deepEqual(types.items.map(i => i.label), ['definition', 'planning', 'pilot', 'gate', 'go-live', 'scale-up', 'generalization', 'run']);
  assert.doesNotMatch(JSON.stringify(types.items[2].documentation), /Pilot: test at small scale/, 'documentation in French');

  // add `exitCriteria: [taux-enrolement, ]` under the pilot's type and complete inside the list
  const text = '\n    exitCriteria: [taux-enrolement, ]';
  await client.change(uri, 2, [{ range: { start: { line: typeLine, character: lines[typeLine].length }, end: { line: typeLine, character: lines[typeLine].length } }, text }]);
  const refs = await complete(uri, typeLine + 1, '    exitCriteria: [taux-enrolement, '.length);
  assert.ok(refs);
  const labels = refs.items.map(i => i.label);
  assert.ok(labels.includes('tickets-support') && labels.includes('satisfaction-pilote'), labels.join(', '));
  assert.ok(!labels.includes('taux-enrolement'), 'already listed');
  assert.match(String(refs.items[0].detail), /Cible|atteint|mesuré/);
});

test('hover on a person reference shows the person', async () => {
  const uri = 'file:///ws/hover.rollout.yaml';
  await client.open(uri, EXAMPLE, 1);
  const lines = EXAMPLE.split('\n');
  const line = lines.findIndex(l => /^ {2}owner: claire$/.test(l));
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } });
  assert.ok(h);
  assert.match((h.contents as MarkupContent).value, /Claire Martin/);
  assert.match((h.contents as MarkupContent).value, /Rôle\u00a0: Cheffe de projet/);
});

test('an unknown document gets no completion rather than an error', async () => {
  const result = await complete('file:///ws/not-open.rollout.yaml', 0, 0);
  assert.equal(result, null);
});
