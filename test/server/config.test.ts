// The nearest rollout-plan.config.json applies to a plan, and changing it re-checks open plans
// at once, without a reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
let client: LspClient;
let dir: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-config-'));
  fs.mkdirSync(path.join(dir, 'plans'));
  client = new LspClient();
  await client.initialize('en', [pathToFileURL(dir).href]);
});
after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a config in a parent folder turns a check off, and editing it brings the check back', async () => {
  const configFile = path.join(dir, 'rollout-plan.config.json');
  fs.writeFileSync(configFile, JSON.stringify({ rules: { 'missing-owner': 'off' } }));
  const file = path.join(dir, 'plans', 'plan.rollout.yaml');
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/defects/missing-owner.rollout.yaml'), 'utf8');
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  await client.open(uri, text, 1);
  const first = await client.waitForPublish(uri, () => true);
  assert.deepEqual(first.diagnostics.map(d => d.code), []);

  fs.writeFileSync(configFile, JSON.stringify({ rules: { 'missing-owner': 'error' } }));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile).href, type: 2 }] });
  const second = await client.waitForPublish(uri, p => p.diagnostics.length > 0);
  assert.ok(second.diagnostics.every(d => d.code === 'missing-owner' && d.severity === 1));
});
