// Plans of one programme live together in the editor (issue 18): editing one plan re-publishes the
// other open plans of its programme, each with its own version, after the edited one; a closed plan
// is published only with `rolloutPlans.diagnostics.closedPlans`; a plan file created or deleted on
// disk re-checks the open plans; `undefined-phase` on b's `after: [a/x]` follows a's phases.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { LspClient } from './lsp-client';
import { PLAN_A, PLAN_B, planWithoutOwnerAfter } from './programme-plans';

const dirs: string[] = [];
const clients: LspClient[] = [];
after(async () => {
  await Promise.all(clients.map(c => c.stop()));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A workspace folder holding `files`, and an editor on it. */
async function workspace(files: Record<string, string>, settings: Record<string, unknown> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-programme-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const client = new LspClient();
  clients.push(client);
  await client.initialize('en', [pathToFileURL(dir).href], settings);
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  return { dir, client, uri };
}

/** Appends a comment line to an open plan: a change that alters no finding. */
const comment = (client: LspClient, uri: string, version: number, line: number) =>
  client.change(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '# note\n' }]);

/** b's line `after: [a/x]`: the link to plan a's phase x */
const LINK_LINE = PLAN_B.split('\n').findIndex(l => l.includes('after: [a/x]'));
const undefinedPhaseOnLink = (p: PublishDiagnosticsParams) => p.diagnostics.filter(d => d.code === 'undefined-phase' && d.range.start.line === LINK_LINE);

test('editing one open plan re-publishes the other plan of its programme, after it, with the other plan\'s own version', async () => {
  const { client, uri } = await workspace({ 'a.rollout.yaml': PLAN_A, 'b.rollout.yaml': PLAN_B });
  await client.open(uri('a.rollout.yaml'), PLAN_A, 3);
  await client.open(uri('b.rollout.yaml'), PLAN_B, 7);
  await client.waitForPublish(uri('a.rollout.yaml'), p => p.version === 3);
  await client.waitForPublish(uri('b.rollout.yaml'), p => p.version === 7);

  const before = client.seen;
  await comment(client, uri('a.rollout.yaml'), 4, 0);
  const edited = await client.waitForPublish(uri('a.rollout.yaml'), p => client.since(before)(p) && p.version === 4);
  const other = await client.waitForPublish(uri('b.rollout.yaml'), client.since(before));
  assert.equal(other.version, 7, 'b was not edited: its version stays');
  assert.ok(client.published.indexOf(edited) < client.published.indexOf(other), 'the plan being edited is published first');

  // a burst of edits in a: b is re-published again, still at its own version, and a ends on its latest
  const burst = client.seen;
  for (let v = 5; v <= 8; v++) await comment(client, uri('a.rollout.yaml'), v, 0);
  await client.waitForPublish(uri('a.rollout.yaml'), p => client.since(burst)(p) && p.version === 8);
  assert.equal((await client.waitForPublish(uri('b.rollout.yaml'), client.since(burst))).version, 7);
  // and the other way round: editing b re-publishes a at its version
  const back = client.seen;
  await comment(client, uri('b.rollout.yaml'), 8, 0);
  assert.equal((await client.waitForPublish(uri('a.rollout.yaml'), client.since(back))).version, 8);
});

test('a closed plan of the programme is not published by default', async () => {
  // dependents are re-checked in URI order: b (open) comes after 0-closed, so b's re-publish means 0-closed was passed over
  const { client, uri } = await workspace({ 'a.rollout.yaml': PLAN_A, 'b.rollout.yaml': PLAN_B, '0-closed.rollout.yaml': planWithoutOwnerAfter('c', 'a/x') });
  await client.open(uri('a.rollout.yaml'), PLAN_A, 1);
  await client.open(uri('b.rollout.yaml'), PLAN_B, 1);
  await client.waitForPublish(uri('b.rollout.yaml'), () => true);
  const before = client.seen;
  await comment(client, uri('a.rollout.yaml'), 2, 0);
  await client.waitForPublish(uri('b.rollout.yaml'), client.since(before));
  assert.deepEqual(client.published.filter(p => p.uri === uri('0-closed.rollout.yaml')), []);
});

test('with rolloutPlans.diagnostics.closedPlans, a closed plan the edit affects is published (no version); turning it off clears it', async () => {
  const { client, uri } = await workspace({ 'a.rollout.yaml': PLAN_A, 'c.rollout.yaml': planWithoutOwnerAfter('c', 'a/x') }, { closedPlans: true });
  await client.open(uri('a.rollout.yaml'), PLAN_A, 1);
  const closed = await client.waitForPublish(uri('c.rollout.yaml'), p => p.diagnostics.length > 0);
  assert.equal(closed.version, undefined, 'a closed plan has no editor version');
  assert.ok(closed.diagnostics.some(d => d.code === 'missing-owner'), JSON.stringify(closed.diagnostics.map(d => d.code)));

  const before = client.seen;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rolloutPlans: { diagnostics: { closedPlans: false } } } });
  await client.waitForPublish(uri('c.rollout.yaml'), p => client.since(before)(p) && p.diagnostics.length === 0);

  // opened, it is the editor's document: published with its version
  await client.open(uri('c.rollout.yaml'), planWithoutOwnerAfter('c', 'a/x'), 5);
  assert.ok((await client.waitForPublish(uri('c.rollout.yaml'), p => p.version === 5)).diagnostics.length > 0);
});

test('a plan file created, renamed or deleted on disk re-checks the open plans of its programme; a deleted closed plan is cleared', async () => {
  const { dir, client, uri } = await workspace({ 'a.rollout.yaml': PLAN_A }, { closedPlans: true });
  await client.open(uri('a.rollout.yaml'), PLAN_A, 2);
  await client.waitForPublish(uri('a.rollout.yaml'), p => p.version === 2);

  const created = client.seen;
  fs.writeFileSync(path.join(dir, 'c.rollout.yaml'), planWithoutOwnerAfter('c', 'a/x'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('c.rollout.yaml'), type: 1 }] });
  assert.equal((await client.waitForPublish(uri('a.rollout.yaml'), client.since(created))).version, 2);
  await client.waitForPublish(uri('c.rollout.yaml'), p => client.since(created)(p) && p.diagnostics.length > 0);

  // renamed: the old name is cleared, the new one published
  const renamed = client.seen;
  fs.renameSync(path.join(dir, 'c.rollout.yaml'), path.join(dir, 'd.rollout.yaml'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('c.rollout.yaml'), type: 3 }, { uri: uri('d.rollout.yaml'), type: 1 }] });
  await client.waitForPublish(uri('c.rollout.yaml'), p => client.since(renamed)(p) && p.diagnostics.length === 0);
  await client.waitForPublish(uri('d.rollout.yaml'), p => client.since(renamed)(p) && p.diagnostics.length > 0);

  const deleted = client.seen;
  fs.rmSync(path.join(dir, 'd.rollout.yaml'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('d.rollout.yaml'), type: 3 }] });
  await client.waitForPublish(uri('d.rollout.yaml'), p => client.since(deleted)(p) && p.diagnostics.length === 0);
  assert.equal((await client.waitForPublish(uri('a.rollout.yaml'), client.since(deleted))).version, 2);
});

test('undefined-phase on b\'s `after: [a/x]` appears when a loses phase x, and goes when a has it again', async () => {
  const { client, uri } = await workspace({ 'a.rollout.yaml': PLAN_A, 'b.rollout.yaml': PLAN_B });
  await client.open(uri('a.rollout.yaml'), PLAN_A, 1);
  await client.open(uri('b.rollout.yaml'), PLAN_B, 4);
  assert.deepEqual(undefinedPhaseOnLink(await client.waitForPublish(uri('b.rollout.yaml'), p => p.version === 4)), []);

  const line = PLAN_A.split('\n').findIndex(l => l.includes('- id: x'));
  const col = PLAN_A.split('\n')[line].indexOf('x');
  const rename = (version: number, from: string, to: string) => client.change(uri('a.rollout.yaml'), version, [
    { range: { start: { line, character: col }, end: { line, character: col + from.length } }, text: to },
  ]);
  const lost = client.seen;
  await rename(2, 'x', 'w');
  const broken = await client.waitForPublish(uri('b.rollout.yaml'), p => client.since(lost)(p) && undefinedPhaseOnLink(p).length > 0);
  assert.equal(broken.version, 4);
  const regained = client.seen;
  await rename(3, 'w', 'x');
  const fixed = await client.waitForPublish(uri('b.rollout.yaml'), p => client.since(regained)(p) && undefinedPhaseOnLink(p).length === 0);
  assert.equal(fixed.version, 4);
});

test('a plan file created while the setting is off, the setting turned on, then an edit that breaks its link: the closed plan shows the problem', async () => {
  const { dir, client, uri } = await workspace({ 'a.rollout.yaml': PLAN_A });
  await client.open(uri('a.rollout.yaml'), PLAN_A, 1);
  await client.waitForPublish(uri('a.rollout.yaml'), p => p.version === 1);
  fs.writeFileSync(path.join(dir, 'late.rollout.yaml'), PLAN_B.replace('id: b', 'id: late'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('late.rollout.yaml'), type: 1 }] });
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rolloutPlans: { diagnostics: { closedPlans: true } } } });
  const line = PLAN_A.split('\n').findIndex(l => l.includes('- id: x'));
  const col = PLAN_A.split('\n')[line].indexOf('x');
  const broken = client.seen;
  await client.change(uri('a.rollout.yaml'), 2, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: 'w' }]);
  await client.waitForPublish(uri('late.rollout.yaml'), p => client.since(broken)(p) && undefinedPhaseOnLink(p).length > 0);
});

test('a plan file the sidebar asks about before the watcher\'s (delayed) event still shows the problem an edit makes, after it was published once', async () => {
  const { dir, client, uri } = await workspace({ 'a.rollout.yaml': PLAN_A });
  await client.open(uri('a.rollout.yaml'), PLAN_A, 1);
  await client.waitForPublish(uri('a.rollout.yaml'), p => p.version === 1);
  fs.writeFileSync(path.join(dir, 'late.rollout.yaml'), PLAN_B.replace('id: b', 'id: late'));
  // VS Code's language client sends file events 250 ms late; the sidebar asks at once
  await client.request('rolloutPlan/readiness', { uris: [uri('late.rollout.yaml')] });
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('late.rollout.yaml'), type: 1 }] });
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rolloutPlans: { diagnostics: { closedPlans: true } } } });
  // published (and then forgotten by the service) before the edit
  await client.waitForPublish(uri('late.rollout.yaml'), () => true);
  const line = PLAN_A.split('\n').findIndex(l => l.includes('- id: x'));
  const col = PLAN_A.split('\n')[line].indexOf('x');
  const broken = client.seen;
  await client.change(uri('a.rollout.yaml'), 2, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: 'w' }]);
  await client.waitForPublish(uri('late.rollout.yaml'), p => client.since(broken)(p) && undefinedPhaseOnLink(p).length > 0);
});
