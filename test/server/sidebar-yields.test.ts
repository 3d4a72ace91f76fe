// Typing never waits for the workspace (issues 18 and 20): while the sidebar's request for many
// plans is being answered, a keystroke's diagnostics are published before that request completes;
// a sidebar request the client cancels is answered "cancelled".
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { LspClient } from './lsp-client';
import { planWithoutOwner } from './programme-plans';

const PLANS = 150;
const dirs: string[] = [];
const clients: LspClient[] = [];
after(async () => {
  await Promise.all(clients.map(c => c.stop()));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A workspace folder of PLANS plans (each with one `missing-owner` warning), an editor on it. */
async function repository() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-scale-'));
  dirs.push(dir);
  const uris: string[] = [];
  for (let i = 0; i < PLANS; i++) {
    const file = path.join(dir, `p${i}.rollout.yaml`);
    fs.writeFileSync(file, planWithoutOwner(`p${i}`));
    uris.push(pathToFileURL(file).href);
  }
  const client = new LspClient();
  clients.push(client);
  await client.initialize('en', [pathToFileURL(dir).href]);
  return { client, uris };
}

type Readiness = { plans: { uri: string; plan?: { problems: { warnings: number } } }[] };

test('a keystroke\'s diagnostics are published before the sidebar\'s request for every plan completes', async () => {
  const { client, uris } = await repository();
  const edited = uris[0];
  const text = planWithoutOwner('p0');
  await client.open(edited, text, 1);
  await client.waitForPublish(edited, p => p.version === 1);

  let sidebarDone = false;
  const sidebar = client.request<Readiness>('rolloutPlan/readiness', { uris }).then(result => { sidebarDone = true; return result; });
  // the owner added: the warning goes, in the edited plan's next publish
  const line = text.split('\n').findIndex(l => l.includes('title: Cadrage'));
  await client.change(edited, 2, [{ range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, text: '    owner: someone\n' }]);
  // the sidebar asks for the edited plan meanwhile (as the client does 150 ms after a keystroke)
  let refreshed = false;
  const refresh = client.request<Readiness>('rolloutPlan/readiness', { uris: [uris[1]] }).then(() => { refreshed = true; });
  const published = await client.waitForPublish(edited, p => p.version === 2);
  assert.equal(sidebarDone, false, 'the edit did not wait for the sidebar');
  assert.equal(refreshed, false, 'the edit went before the background work asked after it');
  await refresh;
  assert.ok(!published.diagnostics.some(d => d.code === 'missing-owner'), JSON.stringify(published.diagnostics));

  const result = await sidebar;
  assert.equal(result.plans.length, PLANS, 'every plan answered');
  assert.ok(result.plans.slice(1).every(p => p.plan?.problems.warnings === 1), 'each closed plan with its warning');
});

test('a sidebar request the client cancels is answered "cancelled", and the server keeps serving', async () => {
  const { client, uris } = await repository();
  const source = new CancellationTokenSource();
  const sidebar = client.connection.sendRequest('rolloutPlan/readiness', { uris }, source.token);
  source.cancel();
  await assert.rejects(sidebar, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
  const after = await client.request<Readiness>('rolloutPlan/readiness', { uris: uris.slice(0, 2) });
  assert.equal(after.plans.length, 2);
});
