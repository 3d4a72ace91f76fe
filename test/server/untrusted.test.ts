// The server with untrusted input over stdio: a closed plan that is a FIFO or a link to /dev/zero,
// URIs that name no local file, a hostile exclude glob, and a config above the workspace folder.
// Every request answers (a hang fails the request's time bound) and the server keeps serving.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
const CONFIG = 'rollout-plan.config.json';
const WARNINGS = fs.readFileSync(path.join(ROOT, 'test/fixtures/defects/missing-owner.rollout.yaml'), 'utf8');
/**
 * The plan with its own `metadata.id` and wave champion: the plans of the workspace folder form one
 * programme, where copies of one plan would also be `duplicate-id` and `overloaded-champion`.
 */
const distinctPlan = (name: string) => WARNINGS.replace('id: signature-electronique', `id: ${name}`).replace(/\balice\b/g, `alice-${name}`);
const isWindows = process.platform === 'win32';
let client: LspClient;
/** holds a config turning missing-owner into an error, above the workspace folder `workspace` */
let outer: string;
let workspace: string;

before(async () => {
  outer = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-untrusted-'));
  workspace = path.join(outer, 'workspace');
  fs.mkdirSync(path.join(workspace, 'plans'), { recursive: true });
  fs.writeFileSync(path.join(outer, CONFIG), JSON.stringify({ rules: { 'missing-owner': 'error' } }));
  client = new LspClient();
  await client.initialize('en', [pathToFileURL(workspace).href]);
});
after(async () => {
  await client.stop();
  fs.rmSync(outer, { recursive: true, force: true });
});

/** A request that must answer within 2 s (a hang would otherwise stall the test run). */
async function answered<R>(method: string, params: unknown): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${method}: no answer in 2 s`)), 2000); });
  try {
    return await Promise.race([client.request<R>(method, params), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const readiness = (uris: string[]) => answered<{ plans: { uri: string; skipped?: string; plan?: unknown }[] }>('rolloutPlan/readiness', { uris });

test('a closed plan that is a FIFO or a link to /dev/zero answers "unreadable" at once; a regular one beside it is read', { skip: isWindows }, async () => {
  const fifo = path.join(workspace, 'plans', 'pipe.rollout.yaml');
  execFileSync('mkfifo', [fifo]);
  const zero = path.join(workspace, 'plans', 'zero.rollout.yaml');
  fs.symlinkSync('/dev/zero', zero);
  const ok = path.join(workspace, 'plans', 'ok.rollout.yaml');
  fs.writeFileSync(ok, distinctPlan('ok'));
  const result = await readiness([fifo, zero, ok].map(f => pathToFileURL(f).href));
  assert.deepEqual(result.plans.map(p => p.skipped ?? 'read'), ['unreadable', 'unreadable', 'read']);
});

test('a file://host/ URI and one with a malformed % escape still get diagnostics, with the default config', async () => {
  for (const uri of ['file://host/share/x.rollout.yaml', 'file:///tmp/bad%zz%2.rollout.yaml', 'file:///tmp/a%2Fb.rollout.yaml']) {
    await client.open(uri, WARNINGS);
    const published = await client.waitForPublish(uri, () => true, 2000);
    assert.equal(published.diagnostics.filter(d => d.code === 'missing-owner' && d.severity === 2).length, 5, uri);
    const answer = await readiness([uri]);
    assert.ok(answer.plans[0].plan, `${uri}: the open document's readiness`);
  }
});

test('a hostile exclude glob against a long plan name does not stall the readiness request', async () => {
  const folder = path.join(workspace, 'hostile');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, CONFIG), JSON.stringify({ exclude: ['*a*a*a*a*a*a*a*ab'] }));
  const plan = path.join(folder, `${'a'.repeat(150)}.rollout.yaml`);
  fs.writeFileSync(plan, distinctPlan('hostile'));
  const result = await readiness([pathToFileURL(plan).href]);
  assert.ok(result.plans[0].plan, 'not excluded, read and analysed');
});

test('a config above the workspace folder is ignored; one at its root applies', async () => {
  const file = path.join(workspace, 'plans', 'w.rollout.yaml');
  const uri = pathToFileURL(file).href;
  const text = distinctPlan('w');
  fs.writeFileSync(file, text);
  await client.open(uri, text);
  const first = await client.waitForPublish(uri, () => true);
  assert.ok(first.diagnostics.length === 5 && first.diagnostics.every(d => d.severity === 2), 'the config above (errors) is not used');
  fs.writeFileSync(path.join(workspace, CONFIG), JSON.stringify({ rules: { 'missing-owner': 'off' } }));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, CONFIG)).href, type: 1 }] });
  await client.waitForPublish(uri, p => p.diagnostics.length === 0);
});

test('when the workspace folders change, the boundary follows: the folder above becomes the workspace and its config applies', async () => {
  const uri = pathToFileURL(path.join(workspace, 'plans', 'w.rollout.yaml')).href;
  fs.rmSync(path.join(workspace, CONFIG));
  const folder = (dir: string) => ({ uri: pathToFileURL(dir).href, name: path.basename(dir) });
  await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder(outer)], removed: [folder(workspace)] } });
  await client.waitForPublish(uri, p => p.diagnostics.length === 5 && p.diagnostics.every(d => d.code === 'missing-owner' && d.severity === 1));
});
