// Readiness as plan-format.md defines it: target comparisons, phase progress, gates through
// transitive `after`, and missing owners.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, service } from './helpers';
import { parseTarget } from '../../server/src/service/plan/readiness';

const readiness = (text: string) => service().analyze(docOf(text)).readiness;

function plan(criteria: string, phases: string): string {
  return `apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata:\n  id: p\n  title: P\ncriteria:\n${criteria}phases:\n${phases}`;
}

test('targets: comparators, percentages, decimal comma, bare number', () => {
  assert.deepEqual(parseTarget('>= 30'), { comparator: '>=', value: 30, percent: false });
  assert.deepEqual(parseTarget('< 2%'), { comparator: '<', value: 2, percent: true });
  assert.deepEqual(parseTarget('= 100 %'), { comparator: '=', value: 100, percent: true });
  assert.deepEqual(parseTarget('30'), { comparator: '>=', value: 30, percent: false });
  assert.deepEqual(parseTarget('<= 1,5%'), { comparator: '<=', value: 1.5, percent: true });
  assert.equal(parseTarget('beaucoup'), undefined);
  assert.equal(parseTarget('>= trente'), undefined);
});

test('criteria are met, unmet or unknown', () => {
  const r = readiness(plan([
    '  a: { title: A, target: ">= 30", actual: 34 }',
    '  b: { title: B, target: "< 2%", actual: "2.5%" }',
    '  c: { title: C, target: "= 100%", actual: "100%" }',
    '  d: { title: D, target: ">= 80%" }',
    '  e: { title: E, kind: qualitative, met: true }',
    '  f: { title: F, kind: qualitative, met: false }',
    '  g: { title: G, kind: qualitative }',
    '  h: { title: H, target: "< 5", actual: 5 }',
  ].join('\n') + '\n', '  - { id: x, type: definition }\n'));
  assert.deepEqual(Object.fromEntries(r.criteria), { a: 'met', b: 'unmet', c: 'met', d: 'unknown', e: 'met', f: 'unmet', g: 'unknown', h: 'unmet' });
});

const GATE_PLAN = plan('  ok: { title: OK, target: ">= 1", actual: 2, owner: m }\n', `  - id: a
    type: definition
    owner: m
    checklist:
      - { task: Cadrer, owner: m, done: true }
      - { task: Budget, owner: m }
  - id: b
    type: pilot
    owner: m
    after: [a]
    exitCriteria: [ok]
    risks:
      - { id: r1, title: R, severity: high, owner: m }
  - id: gate
    type: gate
    owner: m
    after: [b]
    criteria: [ok]
`);

test('a gate looks through `after` transitively: open tasks and unmitigated risks are its reasons', () => {
  const [gate] = readiness(GATE_PLAN).gates;
  assert.equal(gate.ready, false);
  assert.deepEqual(gate.reasons.map(r => r.key).sort(), ['readiness.riskUnmitigated', 'readiness.taskOpen']);
  assert.equal(gate.reasons.find(r => r.key === 'readiness.taskOpen')!.args.task, 'Budget');
});

test('a gate is ready once every task is done and the risk is mitigated', () => {
  const fixed = GATE_PLAN.replace('{ task: Budget, owner: m }', '{ task: Budget, owner: m, done: true }')
    .replace('severity: high, owner: m', 'severity: high, owner: m, mitigation: Plan B');
  const [gate] = readiness(fixed).gates;
  assert.deepEqual(gate.reasons, []);
  assert.equal(gate.ready, true);
});

test('missing owners list phases, tasks, criteria, risks and waves without champion', () => {
  const r = readiness(plan('  c1: { title: C }\n', `  - id: p1
    type: scale-up
    checklist:
      - task: T
    risks:
      - { id: r, title: R }
    waves:
      - { id: w1 }
`));
  assert.deepEqual(r.missingOwners.map(m => `${m.kind}:${m.name}`), ['criterion:c1', 'phase:p1', 'task:T', 'risk:r', 'wave:w1']);
});
