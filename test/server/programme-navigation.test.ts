// Navigation across plans over stdio: a `plan/phase` link's definition lands in a plan file no editor
// has open (read from disk), and a workspace symbol query finds phases of every plan of the folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, SymbolInformation } from 'vscode-languageserver-types';
import { LspClient } from './lsp-client';

const ERP = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: erp-finance
  title: ERP Finance
phases:
  - id: cadrage
    type: definition
  - id: bascule
    type: go-live
    title: Bascule ERP
`;
const CRM = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: crm
  title: CRM Ventes
phases:
  - id: pilote
    type: pilot
    after: [erp-finance/bascule]
`;

let client: LspClient;
let dir: string;
const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-programme-'));
  fs.writeFileSync(path.join(dir, 'erp.rollout.yaml'), ERP);
  fs.writeFileSync(path.join(dir, 'crm.rollout.yaml'), CRM);
  client = new LspClient();
  await client.initialize('en', [pathToFileURL(dir).href]);
});
after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the server announces workspace symbols', async () => {
  const fresh = new LspClient();
  try {
    assert.equal((await fresh.initialize()).capabilities.workspaceSymbolProvider, true);
  } finally {
    await fresh.stop();
  }
});

test('definition of a plan/phase link opens the phase in a plan file that is not open', async () => {
  const uri = uriOf('crm.rollout.yaml');
  await client.open(uri, CRM, 1);
  const position = TextDocument.create(uri, 'x', 1, CRM).positionAt(CRM.indexOf('erp-finance/bascule') + 14);
  const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position });
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, uriOf('erp.rollout.yaml'));
  assert.equal(TextDocument.create(defs[0].uri, 'x', 1, ERP).getText(defs[0].range), 'bascule');
  assert.equal(defs[0].range.start.line, 8);
});

test('a workspace symbol query finds the phases of every plan of the folder', async () => {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'bascule' });
  assert.deepEqual(symbols.map(s => [s.name, s.containerName, s.location.uri]), [['bascule — Bascule ERP', 'erp-finance', uriOf('erp.rollout.yaml')]]);
  const plans = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'ventes' });
  assert.deepEqual(plans.map(s => s.name), ['crm — CRM Ventes']);
});
