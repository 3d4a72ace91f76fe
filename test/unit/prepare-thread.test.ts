// The Node server's thread for a repository's first build (server/src/node/prepare-thread.ts), from
// the main thread's side: a file it could not prepare is answered undefined (the main thread then
// prepares it), and a thread that keeps failing is not started again for every file.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preparingThreads } from '../../server/src/node/prepare-thread';
import { FilePreparer, preparedFromJson } from '../../server/src/service';
import { planFiles } from './helpers';
import { planText } from './programme-helpers';

/** dist/server.js: off the main thread it prepares files */
const SERVER = path.join(__dirname, '../../server.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-prepare-thread-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const request = (i: number, text = 'kind: RolloutPlan\n') => ({ uri: `file:///repo/p${i}.rollout.yaml`, text, locale: 'fr' as const, today: '2026-11-28', withView: true });

test('the server\'s thread prepares a plan as the service prepares it in process: summary, view and own findings', async () => {
  const offload = preparingThreads(SERVER, 1);
  // the examples, and a plan with findings of its own (an owner not in its people)
  const texts = [...planFiles('examples').map(file => fs.readFileSync(file, 'utf8')), planText('p', [{ id: 'pilote', owner: 'nobody' }], { people: ['pm'] })];
  const prepared = await Promise.all(texts.map((text, i) => offload(request(i, text))));
  const here = new FilePreparer();
  texts.forEach((text, i) => assert.deepEqual(prepared[i], preparedFromJson(here.prepare(request(i, text)), request(i).uri)));
  assert.deepEqual(prepared.map(p => [p?.summary.kind, p?.view !== undefined]).sort(), [['plan', true], ['plan', true], ['plan', true], ['plan', true], ['plan', true], ['programme', false]], 'each plan with its view, the programme file without');
  assert.deepEqual(prepared.at(-1)?.findings?.map(f => f.code), ['undefined-person', 'pilot-without-criteria'], 'and a plan\'s own findings');
});

test('a thread that fails as it starts: every file is left to the main thread, and it is started three times at most', async () => {
  const starts = path.join(dir, 'starts.log');
  const failing = path.join(dir, 'failing.js');
  fs.writeFileSync(failing, `require('node:fs').appendFileSync(${JSON.stringify(starts)}, 'x'); throw new Error('no thread here');\n`);
  const offload = preparingThreads(failing, 1);
  for (let i = 0; i < 8; i++) assert.equal(await offload(request(i)), undefined, `file ${i} is left to the main thread`);
  assert.equal(fs.readFileSync(starts, 'utf8'), 'xxx');
});

test('a thread that cannot be made at all (no such file): the files are left to the main thread', async () => {
  const offload = preparingThreads(path.join(dir, 'absent.js'), 1);
  for (let i = 0; i < 4; i++) assert.equal(await offload(request(i)), undefined);
});
