// The sidebar's snapshots by content (issue 20): a plan asked for again with the same text is not
// analysed again (the same view comes back); a changed text, a changed config or another plan of
// the programme changing gives a fresh one; the programme overviews reuse the snapshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type PlanResult } from '../../server/src/service';
import { MemoryWorkspace } from './memory-workspace';
import { PLAN_A, PLAN_B, PROGRAMME } from '../server/programme-plans';

const A = 'file:///repo/a.rollout.yaml';
const B = 'file:///repo/b.rollout.yaml';
const P = 'file:///repo/programme.rollout.yaml';
const CONFIG = 'file:///repo/rollout-plan.config.json';

const plan = (result: PlanResult | undefined) => {
  assert.ok(result && 'plan' in result, JSON.stringify(result));
  return result.plan;
};

function setUp() {
  const workspace = new MemoryWorkspace({ [A]: PLAN_A, [B]: PLAN_B, [P]: PROGRAMME, [CONFIG]: '{}' });
  return { workspace, service: createLanguageService({ workspace, today: () => '2026-12-01' }) };
}

test('the same text again: the snapshot kept is answered, not a new analysis', async () => {
  const { service } = setUp();
  const [first] = await service.readiness([B]);
  const [again] = await service.readiness([B]);
  assert.equal(plan(again).phases, plan(first).phases, 'the very view kept');
  assert.deepEqual(plan(again), plan(first));
});

test('a changed text, config or fellow plan: a fresh snapshot', async () => {
  const { service, workspace } = setUp();
  const before = plan((await service.readiness([B]))[0]);
  workspace.files.set(B, PLAN_B.replace('title: CRM', 'title: CRM 2'));
  const retitled = plan((await service.readiness([B]))[0]);
  assert.equal(retitled.title, 'CRM 2');
  assert.notEqual(retitled.phases, before.phases);

  workspace.files.set(CONFIG, '{ "rules": { "missing-owner": "off" } }');
  assert.notEqual(plan((await service.readiness([B]))[0]).phases, retitled.phases, 'another config');

  // b depends on a/x: a renamed away, b's link breaks and its counts follow
  const unchanged = plan((await service.readiness([B]))[0]);
  workspace.files.set(A, PLAN_A.replace('id: x', 'id: x2'));
  await service.workspaceChanged([A]);
  const broken = plan((await service.readiness([B]))[0]);
  assert.ok(broken.problems.errors > unchanged.problems.errors, JSON.stringify(broken.problems));
});

test('the programme overview reuses the plans’ snapshots and follows a changed plan', async () => {
  const { service, workspace } = setUp();
  await service.readiness([A, B]);
  const [overview] = await service.programmeOverviews([A, B]);
  assert.deepEqual(overview.plans.map(p => p.title), ['ERP Finance', 'CRM']);
  workspace.files.set(A, PLAN_A.replace('title: ERP Finance', 'title: ERP Finance v2'));
  await service.workspaceChanged([A]);
  const [after] = await service.programmeOverviews([A, B]);
  assert.deepEqual(after.plans.map(p => p.title), ['ERP Finance v2', 'CRM']);
});

test('a gate’s plan unchanged: its snapshot follows the phase of another plan the gate depends on, and is reused while that stays', async () => {
  const head = (id: string) => `apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata:\n  id: ${id}\n  title: Plan ${id}\nphases:\n`;
  const gate = `${head('g')}  - id: go-no-go\n    type: gate\n    after: [d/build]\n`;
  const dependency = (done: boolean) => `${head('d')}  - id: build\n    type: pilot\n    checklist:\n      - { task: Install, done: ${done} }\n`;
  const [G, D] = ['file:///repo/g.rollout.yaml', 'file:///repo/d.rollout.yaml'];
  const workspace = new MemoryWorkspace({ [G]: gate, [D]: dependency(false), [P]: PROGRAMME });
  const service = createLanguageService({ workspace, today: () => '2026-12-01' });
  const verdict = async () => plan((await service.readiness([G]))[0]).phases[0].gate!;
  const blocked = await verdict();
  assert.equal(blocked.ready, false);
  assert.equal(await verdict(), blocked, 'nothing changed: the snapshot kept');
  workspace.files.set(D, dependency(true));
  await service.workspaceChanged([D]);
  const ready = await verdict();
  assert.equal(ready.ready, true, JSON.stringify(ready.reasons));
  assert.equal(await verdict(), ready, 'nothing changed since: the new snapshot kept');
});
