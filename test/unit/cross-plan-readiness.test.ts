// Readiness follows the links across plans (plan-format "Programmes"; issue 18): a gate is not
// ready while a phase of another plan it depends on (through either plan's `after`, transitively)
// has open items, and the sidebar, the code lens, the timeline, the programme overview, the report
// and the diff all show that same verdict. Unresolvable links and plans with syntax errors block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageService, Locale } from '../../server/src/service';
import { docOf } from './helpers';
import { MemoryWorkspace } from './memory-workspace';
import { newService } from './programme-helpers';

const uriOf = (id: string) => `file:///ws/${id}.rollout.yaml`;

interface Phase {
  id: string;
  type?: string;
  after?: string[];
  start?: string;
  /** checklist items: true = done */
  items?: boolean[];
}

function plan(id: string, phases: Phase[], tail = ''): string {
  const lines = ['apiVersion: plan-as-code/v1', 'kind: RolloutPlan', 'metadata:', `  id: ${id}`, `  title: Plan ${id}`, 'phases:'];
  for (const p of phases) {
    lines.push(`  - id: ${p.id}`, `    type: ${p.type ?? 'pilot'}`, `    title: Phase ${p.id}`);
    if (p.start) lines.push(`    start: ${p.start}`);
    if (p.after) lines.push(`    after: [${p.after.join(', ')}]`);
    if (p.items) lines.push('    checklist:', ...p.items.map((done, i) => `      - { task: Task ${p.id} ${i + 1}, done: ${done} }`));
  }
  return `${lines.join('\n')}\n${tail}`;
}

/** Plan `a`: a done preparation and a gate that waits for `a/prep` and the links given. */
const gatePlan = (after: string[]) => plan('a', [{ id: 'prep', items: [true] }, { id: 'go-no-go', type: 'gate', start: '2026-12-01', after: ['prep', ...after] }]);

const PROGRAMME = 'apiVersion: plan-as-code/v1\nkind: Programme\nmetadata:\n  id: prog\n  title: Programme\n';

function workspaceOf(files: Record<string, string>): MemoryWorkspace {
  return new MemoryWorkspace(Object.fromEntries(Object.entries(files).map(([id, text]) => [uriOf(id), text])));
}

/** Plan `a`'s gate as the sidebar shows it: ready or not, and its reasons. */
async function gateOf(service: LanguageService, uri = uriOf('a')) {
  const [result] = await service.readiness([uri]);
  assert.ok('plan' in result, JSON.stringify(result));
  const gate = result.plan.phases.find(p => p.gate)!;
  return { ready: gate.gate!.ready, reasons: gate.gate!.reasons, state: gate.state, totals: result.plan.totals.gates, dependsOn: result.plan.dependsOn };
}

test('a gate is not ready while a phase of another plan it depends on has open items, and ready once it is done', async () => {
  const a = gatePlan(['b/build']);
  const workspace = workspaceOf({ a, b: plan('b', [{ id: 'build', items: [true, false, false] }]) });
  const service = newService(workspace);
  const blocked = await gateOf(service);
  assert.equal(blocked.ready, false);
  assert.deepEqual(blocked.reasons.map(r => r.message), ['Phase `b/build` of another plan is not done: 2 checklist item(s) open.']);
  assert.equal(blocked.reasons[0].line, a.split('\n').findIndex(l => l.includes('b/build')), 'the reason points at the link');
  assert.deepEqual(blocked.totals, { ready: 0, total: 1 });
  assert.deepEqual(blocked.dependsOn, [uriOf('b')], 'the sidebar asks for plan a again when plan b changes');

  workspace.files.set(uriOf('b'), plan('b', [{ id: 'build', items: [true, true, true] }]));
  assert.deepEqual(await service.workspaceChanged([uriOf('b')]), [uriOf('a')], 'the gate’s plan is re-checked');
  const ready = await gateOf(service);
  assert.equal(ready.ready, true, JSON.stringify(ready.reasons));
  assert.deepEqual(ready.totals, { ready: 1, total: 1 });
});

test('an unmitigated high risk in another plan’s phase blocks the gate too', async () => {
  const risky = `${plan('b', [{ id: 'build', items: [true] }])}    risks:\n      - { id: r1, title: Risk, severity: high, status: open }\n`;
  const gate = await gateOf(newService(workspaceOf({ a: gatePlan(['b/build']), b: risky })));
  assert.deepEqual(gate.reasons.map(r => r.message), ['Phase `b/build` of another plan has 1 open high or critical risk(s) without mitigation.']);
});

test('the dependency is transitive through three plans, and through the other plan’s own links', async () => {
  const files = {
    a: gatePlan(['b/deploy']),
    b: plan('b', [{ id: 'build', after: ['c/infra'], items: [true] }, { id: 'deploy', after: ['build'], items: [true] }]),
    c: plan('c', [{ id: 'infra', items: [false] }]),
  };
  const service = newService(workspaceOf(files));
  const gate = await gateOf(service);
  assert.deepEqual(gate.reasons.map(r => r.message), ['Phase `c/infra` of another plan is not done: 1 checklist item(s) open.']);
  assert.deepEqual(gate.dependsOn, [uriOf('b'), uriOf('c')]);
  const workspace = workspaceOf({ ...files, c: plan('c', [{ id: 'infra', items: [true] }]) });
  assert.equal((await gateOf(newService(workspace))).ready, true);
});

test('a cycle of links across plans ends, and the plan’s own phase reached through the other plan counts', async () => {
  // a/go-no-go → b/x → a/late → b/x …: a/late is reached only through plan b
  const a = plan('a', [{ id: 'late', after: ['b/x'], items: [false] }, { id: 'go-no-go', type: 'gate', after: ['b/x'] }]);
  const b = plan('b', [{ id: 'x', after: ['a/late'], items: [true] }]);
  const gate = await gateOf(newService(workspaceOf({ a, b })));
  assert.deepEqual(gate.reasons.map(r => r.message), ['Phase `a/late` of another plan is not done: 1 checklist item(s) open.']);
});

test('a link to a missing plan or phase blocks the gate, named as written', async () => {
  const service = newService(workspaceOf({ a: gatePlan(['zz/build', 'b/nothing']), b: plan('b', [{ id: 'build', items: [true] }]) }));
  const gate = await gateOf(service);
  assert.equal(gate.ready, false);
  assert.deepEqual(gate.reasons.map(r => r.message), [
    'The link `zz/build` names no phase of the programme: what it depends on cannot be known.',
    'The link `b/nothing` names no phase of the programme: what it depends on cannot be known.',
  ]);
});

test('a plan with syntax errors blocks the gates that depend on it, even when what was read is done', async () => {
  const broken = plan('b', [{ id: 'build', items: [true] }], 'oops: [unclosed\n');
  const gate = await gateOf(newService(workspaceOf({ a: gatePlan(['b/build']), b: broken })));
  assert.equal(gate.ready, false);
  assert.deepEqual(gate.reasons.map(r => r.message),
    ['Plan `b`, which this gate depends on (`b/build`), has YAML syntax errors: its phases cannot be trusted until they are fixed.']);
});

test('the reason in French, with its no-break space', async () => {
  const gate = await gateOf(newService(workspaceOf({ a: gatePlan(['b/build']), b: plan('b', [{ id: 'build', items: [false] }]) }), 'fr' as Locale));
  assert.deepEqual(gate.reasons.map(r => r.message), ['La phase `b/build` d’un autre plan n’est pas terminée\u00a0: 1 tâche(s) ouverte(s).']);
});

test('the code lens, the timeline, the programme overview, the report and the diff show the sidebar’s verdict', async () => {
  const a = gatePlan(['b/build']);
  const files = { a, b: plan('b', [{ id: 'build', items: [false] }]), programme: PROGRAMME };
  const workspace = workspaceOf(files);
  workspace.open.set(uriOf('a'), 1);
  const service = newService(workspace);
  const doc = docOf(a, uriOf('a'), 1);
  await service.diagnostics(doc);
  assert.ok(service.codeLenses(doc).some(l => l.title === 'not ready: 1 reason'), JSON.stringify(service.codeLenses(doc)));

  const milestone = service.timeline(doc).items.find(i => i.key === 'phase:go-no-go');
  assert.ok(milestone && 'verdict' in milestone, JSON.stringify(milestone));
  assert.equal(milestone.verdict, 'not-ready');

  const [overview] = await service.programmeOverviews([uriOf('a')]);
  assert.deepEqual(overview.plans.find(p => p.id === 'a')!.gates, [{ phase: 'go-no-go', verdict: 'not-ready' }]);

  const json = JSON.parse(await service.report([{ uri: uriOf('a'), name: 'a.rollout.yaml' }], { format: 'json' }));
  assert.equal(json.plans[0].phases[1].gate.ready, false);
  assert.equal(json.plans[0].dependsOn, undefined, 'no machine URIs in the report');
  assert.deepEqual(json.programmes[0].plans.find((p: { id: string }) => p.id === 'a').gates, [{ phase: 'go-no-go', verdict: 'not-ready' }]);
  assert.match(await service.report([{ uri: uriOf('a'), name: 'a.rollout.yaml' }], { format: 'markdown' }), /- Phase `b\/build` of another plan is not done/);

  // at the base the gate had no link to plan b: ready then, not ready now, for the sidebar's reason
  const before = { name: 'a.rollout.yaml', text: gatePlan([]) };
  const diff = JSON.parse((await service.diff([{ uri: uriOf('a'), before, after: { name: 'a.rollout.yaml', text: a } }], { format: 'json', base: 'main' })).text);
  const [change] = diff.plans[0].gates;
  assert.deepEqual([change.before, change.after, change.reasons], ['ready', 'not-ready', ['Phase `b/build` of another plan is not done: 1 checklist item(s) open.']]);
});

test('the sidebar’s cached snapshot and the overview’s cached view change when the plan a gate depends on is done', async () => {
  const files = { a: gatePlan(['b/build']), b: plan('b', [{ id: 'build', items: [false] }]), programme: PROGRAMME };
  const workspace = workspaceOf(files);
  const service = newService(workspace);
  assert.equal((await gateOf(service)).ready, false);
  const overviewGate = async () => (await service.programmeOverviews([uriOf('a')]))[0].plans.find(p => p.id === 'a')!.gates[0].verdict;
  assert.equal(await overviewGate(), 'not-ready');
  // a's text is unchanged: only the programme's state tells its snapshot apart
  workspace.files.set(uriOf('b'), plan('b', [{ id: 'build', items: [true] }]));
  await service.workspaceChanged([uriOf('b')]);
  assert.equal((await gateOf(service)).ready, true);
  assert.equal(await overviewGate(), 'ready');
});
