// A repository's first build with its closed files prepared on another thread (LanguageServiceOptions
// .offload; the Node server's worker thread, node/prepare-thread.ts): the sidebar, the diagnostics
// and the programme are the same as when the service's own thread prepares every file, a file the
// other thread could not prepare is prepared here, and an open plan edited meanwhile keeps its edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createLanguageService, FilePreparer, preparedFromJson, type Offload, type PrepareRequest } from '../../server/src/service';
import { docOf, planFiles, TODAY } from './helpers';
import { MemoryWorkspace } from './memory-workspace';
import { planText, programmeText } from './programme-helpers';

const FOLDER = 'file:///repo/';
const uriOf = (i: number) => `${FOLDER}plan-${String(i).padStart(3, '0')}.rollout.yaml`;

/** A programme of 150 plans (more than a first build reads before it publishes a plan's own findings first) with findings across plans. */
function repository(): Record<string, string> {
  const files: Record<string, string> = {
    [`${FOLDER}programme.rollout.yaml`]: programmeText('groupe', { people: ['pm', 'ana'], freezes: [{ id: 'gel', start: '2027-01-04', end: '2027-01-08' }] }),
  };
  for (let i = 0; i < 150; i++) {
    const after = i % 10 === 1 ? [`plan-${i - 1}/bascule`] : i % 25 === 7 ? ['plan-absent/bascule'] : [];
    files[uriOf(i)] = planText(`plan-${i}`, [
      { id: 'pilote', owner: i % 3 === 0 ? 'ana' : 'nobody', start: '2027-01-01', end: '2027-01-20' },
      { id: 'bascule', window: ['2027-01-05', '2027-01-06'], after },
    ]);
  }
  // the examples: whole plans, in French too, with every kind of section
  for (const file of planFiles('examples')) files[`${FOLDER}examples/${file.split('/').pop()}`] = fs.readFileSync(file, 'utf8');
  return files;
}

/** The other thread, here: the same FilePreparer, its JSON read back, a turn later. */
function inProcess(refuse: (request: PrepareRequest) => boolean = () => false): Offload & { asked: string[] } {
  const preparer = new FilePreparer();
  const asked: string[] = [];
  const offload = async (request: PrepareRequest) => {
    asked.push(request.uri);
    await new Promise(resolve => setImmediate(resolve));
    return refuse(request) ? undefined : preparedFromJson(preparer.prepare(request), request.uri);
  };
  return Object.assign(offload, { asked });
}

/** What a user sees of the repository: the sidebar of every plan, then each plan's diagnostics. */
async function seen(offload?: Offload) {
  const files = repository();
  const workspace = new MemoryWorkspace(files);
  const service = createLanguageService({ workspace, locale: 'fr', today: () => TODAY, offload });
  const uris = Object.keys(files).sort();
  const readiness = await service.readiness(uris);
  const diagnostics = [];
  for (const uri of uris) diagnostics.push(await service.diagnostics(docOf(files[uri], uri, 0)));
  return { readiness, diagnostics, programme: await service.programme(uriOf(0)) };
}

test('a first build prepared on another thread gives the same sidebar, diagnostics and programme as one prepared here', async () => {
  const here = await seen();
  const offload = inProcess();
  const elsewhere = await seen(offload);
  assert.ok(offload.asked.length >= 150, `the other thread prepared the closed files (${offload.asked.length})`);
  for (const code of ['undefined-phase', 'go-live-in-freeze', 'overlapping-go-lives']) assert.ok(here.diagnostics.some(d => d.some(x => x.code === code)), `the repository has ${code} across plans`);
  assert.deepEqual(elsewhere.readiness, here.readiness);
  assert.deepEqual(elsewhere.diagnostics, here.diagnostics);
  assert.deepEqual(elsewhere.programme, here.programme);
});

test('a file the other thread could not prepare (it ran out of memory, it failed) is prepared here, with the same results', async () => {
  const here = await seen();
  const offload = inProcess(request => request.uri.endsWith('5.rollout.yaml'));
  assert.deepEqual(await seen(offload), here);
});

test('an open plan edited while its file is prepared on another thread keeps its edit in the programme', async () => {
  const files = repository();
  const workspace = new MemoryWorkspace(files);
  const edited = uriOf(20);
  let release = () => undefined as void;
  const held = new Promise<void>(resolve => (release = resolve));
  const preparer = new FilePreparer();
  // the edited plan's file, as read before it was opened, comes back from the other thread last
  const offload: Offload = async request => {
    if (request.uri === edited) await held;
    return preparedFromJson(preparer.prepare(request), request.uri);
  };
  const service = createLanguageService({ workspace, today: () => TODAY, offload });
  const reading = service.programme(uriOf(0));
  await new Promise(resolve => setTimeout(resolve, 0));
  // the user opens the plan and links it to plan-0's phase while the build is under way
  const linked = planText('plan-20', [{ id: 'pilote', owner: 'ana' }, { id: 'bascule', window: ['2027-01-05', '2027-01-06'], after: ['plan-0/bascule'] }]);
  workspace.files.set(edited, linked);
  workspace.open.set(edited, 1);
  const first = await service.ownDiagnosticsFirst(docOf(linked, edited, 1));
  assert.ok(first, 'a first build of 150 files publishes the plan\'s own diagnostics first');
  release();
  await reading;
  const programme = await service.programme(edited);
  const summary = programme.plans.find(p => p.uri === edited);
  assert.deepEqual(summary?.phases.find(p => p.id === 'bascule')?.after.map(a => a.value), ['plan-0/bascule'], 'the edit, not the file as read');
});
