// An open plan's edit in a big programme follows the edit (issue 18 item 6, issue 20): the
// programme's membership and lookups are carried over with the plan's summary swapped, not made
// again over every plan, and every plan's diagnostics are those of a service that never saw the
// edits (incremental == from scratch), whatever the edit changed: a title, a go-live window, a
// champion, a link of a cycle through three plans, the plan's id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LanguageService } from '../../server/src/service';
import { lookupOf } from '../../server/src/service/programme/programme-lookup';
import { docOf } from './helpers';
import { MemoryWorkspace } from './memory-workspace';
import { newService, planText, type PhaseSpec } from './programme-helpers';

const ROOT = 'file:///repo/';
const uriOf = (i: number) => `${ROOT}p${i}.rollout.yaml`;
const EDITED = uriOf(0);

/** A plan of the programme: a go-live on its own night (or the given one), a wave of a shared champion, a link to the next plan. */
function plan(i: number, { id = `p${i}`, night = 1 + i, champion = 'ana', link = `p${(i + 1) % 3}/bascule`, title = '' } = {}): string {
  const day = `2027-03-${String(night).padStart(2, '0')}`;
  const phases: PhaseSpec[] = [
    { id: 'pilote', start: '2027-02-01', end: '2027-02-10', waves: [{ id: 'w1', champion, start: '2027-02-01', end: '2027-02-05' }] },
    { id: 'bascule', after: i < 3 ? ['pilote', link] : ['pilote'], window: [`${day}T22:00`, `${day}T23:30`], start: '2027-02-01' },
  ];
  return planText(id, phases, { people: ['pm', champion], tail: title ? `# ${title}\n` : '' });
}

/** Every plan's diagnostics: the open plan at its version, the others as read from disk. */
async function everyPlan(service: LanguageService, workspace: MemoryWorkspace): Promise<Diagnostic[][]> {
  const out: Diagnostic[][] = [];
  for (const [uri, text] of workspace.files) out.push(await service.diagnostics(docOf(text, uri, workspace.open.get(uri) ?? 0)));
  return out;
}

const EDITS: { what: string; text: string }[] = [
  { what: 'a comment', text: plan(0, { title: 'typed' }) },
  { what: 'its go-live window, onto another plan\'s night', text: plan(0, { night: 3 }) },
  { what: 'the wave\'s champion', text: plan(0, { champion: 'bo' }) },
  { what: 'the link closing the cycle', text: plan(0, { link: 'p4/bascule' }) },
  { what: 'the plan\'s id, to another plan\'s', text: plan(0, { id: 'p1' }) },
  { what: 'everything back', text: plan(0) },
];

test('each edit of an open plan gives every plan of its programme the diagnostics of a service that never saw the edits', async () => {
  const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [uriOf(i), plan(i)]));
  const workspace = new MemoryWorkspace(files);
  const service = newService(workspace);
  workspace.open.set(EDITED, 1);
  await everyPlan(service, workspace);
  for (const [n, { what, text }] of EDITS.entries()) {
    workspace.files.set(EDITED, text);
    workspace.open.set(EDITED, n + 2);
    // as the server does: the edited plan's publish, then its dependents asked for
    await service.diagnostics(docOf(text, EDITED, n + 2));
    await service.workspaceChanged([EDITED]);
    const incremental = await everyPlan(service, workspace);
    const fresh = new MemoryWorkspace(Object.fromEntries(workspace.files));
    fresh.open.set(EDITED, n + 2);
    assert.deepEqual(incremental, await everyPlan(newService(fresh), fresh), `after an edit of ${what}`);
  }
});

test('an edit that changes no link carries the programme\'s phase graph over instead of searching it again', async () => {
  const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [uriOf(i), plan(i)]));
  const workspace = new MemoryWorkspace(files);
  const service = newService(workspace);
  await everyPlan(service, workspace);
  const before = lookupOf(await service.programme(uriOf(5)));
  const edited = plan(0, { title: 'typed' });
  workspace.files.set(EDITED, edited);
  workspace.open.set(EDITED, 2);
  await service.diagnostics(docOf(edited, EDITED, 2));
  await service.workspaceChanged([EDITED]);
  const programme = await service.programme(uriOf(5));
  const after = lookupOf(programme);
  assert.notEqual(after, before, 'a new programme object, with the edited plan in it');
  assert.ok(programme.plans.some(p => p.uri === EDITED && p.phases.length === 2));
  // carried over, not made again: the same components, the same suggester
  assert.equal(after.planIds, before.planIds);
  assert.deepEqual(Object.keys(after.computed).sort(), Object.keys(before.computed).sort());
  assert.equal(after.cycles.members(after.cycles.componentOf(after.nodes.get('p0/bascule')!)!).length, 3);
  assert.ok(after.cycles.members(after.cycles.componentOf(after.nodes.get('p0/bascule')!)!).includes(after.nodes.get('p0/bascule')!));
});
