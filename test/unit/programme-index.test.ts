// The programme index over an in-memory workspace: membership as plan-format says (the nearest
// programme file wins, else the plans of one workspace folder), the problems of programme files,
// the plans that depend on a changed file, and the cost: each file read once until it changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from './memory-workspace';
import { docOf } from './helpers';
import { diagnosticsOf, newService, planText, programmeText, withCodes } from './programme-helpers';

const ROOT = 'file:///repo/';
const plan = (id: string, after: string[] = []) => planText(id, [{ id: 'bascule', after }]);
const ids = (programme: { plans: { id?: { value: string } }[] }) => programme.plans.map(p => p.id?.value);

test('without a programme file, the plans of one workspace folder form an implicit programme, with no roster', async () => {
  const workspace = new MemoryWorkspace({
    'file:///one/a.rollout.yaml': plan('a'), 'file:///one/sub/b.rollout.yaml': plan('b'), 'file:///two/c.rollout.yaml': plan('c'),
  });
  workspace.folders.push('file:///one/', 'file:///two/');
  const service = newService(workspace);
  const programme = await service.programme('file:///one/sub/b.rollout.yaml');
  assert.equal(programme.file, undefined);
  assert.deepEqual(ids(programme), ['a', 'b']);
  assert.deepEqual(ids(await service.programme('file:///two/c.rollout.yaml')), ['c']);
});

test('nested programmes: the nearest programme file at or above the plan’s folder wins', async () => {
  const workspace = new MemoryWorkspace({
    [`${ROOT}programme.rollout.yaml`]: programmeText('groupe'),
    [`${ROOT}a.rollout.yaml`]: plan('a'),
    [`${ROOT}filiale/programme.rollout.yaml`]: programmeText('filiale'),
    [`${ROOT}filiale/b.rollout.yaml`]: plan('b'),
    [`${ROOT}filiale/sites/c.rollout.yaml`]: plan('c'),
  });
  const service = newService(workspace);
  const outer = await service.programme(`${ROOT}a.rollout.yaml`);
  assert.equal(outer.file?.id?.value, 'groupe');
  assert.deepEqual(ids(outer), ['a']);
  const inner = await service.programme(`${ROOT}filiale/sites/c.rollout.yaml`);
  assert.equal(inner.file?.id?.value, 'filiale');
  assert.deepEqual(ids(inner), ['b', 'c']);
});

test('a plan moving between programmes (moved, or its programme file deleted) is seen once `changed` says so', async () => {
  const workspace = new MemoryWorkspace({
    [`${ROOT}a/programme.rollout.yaml`]: programmeText('a'), [`${ROOT}a/x.rollout.yaml`]: plan('x'),
    [`${ROOT}b/programme.rollout.yaml`]: programmeText('b'),
  });
  const service = newService(workspace);
  assert.deepEqual(ids(await service.programme(`${ROOT}b/programme.rollout.yaml`)), []);
  // renamed into b: deleted here, created there
  workspace.files.delete(`${ROOT}a/x.rollout.yaml`);
  workspace.files.set(`${ROOT}b/x.rollout.yaml`, plan('x'));
  await service.workspaceChanged([`${ROOT}a/x.rollout.yaml`, `${ROOT}b/x.rollout.yaml`]);
  assert.deepEqual(ids(await service.programme(`${ROOT}b/programme.rollout.yaml`)), ['x']);
  assert.deepEqual(ids(await service.programme(`${ROOT}a/programme.rollout.yaml`)), []);
  // b's programme file deleted: x falls back to the implicit programme
  workspace.files.delete(`${ROOT}b/programme.rollout.yaml`);
  await service.workspaceChanged([`${ROOT}b/programme.rollout.yaml`]);
  const implicit = await service.programme(`${ROOT}b/x.rollout.yaml`);
  assert.equal(implicit.file, undefined);
  assert.deepEqual(ids(implicit), ['x']);
});

test('two programme files in one folder: the first by URI applies, each file names the other', async () => {
  const first = `${ROOT}a.rollout.yaml`;
  const second = `${ROOT}z.rollout.yaml`;
  const workspace = new MemoryWorkspace({ [first]: programmeText('one', { people: ['pm'] }), [second]: programmeText('two'), [`${ROOT}p.rollout.yaml`]: plan('p') });
  const service = newService(workspace);
  const programme = await service.programme(`${ROOT}p.rollout.yaml`);
  assert.equal(programme.file?.uri, first);
  assert.deepEqual(programme.problems.map(p => p.kind), ['two-programme-files']);
  for (const [uri, other] of [[first, second], [second, first]]) {
    const [diagnostic] = (await diagnosticsOf(service, workspace, uri)).filter(d => d.code === 'duplicate-id');
    assert.equal(diagnostic.message, 'Two programme files in one folder: only `a.rollout.yaml` applies; merge `z.rollout.yaml` into it or move it to another folder.');
    assert.deepEqual(diagnostic.relatedInformation?.map(r => r.location.uri), [other]);
  }
});

test('a programme file with syntax errors: its roster and freezes are ignored (it says why), its plans still checked', async () => {
  const programmeUri = `${ROOT}programme.rollout.yaml`;
  const broken = programmeText('p', { people: ['nadia'], freezes: [{ id: 'f', start: '2027-03-01', end: '2027-03-31' }], tail: 'sponsor: [unclosed\n' });
  const planUri = `${ROOT}erp.rollout.yaml`;
  const workspace = new MemoryWorkspace({
    [programmeUri]: broken,
    [planUri]: planText('erp', [{ id: 'g', window: ['2027-03-06', '2027-03-07'], owner: 'nobody' }], { owner: 'nadia' }),
  });
  const service = newService(workspace);
  const programme = await service.programme(planUri);
  assert.deepEqual(programme.problems.map(p => p.kind), ['programme-syntax-errors']);
  assert.equal(programme.file?.people, undefined);
  const planDiagnostics = await diagnosticsOf(service, workspace, planUri);
  assert.deepEqual(withCodes(planDiagnostics, 'go-live-in-freeze', 'undefined-person'), [], 'no freeze, and no roster to check against');
  const onProgramme = (await diagnosticsOf(service, workspace, programmeUri)).filter(d => String(d.message).startsWith('This programme file has syntax errors'));
  assert.deepEqual(onProgramme.map(d => d.message), ['This programme file has syntax errors: its roster and freezes are ignored until they are fixed; its plans are still checked.']);
});

test('dependentsOf: the plans linking to a plan (transitively), those it links to, the same id, shared windows and champions; a programme file: all its plans', async () => {
  const workspace = new MemoryWorkspace({
    [`${ROOT}programme.rollout.yaml`]: programmeText('p'),
    [`${ROOT}a.rollout.yaml`]: plan('a'),
    [`${ROOT}b.rollout.yaml`]: plan('b', ['a/bascule']),
    [`${ROOT}c.rollout.yaml`]: plan('c', ['b/bascule']),
    [`${ROOT}d.rollout.yaml`]: plan('d', ['d2/bascule']),
    [`${ROOT}e.rollout.yaml`]: plan('e'),
    [`${ROOT}w1.rollout.yaml`]: planText('w1', [{ id: 'g', window: ['2027-01-01', '2027-01-02'] }]),
    [`${ROOT}w2.rollout.yaml`]: planText('w2', [{ id: 'g', window: ['2028-01-01', '2028-01-02'] }]),
    [`${ROOT}other/programme.rollout.yaml`]: programmeText('other'),
    [`${ROOT}other/f.rollout.yaml`]: plan('f', ['a/bascule']),
  });
  const service = newService(workspace);
  assert.deepEqual(await service.workspaceChanged([`${ROOT}a.rollout.yaml`]), [`${ROOT}b.rollout.yaml`, `${ROOT}c.rollout.yaml`]);
  assert.deepEqual(await service.workspaceChanged([`${ROOT}c.rollout.yaml`]), [`${ROOT}b.rollout.yaml`], 'the plan it links to');
  assert.deepEqual(await service.workspaceChanged([`${ROOT}e.rollout.yaml`]), [], 'no link, no window, no champion');
  assert.deepEqual(await service.workspaceChanged([`${ROOT}w1.rollout.yaml`]), [`${ROOT}w2.rollout.yaml`]);
  // d links to a plan that does not exist yet: creating it concerns d
  workspace.files.set(`${ROOT}d2.rollout.yaml`, plan('d2'));
  assert.deepEqual(await service.workspaceChanged([`${ROOT}d2.rollout.yaml`]), [`${ROOT}d.rollout.yaml`]);
  const all = await service.workspaceChanged([`${ROOT}programme.rollout.yaml`]);
  assert.deepEqual(all.filter(u => u.includes('/other/')), [], 'the nested programme’s plans are not its');
  assert.equal(all.length, 8);
});

test('a cycle of links ends, and dependents follow it once', async () => {
  const workspace = new MemoryWorkspace({
    [`${ROOT}a.rollout.yaml`]: plan('a', ['c/bascule']), [`${ROOT}b.rollout.yaml`]: plan('b', ['a/bascule']), [`${ROOT}c.rollout.yaml`]: plan('c', ['b/bascule']),
  });
  const service = newService(workspace);
  assert.deepEqual(await service.workspaceChanged([`${ROOT}a.rollout.yaml`]), [`${ROOT}b.rollout.yaml`, `${ROOT}c.rollout.yaml`]);
});

test('each file is listed and read once; afterwards only a changed file is read again, and an open document by its version', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`${ROOT}p${i}.rollout.yaml`] = plan(`p${i}`);
  const workspace = new MemoryWorkspace(files);
  let listings = 0;
  const list = workspace.listFiles.bind(workspace);
  workspace.listFiles = () => { listings++; return list(); };
  const service = newService(workspace);
  await Promise.all([service.programme(`${ROOT}p0.rollout.yaml`), service.programme(`${ROOT}p1.rollout.yaml`)]);
  await service.programme(`${ROOT}p2.rollout.yaml`);
  assert.equal(listings, 1, 'one listing for the burst and after');
  assert.deepEqual([...new Set(workspace.reads.values())], [1], 'every file read once');
  workspace.open.set(`${ROOT}p3.rollout.yaml`, 7);
  workspace.files.set(`${ROOT}p3.rollout.yaml`, plan('renamed'));
  await service.workspaceChanged([`${ROOT}p3.rollout.yaml`]);
  assert.ok(ids(await service.programme(`${ROOT}p0.rollout.yaml`)).includes('renamed'));
  assert.equal(workspace.reads.get(`${ROOT}p3.rollout.yaml`), 2);
  assert.equal(workspace.reads.get(`${ROOT}p4.rollout.yaml`), 1, 'the others are not read again');
  assert.equal(listings, 1, 'an edit does not list again');
});

test('a document the service forgets (the server’s warm-up runs) leaves the index: a link to its plan id is unknown again', async () => {
  const workspace = new MemoryWorkspace({ [`${ROOT}crm.rollout.yaml`]: plan('crm', ['erp/bascule']) });
  const service = newService(workspace);
  const crm = `${ROOT}crm.rollout.yaml`;
  const before = withCodes(await diagnosticsOf(service, workspace, crm), 'undefined-phase');
  assert.equal(before.length, 1);
  for (const uri of ['warm-up:/0.rollout.yaml', `${ROOT}elsewhere/erp.rollout.yaml`]) {
    await service.diagnostics(docOf(plan('erp'), uri));
    service.forget(uri);
  }
  await service.workspaceChanged([crm]);
  assert.deepEqual(withCodes(await diagnosticsOf(service, workspace, crm), 'undefined-phase'), before);
});

test('a plan file asked about before the watcher says it was created (the sidebar first) stays in its programme once forgotten', async () => {
  const erp = `${ROOT}erp.rollout.yaml`;
  const late = `${ROOT}late.rollout.yaml`;
  const workspace = new MemoryWorkspace({ [erp]: plan('erp') });
  const service = newService(workspace);
  assert.deepEqual(await service.workspaceChanged([erp]), []);
  workspace.files.set(late, plan('late', ['erp/bascule']));
  // the sidebar's readiness request reads it from disk and checks it: the index knows it before the event
  await service.readiness([late]);
  await service.workspaceChanged([late]);
  // a closed plan published, then forgotten (server/src/lsp/live-diagnostics.ts)
  await service.diagnostics(docOf(workspace.files.get(late)!, late, 0));
  service.forget(late);
  assert.deepEqual(await service.workspaceChanged([erp]), [late], 'the plan linking to erp is still its dependent');
  assert.deepEqual(ids(await service.programme(erp)), ['erp', 'late']);
});

test('an open plan outside the listing (another folder) is listed again once, not at each edit', async () => {
  const outside = 'file:///elsewhere/x.rollout.yaml';
  const workspace = new MemoryWorkspace({ [`${ROOT}a.rollout.yaml`]: plan('a') });
  let listings = 0;
  const list = workspace.listFiles.bind(workspace);
  workspace.listFiles = async () => { listings++; return (await list()).filter(uri => uri !== outside); };
  const service = newService(workspace);
  workspace.files.set(outside, plan('x'));
  for (let version = 1; version <= 4; version++) {
    workspace.open.set(outside, version);
    await service.diagnostics(docOf(plan('x'), outside, version));
    await service.workspaceChanged([outside]);
  }
  assert.ok(listings <= 2, `listed ${listings} times: the first listing, and at most one more when the unlisted plan first changed`);
});

/** A workspace whose reads of files named with `held` wait until `release()`: a refresh stopped half way. */
class HeldWorkspace extends MemoryWorkspace {
  private readonly gate: Promise<void>;
  release!: () => void;
  constructor(files: Record<string, string>, private readonly held: string) {
    super(files);
    this.gate = new Promise(resolve => { this.release = resolve; });
  }

  override async readFile(uri: string) {
    if (uri.includes(this.held)) await this.gate;
    return super.readFile(uri);
  }
}

/** The files a rename of the ERP plan's phase `bascule` edits. */
async function renamedBy(service: ReturnType<typeof newService>, erpUri: string, erpText: string): Promise<string[]> {
  const erp = docOf(erpText, erpUri, 1);
  const edit = await service.rename(erp, erp.positionAt(erpText.indexOf('id: bascule') + 5), 'bascule-erp');
  if ('error' in edit) assert.fail(edit.error);
  return Object.keys(edit.changes ?? {}).sort();
}

test('an open plan edited while a first build reads many files: a rename from another plan sees the edit, not the text the build read', async () => {
  // the build reads `a-crm` first, then waits at the 150 other files until the edit is made
  const crmUri = `${ROOT}a-crm.rollout.yaml`;
  const erpUri = `${ROOT}b-erp.rollout.yaml`;
  const files: Record<string, string> = { [crmUri]: plan('crm'), [erpUri]: plan('erp') };
  for (let i = 0; i < 150; i++) files[`${ROOT}filler-${String(i).padStart(3, '0')}.rollout.yaml`] = plan(`filler-${i}`);
  const workspace = new HeldWorkspace(files, '/filler-');
  workspace.open.set(crmUri, 1);
  const service = newService(workspace);
  const first = await service.ownDiagnosticsFirst(docOf(files[crmUri], crmUri, 1));
  assert.ok(first, 'a first build of 152 files publishes the plan\'s own diagnostics first');
  // the user links the CRM plan to the ERP's phase while the build waits
  const edited = plan('crm', ['erp/bascule']);
  workspace.files.set(crmUri, edited);
  workspace.open.set(crmUri, 2);
  assert.ok(await service.ownDiagnosticsFirst(docOf(edited, crmUri, 2)));
  workspace.release();
  await first.read;
  assert.deepEqual(await renamedBy(service, erpUri, files[erpUri]), [crmUri, erpUri], 'the edited CRM plan\'s link is renamed too');
});

test('an open plan edited and not yet published: a rename from another plan reads its edited text', async () => {
  const crmUri = `${ROOT}crm.rollout.yaml`;
  const erpUri = `${ROOT}erp.rollout.yaml`;
  const linked = plan('crm', ['erp/bascule']);
  const workspace = new MemoryWorkspace({ [crmUri]: plan('crm'), [erpUri]: plan('erp') });
  workspace.open.set(crmUri, 1);
  const service = newService(workspace);
  await diagnosticsOf(service, workspace, crmUri);
  // the user links the CRM plan to the ERP's phase; the rename comes before that edit is published
  workspace.files.set(crmUri, linked);
  workspace.open.set(crmUri, 2);
  service.documentChanged(crmUri);
  assert.deepEqual(await renamedBy(service, erpUri, workspace.files.get(erpUri)!), [crmUri, erpUri]);
});

test('an edit that drops a link: the plan it linked to is among its dependents, though the edit is marked as it arrives and again after its publish', async () => {
  const crmUri = `${ROOT}crm.rollout.yaml`;
  const erpUri = `${ROOT}erp.rollout.yaml`;
  const workspace = new MemoryWorkspace({ [crmUri]: plan('crm', ['erp/bascule']), [erpUri]: plan('erp') });
  workspace.open.set(crmUri, 1);
  const service = newService(workspace);
  await diagnosticsOf(service, workspace, crmUri);
  await service.workspaceChanged([crmUri]);
  // as the server does: marked changed as the edit arrives, published, then its dependents asked for
  workspace.files.set(crmUri, plan('crm'));
  workspace.open.set(crmUri, 2);
  service.documentChanged(crmUri);
  await diagnosticsOf(service, workspace, crmUri);
  assert.deepEqual(await service.workspaceChanged([crmUri]), [erpUri], 'the ERP plan lost a dependent: it is checked again');
});

test('a plan changed while its programme is being read is read again before the programme is given', async () => {
  const crmUri = `${ROOT}a-crm.rollout.yaml`;
  const workspace = new HeldWorkspace({ [crmUri]: plan('crm'), [`${ROOT}b-erp.rollout.yaml`]: plan('erp'), [`${ROOT}z-other.rollout.yaml`]: plan('other') }, '/z-');
  workspace.open.set(crmUri, 1);
  const service = newService(workspace);
  // the read has taken the CRM plan and waits at the last file when the CRM plan is edited
  const asked = service.programme(`${ROOT}b-erp.rollout.yaml`);
  await new Promise(resolve => setTimeout(resolve, 0));
  workspace.files.set(crmUri, plan('crm', ['erp/bascule']));
  workspace.open.set(crmUri, 2);
  service.documentChanged(crmUri);
  workspace.release();
  const programme = await asked;
  const crm = programme.plans.find(p => p.id?.value === 'crm');
  assert.ok(crm?.references.some(r => r.name.value === 'erp/bascule'), 'the edited text, not the one read before the edit');
});
