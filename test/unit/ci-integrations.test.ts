// The CI integrations a team copies: action.yml, .pre-commit-hooks.yaml and the workflows of
// docs/ci.md are valid YAML with the shape the docs describe (the inputs documented are the
// action's, every `uses` is pinned, the sticky comment's marker is there, the hook's fields).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers';

interface Step { name?: string; id?: string; if?: string; uses?: string; run?: string; shell?: string; with?: Record<string, string>; env?: Record<string, string> }
interface Action { name: string; description: string; inputs: Record<string, { description: string; default?: string }>; runs: { using: string; steps: Step[] } }
interface Workflow { on: unknown; jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }> }
interface Hook { id: string; language: string; entry: string; files: string; pass_filenames: boolean }

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const action = parse(read('action.yml')) as Action;
const ciDoc = read('docs/ci.md');
const manifest = JSON.parse(read('package.json')) as { version: string; bin: Record<string, string>; repository: { url: string } };

/** The text of a `##` or `###` section of docs/ci.md, up to the next heading of that level or above */
function section(heading: string): string {
  const start = ciDoc.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `docs/ci.md has "${heading}"`);
  const level = heading.indexOf(' ');
  const rest = ciDoc.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}
const yamlBlocks = (text: string) => [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(m => m[1]);
/** a version tag (v4, v0.1.0) or a full commit SHA: never a branch */
const PINNED = /@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;
const actionRef = `${new URL(manifest.repository.url).pathname.slice(1)}@v${manifest.version}`;

test('action.yml is a composite action whose run steps use bash and whose `uses` are pinned', () => {
  assert.equal(action.runs.using, 'composite');
  assert.ok(action.name && action.description);
  for (const step of action.runs.steps) {
    if (step.run !== undefined) assert.equal(step.shell, 'bash', step.name);
    if (step.uses !== undefined) assert.match(step.uses, PINNED, step.name);
    // an input spliced into a script could inject a command: scripts read them from `env`
    if (step.run !== undefined) assert.doesNotMatch(step.run, /\$\{\{/, step.name);
  }
  assert.deepEqual(action.runs.steps.map(s => s.uses).filter(Boolean), ['actions/cache@v4', 'github/codeql-action/upload-sarif@v4', 'actions/github-script@v8']);
});

test('action.yml uses every input it declares, and declares every input it uses', () => {
  const text = read('action.yml');
  const used = new Set([...text.matchAll(/inputs\.([\w-]+)/g)].map(m => m[1]));
  assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
  assert.deepEqual(Object.keys(action.inputs), ['paths', 'base-ref', 'fail-on', 'locale', 'version', 'sarif', 'comment', 'cache']);
  assert.equal(action.inputs['base-ref'].default, '${{ github.event.pull_request.base.sha }}');
  assert.equal(action.inputs.sarif.default, 'true');
  assert.equal(action.inputs.comment.default, 'true');
  assert.equal(action.inputs.cache.default, 'true');
});

test('action.yml checks as SARIF, uploads it, diffs against the base, keeps one sticky comment and gates', () => {
  const steps = action.runs.steps;
  const run = (id: string) => steps.find(s => s.id === id)?.run ?? '';
  assert.match(run('sarif'), /rollout-plan check --format sarif /);
  assert.equal(steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.category, 'rollout-plans');
  assert.match(run('diff'), /rollout-plan diff --base "\$BASE" --format markdown .*\$\{FAIL_ON:\+--fail-on "\$FAIL_ON"\}/);
  const script = steps.find(s => s.uses?.startsWith('actions/github-script'))?.with?.script ?? '';
  assert.ok(script.includes("const MARKER = '<!-- rollout-plans:diff -->'"));
  assert.match(script, /updateComment\(/);
  assert.match(script, /createComment\(/);
  const gate = steps.at(-1);
  assert.equal(gate?.if, 'always()');
  assert.match(gate?.run ?? '', /rollout-plan check /);
  // both checks share the cache that actions/cache restores before the first one and saves after the job
  const cache = steps.findIndex(s => s.uses?.startsWith('actions/cache'));
  assert.ok(cache >= 0 && cache < steps.findIndex(s => s.id === 'sarif'), 'the cache is restored before the first check');
  const cachePath = steps[cache].with?.path;
  for (const step of [steps.find(s => s.id === 'sarif'), gate]) {
    assert.match(step?.run ?? '', /\$\{CACHE:\+--cache-location "\$CACHE"\}/);
    assert.equal(step?.env?.CACHE, "${{ inputs.cache == 'true' && format('{0}/rollout-plans-cache', runner.temp) || '' }}");
  }
  assert.equal(cachePath, '${{ runner.temp }}/rollout-plans-cache');
});

test('docs/ci.md documents exactly the inputs of action.yml', () => {
  const rows = section('### Inputs').split('\n').filter(l => l.startsWith('| `'));
  assert.deepEqual(rows.map(l => /^\| `([\w-]+)`/.exec(l)?.[1]), Object.keys(action.inputs));
});

test('docs/ci.md: every YAML block parses, every `uses` is pinned, and the action\'s workflow is complete', () => {
  const blocks = yamlBlocks(ciDoc);
  assert.ok(blocks.length >= 4);
  const workflows = blocks.map(b => parse(b) as Partial<Workflow>).filter((w): w is Workflow => w.jobs !== undefined);
  assert.equal(workflows.length, 2, 'the action\'s workflow and the step-by-step one');
  for (const workflow of workflows) {
    for (const job of Object.values(workflow.jobs)) for (const step of job.steps) if (step.uses) assert.match(step.uses, PINNED);
  }
  const [withAction] = workflows.filter(w => Object.values(w.jobs).some(j => j.steps.some(s => s.uses === actionRef)));
  assert.ok(withAction, `a workflow uses ${actionRef}`);
  const job = Object.values(withAction.jobs)[0];
  assert.equal(job.permissions?.['pull-requests'], 'write');
  assert.equal(job.permissions?.['security-events'], 'write');
  assert.equal(job.steps.find(s => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth'], 0);
  const inputs = Object.keys(job.steps.find(s => s.uses === actionRef)?.with ?? {});
  assert.deepEqual(inputs.filter(name => !Object.hasOwn(action.inputs, name)), [], 'the workflow gives only inputs the action has');
  assert.ok(section('## What a pull request changed: `rollout-plan diff`').trim().length > 0);
});

test('.pre-commit-hooks.yaml: rollout-plan-check runs the package\'s bin on the plan files it is given', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Hook[];
  assert.deepEqual(hooks.map(h => h.id), ['rollout-plan-check']);
  const [hook] = hooks;
  assert.equal(hook.language, 'node');
  assert.equal(hook.entry, 'rollout-plan check');
  assert.ok(Object.hasOwn(manifest.bin, hook.entry.split(' ')[0]), 'the entry is the package\'s bin');
  assert.equal(hook.pass_filenames, true);
  const files = new RegExp(hook.files);
  for (const name of ['a.rollout.yaml', 'plans/b.rollout.yml']) assert.ok(files.test(name), name);
  for (const name of ['c.yaml', 'd.rollout.yaml.bak', 'rollout.json']) assert.ok(!files.test(name), name);
  const config = yamlBlocks(section('## pre-commit')).map(b => parse(b) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] })[0];
  assert.deepEqual(config.repos, [{ repo: manifest.repository.url, rev: `v${manifest.version}`, hooks: [{ id: 'rollout-plan-check' }] }]);
});
