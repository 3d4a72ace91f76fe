// A gate's reasons, gathered once per phase over the `after` graph's components (issue 14), are
// the ones the former walk of each gate's dependencies gave, in the same order, up to the cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phaseLensTitle } from '../../server/src/service/features/readiness/lens';
import { allTasks, type Phase, type PlanModel } from '../../server/src/service/plan/model';
import { criterionStatus, isUnmitigated, MAX_GATE_REASONS } from '../../server/src/service/plan/readiness';
import { readinessView } from '../../server/src/service/features/readiness/view';
import { readinessReport } from '../../server/src/service/features/readiness/report';
import { below, random, type Random } from '../fuzz/prng';
import { docOf, service } from './helpers';

const analyze = (text: string) => service().analyze(docOf(text));
const shown = (r: { key: string; args: object }) => `${r.key} ${JSON.stringify(r.args)}`;

/** The reasons as the former `gateReadiness` listed them: a depth-first walk of each gate's dependencies. */
function formerReasons(model: PlanModel, gate: Phase): string[] {
  const criteria = new Map(model.criteria.map(c => [c.id.value, c] as const).reverse());
  const byId = new Map(model.phases.filter(p => p.id).map(p => [p.id!.value, p] as const).reverse());
  const out: string[] = [];
  for (const ref of gate.criteria) {
    const c = criteria.get(ref.value);
    const s = c && criterionStatus(c);
    if (!c) out.push(shown({ key: 'readiness.criterionUndefined', args: { id: ref.value } }));
    else if (s === 'unknown') out.push(shown({ key: 'readiness.criterionUnknown', args: { id: ref.value } }));
    else if (s === 'unmet') out.push(shown({ key: 'readiness.criterionUnmet', args: { id: ref.value, actual: c.actual?.value ?? '?', target: c.target?.value ?? '?' } }));
  }
  const seen = new Set<Phase>([gate]);
  const stack = [...gate.after];
  while (stack.length) {
    const dep = byId.get(stack.pop()!.value);
    if (!dep || seen.has(dep)) continue;
    seen.add(dep);
    const phase = dep.id?.value ?? '?';
    for (const t of allTasks(dep)) if (!t.done) out.push(shown({ key: 'readiness.taskOpen', args: { task: t.task?.value ?? '?', phase } }));
    for (const r of dep.risks) {
      if (isUnmitigated(r)) out.push(shown({ key: 'readiness.riskUnmitigated', args: { id: r.id?.value ?? '?', severity: r.severity?.value ?? '', phase } }));
    }
    stack.push(...dep.after);
  }
  return out;
}

const HEAD = 'apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata:\n  id: p\n  title: P\n'
  + 'criteria:\n  ok: { title: OK, target: ">= 1", actual: 2 }\n  ko: { title: KO, target: ">= 5", actual: 2 }\n  later: { title: Later, target: ">= 1" }\nphases:\n';

/**
 * `n` phases with random `after` links (only to phases earlier in a random order unless `cycles`),
 * random open and done tasks, risks and gate criteria.
 */
function randomPlan(next: Random, n: number, maxTasks: number, cycles: boolean): string {
  const rank = Array.from({ length: n }, (_, i) => i).sort(() => next() - 0.5);
  const out = [HEAD];
  for (let i = 0; i < n; i++) {
    const gate = next() < 0.3;
    out.push(`  - id: p${i}\n    type: ${gate ? 'gate' : 'planning'}\n`);
    const after = Array.from({ length: n }, (_, j) => j).filter(j => j !== i && (cycles || rank[j] < rank[i]) && next() < 0.3)
      .sort(() => next() - 0.5).map(j => `p${j}`);
    if (next() < 0.1) after.push('ghost');
    if (after.length) out.push(`    after: [${after.join(', ')}]\n`);
    if (gate) out.push(`    criteria: [${['ok', 'ko', 'later', 'nope'].filter(() => next() < 0.4).join(', ')}]\n`);
    const tasks = below(next, maxTasks + 1);
    if (tasks) out.push('    checklist:\n', ...Array.from({ length: tasks }, (_, j) => `      - { task: T${i}-${j}, done: ${next() < 0.3} }\n`));
    if (next() < 0.4) out.push(`    risks:\n      - { id: r${i}, title: R, severity: ${next() < 0.7 ? 'high' : 'low'} }\n`);
  }
  return out.join('');
}

const gatesOf = (text: string) => {
  const analysis = analyze(text);
  return analysis.readiness.gates.map(g => ({ gate: g, former: formerReasons(analysis.model, g.phase) }));
};

test('a small plan: the gate lists criteria, then each dependency nearest first, as before', () => {
  const text = `${HEAD}  - id: a
    type: definition
    checklist: [{ task: Cadrer }, { task: Budget, done: true }, { task: Chiffrer }]
  - id: b
    type: planning
    after: [a]
    risks: [{ id: rb, title: R, severity: critical }]
  - id: c
    type: pilot
    after: [a]
    checklist: [{ task: Piloter }]
  - id: gate
    type: gate
    after: [b, c]
    criteria: [ok, ko, later, nope]
`;
  const [{ gate, former }] = gatesOf(text);
  const expected = [
    'readiness.criterionUnmet {"id":"ko","actual":"2","target":">= 5"}',
    'readiness.criterionUnknown {"id":"later"}',
    'readiness.criterionUndefined {"id":"nope"}',
    'readiness.taskOpen {"task":"Piloter","phase":"c"}',
    'readiness.taskOpen {"task":"Cadrer","phase":"a"}',
    'readiness.taskOpen {"task":"Chiffrer","phase":"a"}',
    'readiness.riskUnmitigated {"id":"rb","severity":"critical","phase":"b"}',
  ];
  assert.deepEqual(former, expected);
  assert.deepEqual(gate.reasons.map(shown), expected);
  assert.equal(gate.capped, false);
});

test('random acyclic plans: the same reasons in the same order as the former walk', () => {
  const next = random(14);
  for (let run = 0; run < 300; run++) {
    const text = randomPlan(next, 2 + below(next, 12), 3, false);
    for (const { gate, former } of gatesOf(text)) {
      assert.deepEqual(gate.reasons.map(shown), former, `run ${run}, ${gate.phase.id?.value}\n${text}`);
      assert.equal(gate.capped, false);
    }
  }
});

test(`random plans past the cap: the first ${MAX_GATE_REASONS} reasons of the former walk, flagged as capped`, () => {
  const next = random(41);
  let capped = 0;
  for (let run = 0; run < 100; run++) {
    const text = randomPlan(next, 10 + below(next, 30), 8, false);
    for (const { gate, former } of gatesOf(text)) {
      assert.deepEqual(gate.reasons.map(shown), former.slice(0, MAX_GATE_REASONS), `run ${run}, ${gate.phase.id?.value}\n${text}`);
      assert.equal(gate.capped, former.length > MAX_GATE_REASONS);
      if (gate.capped) capped++;
    }
  }
  assert.ok(capped > 20, `${capped} capped gates`);
});

test('random plans with cycles: the same reasons (a cycle has no nearest member), the gate never its own reason', () => {
  const next = random(7);
  for (let run = 0; run < 300; run++) {
    const text = randomPlan(next, 2 + below(next, 10), 3, true);
    for (const { gate, former } of gatesOf(text)) {
      assert.deepEqual(gate.reasons.map(shown).sort(), former.sort(), `run ${run}, ${gate.phase.id?.value}\n${text}`);
    }
  }
});

test('a gate in a cycle waits on the other members, not on its own tasks', () => {
  const text = `${HEAD}  - id: a
    type: planning
    after: [gate]
    checklist: [{ task: A }]
  - id: gate
    type: gate
    after: [a, gate]
    checklist: [{ task: G }]
`;
  const [{ gate }] = gatesOf(text);
  assert.deepEqual(gate.reasons.map(shown), ['readiness.taskOpen {"task":"A","phase":"a"}']);
});

test('past the cap, in French: the code lens, the snapshot and the report say “… et d’autres”', () => {
  const tasks = Array.from({ length: 60 }, (_, j) => `{ task: T${j} }`).join(', ');
  const text = `${HEAD}  - id: a\n    type: planning\n    checklist: [${tasks}]\n  - id: gate\n    type: gate\n    after: [a]\n`;
  const svc = service('fr');
  const analysis = svc.analyze(docOf(text));
  const gate = readinessView('file:///p.rollout.yaml', analysis, { t: svc.translate, today: '2027-01-20' }).phases[1];
  assert.equal(gate.gate!.reasons.length, 50);
  assert.equal(gate.gate!.reasons[49].message, 'La tâche «\u00a0T49\u00a0» de la phase `a` n’est pas terminée.');
  assert.equal(gate.gate!.moreReasons, '… et d’autres');
  assert.equal(phaseLensTitle(svc.translate, gate), 'pas prêt\u00a0: 50 raisons… et d’autres');
  const md = readinessReport([{ name: 'p.rollout.yaml', uri: 'file:///p.rollout.yaml', analysis }], { locale: 'fr', format: 'markdown', today: '2027-01-20' });
  assert.ok(md.includes('- La tâche «\u00a0T49\u00a0» de la phase `a` n’est pas terminée.\n- … et d’autres\n'), md);
});
