// A repository's first build does not hold up the plan being edited (issue 18 item 6, issue 20):
// in a folder of many plans, the open plan's own diagnostics are published before the programme's
// files are all read, and its findings across plans follow, for the same version, once they are.
// A small folder publishes once, with both (no flicker where the first build is quick).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';
import { planWithoutOwner, planWithoutOwnerAfter } from './programme-plans';

const dirs: string[] = [];
const clients: LspClient[] = [];
after(async () => {
  await Promise.all(clients.map(c => c.stop()));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder of `plans` plans; the first one links to a phase plan p1 does not have. */
async function repository(plans: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-first-build-'));
  dirs.push(dir);
  const uris: string[] = [];
  for (let i = 0; i < plans; i++) {
    const file = path.join(dir, `p${String(i).padStart(3, '0')}.rollout.yaml`);
    fs.writeFileSync(file, i === 0 ? planWithoutOwnerAfter('p0', 'p1/nope') : planWithoutOwner(`p${i}`));
    uris.push(pathToFileURL(file).href);
  }
  const client = new LspClient();
  clients.push(client);
  await client.initialize('en', [pathToFileURL(dir).href]);
  return { client, uri: uris[0], text: planWithoutOwnerAfter('p0', 'p1/nope') };
}

const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map(d => String(d.code)).sort();

test('in a folder of 400 plans, the open plan\'s own diagnostics come first, then those across plans, same version', async () => {
  const { client, uri, text } = await repository(400);
  await client.open(uri, text, 1);
  const first = await client.waitForPublish(uri, p => p.version === 1);
  assert.deepEqual(codes(first), ['missing-owner'], 'its own finding, before the other plans are read');
  const full = await client.waitForPublish(uri, p => p.version === 1 && p !== first, 60_000);
  assert.deepEqual(codes(full), ['missing-owner', 'undefined-phase'], 'then the link to the other plan is checked');
  assert.match(JSON.stringify(full.diagnostics.find(d => d.code === 'undefined-phase')), /`p1` has no phase `nope`/);
});

test('in a folder of a few plans, the open plan is published once, with its findings across plans', async () => {
  const { client, uri, text } = await repository(5);
  await client.open(uri, text, 1);
  const first = await client.waitForPublish(uri, p => p.version === 1);
  assert.deepEqual(codes(first), ['missing-owner', 'undefined-phase']);
});

test('edits during the first build: each version\'s own diagnostics at once, then one publish across plans, of the version then current', async () => {
  const { client, uri, text } = await repository(400);
  const line = text.split('\n').indexOf('    title: Cadrage');
  await client.open(uri, text, 1);
  await client.waitForPublish(uri, p => p.version === 1);
  for (let version = 2; version <= 6; version++) {
    await client.change(uri, version, [{ range: { start: { line, character: 18 }, end: { line, character: 18 } }, text: 'x' }]);
    const own = await client.waitForPublish(uri, p => p.version === version);
    assert.deepEqual(codes(own), ['missing-owner'], 'published before the other plans are read');
  }
  const full = await client.waitForPublish(uri, p => codes(p).includes('undefined-phase'), 60_000);
  assert.equal(full.version, 6);
  // one more edit, once the programme is read: published in full at once, after any publish of the build's edits
  await client.change(uri, 7, [{ range: { start: { line, character: 18 }, end: { line, character: 18 } }, text: 'x' }]);
  await client.waitForPublish(uri, p => p.version === 7);
  const across = client.published.filter(p => p.uri === uri && p.version !== 7 && codes(p).includes('undefined-phase'));
  assert.equal(across.length, 1, 'the edits made while the programme was read are checked across plans once, not once each');
});

/** the server process's thread count (Linux), or undefined */
const threadsOf = (pid: number) => {
  const status = fs.existsSync(`/proc/${pid}/status`) ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const found = /^Threads:\s+(\d+)/m.exec(status);
  return found ? Number(found[1]) : undefined;
};

/** the highest nice value among the process's threads (Linux) */
const highestNice = (pid: number) => Math.max(0, ...fs.readdirSync(`/proc/${pid}/task`).map(task => {
  try {
    // the fields after the command's closing parenthesis: the nice value is the 17th
    return Number(fs.readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
  } catch {
    return 0; // the thread ended meanwhile
  }
}));

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) assert.fail(`timed out waiting: ${what}`);
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}

test('a folder of 400 plans is read with a second thread, at the lowest priority, which ends once the build is over', { skip: threadsOf(process.pid) === undefined && 'no /proc here' }, async () => {
  const { client, uri, text } = await repository(400);
  const pid = client.process.pid!;
  await client.open(uri, text, 1);
  let most = 0;
  let nice = 0;
  let done = false;
  void client.waitForPublish(uri, p => p.version === 1 && codes(p).includes('undefined-phase'), 60_000).then(() => { done = true; });
  await until(() => { most = Math.max(most, threadsOf(pid) ?? 0); nice = Math.max(nice, highestNice(pid)); return done; }, 'the findings across plans');
  assert.equal(nice, 19, 'the build\'s thread gives way to the one the editor talks to');
  // Node's own threads (its platform's, libuv's pool) never end: one fewer is the build's thread gone
  await until(() => threadsOf(pid)! < most, `the build's thread ends (${threadsOf(pid)} threads, ${most} during the build)`);
});
