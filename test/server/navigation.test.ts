// Navigation, outline and quick fixes over stdio, as an editor asks for them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Location, Range, SelectionRange, WorkspaceEdit } from 'vscode-languageserver-types';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const EXAMPLE = read('examples/parcours-commande.rollout.yaml');
let client: LspClient;
let capabilities: Record<string, unknown>;

before(async () => {
  client = new LspClient();
  capabilities = (await client.initialize()).capabilities;
});
after(() => client.stop());

const positionOf = (text: string, needle: string, at = 1) => TextDocument.create('x', 'x', 1, text).positionAt(text.indexOf(needle) + at);
const lineOf = (text: string, range: Range) => text.split('\n')[range.start.line];

test('the server announces definition, references, rename with prepare, symbols, folding, selection and quick fixes', () => {
  assert.equal(capabilities.definitionProvider, true);
  assert.equal(capabilities.referencesProvider, true);
  assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
  assert.ok(capabilities.documentSymbolProvider);
  assert.equal(capabilities.foldingRangeProvider, true);
  assert.equal(capabilities.selectionRangeProvider, true);
  assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
});

test('definition, references and rename of a criterion', async () => {
  const uri = 'file:///ws/nav.rollout.yaml';
  await client.open(uri, EXAMPLE, 1);
  const textDocument = { uri };
  const defs = await client.request<Location[]>('textDocument/definition', { textDocument, position: positionOf(EXAMPLE, 'taux-incidents]', 3) });
  assert.equal(defs.length, 1);
  assert.equal(lineOf(EXAMPLE, defs[0].range), '  taux-incidents:');
  const refs = await client.request<Location[]>('textDocument/references', { textDocument, position: defs[0].range.start, context: { includeDeclaration: true } });
  assert.equal(refs.length, 3);
  const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument, position: defs[0].range.start });
  assert.equal(prepared.placeholder, 'taux-incidents');
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument, position: defs[0].range.start, newName: 'incidents' });
  assert.equal(edit.changes![uri].length, 3);
  const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'rollout-plan', 1, EXAMPLE), edit.changes![uri]);
  assert.ok(!renamed.includes('taux-incidents') && renamed.includes('  incidents:'));
});

test('prepareRename and rename answer with an error message the editor can show', async () => {
  const uri = 'file:///ws/nav-refuse.rollout.yaml';
  await client.open(uri, EXAMPLE, 1);
  await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(EXAMPLE, 'title: Pilote', 3) }),
    (e: Error) => /Only ids can be renamed/.test(e.message));
  await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position: positionOf(EXAMPLE, 'nps-pilote:'), newName: 'Pas Un Id' }),
    (e: Error) => /not a valid id/.test(e.message));
});

test('document symbols, folding ranges and selection ranges', async () => {
  const uri = 'file:///ws/outline.rollout.yaml';
  await client.open(uri, EXAMPLE, 1);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.map(s => s.name), ['metadata', 'people', 'criteria', 'phases']);
  assert.equal(symbols[3].children![1].name, 'go-no-go — Réunion Go/No-Go');
  const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.some(f => lineOf(EXAMPLE, { start: { line: f.startLine, character: 0 }, end: { line: f.startLine, character: 0 } }) === 'phases:'));
  const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [positionOf(EXAMPLE, 'owner: samia', 9)] });
  assert.ok(sel.parent?.parent);
});

test('quick fixes for published diagnostics: applying one clears the diagnostic', async () => {
  const uri = 'file:///ws/fix.rollout.yaml';
  const text = read('test/fixtures/defects/missing-owner.rollout.yaml');
  await client.open(uri, text, 1);
  const published = await client.waitForPublish(uri, p => p.version === 1);
  const diagnostic = published.diagnostics.find(d => d.code === 'missing-owner' && /vague-rh/.test(String(d.message))) as Diagnostic;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  assert.deepEqual(actions.map(a => a.title), ['Set the champion to `ines` (Inès Robin)', 'Set the champion to `laurent` (Laurent Henry)', 'Set the champion to `alice` (Alice Morin)']);
  const edits = actions[2].edit!.changes![uri];
  await client.change(uri, 2, edits.map(e => ({ range: e.range, text: e.newText })));
  const after = await client.waitForPublish(uri, p => p.version === 2);
  assert.equal(after.diagnostics.filter(d => /vague-rh/.test(String(d.message))).length, 0);
  assert.equal(after.diagnostics.length, published.diagnostics.length - 1);
});
