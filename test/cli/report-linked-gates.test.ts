// `rollout-plan report` on a programme folder (issue 18): a gate waits for the phase of another
// plan it links to, named with its open items, in the plan's section and in the programme's
// summary; once that phase is done the report says ready. The other plan is read, not reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli, json, tempTree, write } from './cli-helpers';

const PROGRAMME = 'apiVersion: plan-as-code/v1\nkind: Programme\nmetadata:\n  id: prog\n  title: Programme\n';

const gatePlan = [
  'apiVersion: plan-as-code/v1', 'kind: RolloutPlan', 'metadata:', '  id: a', '  title: Plan A', 'phases:',
  '  - id: go-no-go', '    type: gate', '    title: Go/No-Go', '    after: [b/build]', '',
].join('\n');

const buildPlan = (done: boolean) => [
  'apiVersion: plan-as-code/v1', 'kind: RolloutPlan', 'metadata:', '  id: b', '  title: Plan B', 'phases:',
  '  - id: build', '    type: pilot', '    title: Build', '    checklist:', `      - { task: Install, done: ${done} }`, '',
].join('\n');

interface Gate { phase: string; verdict: string }

test('report a plan of a programme folder: its gate waits for the other plan’s phase, then is ready once it is done', async () => {
  const root = tempTree({ 'programme.rollout.yaml': PROGRAMME, 'a/a.rollout.yaml': gatePlan, 'b/b.rollout.yaml': buildPlan(false) });
  fs.mkdirSync(path.join(root, '.git'));
  const markdown = await cli(['report', 'a/a.rollout.yaml'], { cwd: root });
  assert.equal(markdown.code, 0, markdown.stderr);
  assert.match(markdown.stdout, /- Phase `b\/build` of another plan is not done: 1 checklist item\(s\) open\./);
  assert.doesNotMatch(markdown.stdout, /## Plan B/, 'the other plan is read, not reported');

  const blocked = json<{ programmes: { plans: { id: string; gates: Gate[] }[] }[]; plans: { phases: { gate?: { ready: boolean } }[] }[] }>(
    (await cli(['report', '--format', 'json', 'a/a.rollout.yaml'], { cwd: root })).stdout);
  assert.equal(blocked.plans[0].phases[0].gate?.ready, false);
  assert.deepEqual(blocked.programmes[0].plans.find(p => p.id === 'a')?.gates, [{ phase: 'go-no-go', verdict: 'not-ready' }]);

  write(root, 'b/b.rollout.yaml', buildPlan(true));
  const ready = json<typeof blocked>((await cli(['report', '--format', 'json', 'a/a.rollout.yaml'], { cwd: root })).stdout);
  assert.equal(ready.plans[0].phases[0].gate?.ready, true);
  assert.deepEqual(ready.programmes[0].plans.find(p => p.id === 'a')?.gates, [{ phase: 'go-no-go', verdict: 'ready' }]);
});
