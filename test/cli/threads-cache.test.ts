// `rollout-plan check` on worker threads (--jobs) and with --cache (issue 20): the same output,
// byte for byte, as one thread without a cache, cross-plan findings included; the cache's debug
// line (ROLLOUT_PLAN_DEBUG) says which plans were analysed again and which came from the cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { cacheBuild } from '../../server/src/cli/check-cache';
import { PLAN_A, PLAN_B, PROGRAMME, planWithoutOwner } from '../server/programme-plans';
import { cli, tempTree, write } from './cli-helpers';

const DEBUG = { ROLLOUT_PLAN_DEBUG: '1' };
const CACHE = '.rollout-plan-cache';

/**
 * A repository: a programme in prog/ whose plan b links to a/x (broken when `brokenLink`, a cross-plan
 * finding), and plans with a missing owner each in its own folder and config (their own implicit programmes);
 * six files checked, the programme file among them.
 */
const repository = (options: { brokenLink?: boolean } = {}) => {
  const files: Record<string, string> = {
    'prog/programme.rollout.yaml': PROGRAMME,
    'prog/a.rollout.yaml': options.brokenLink ? PLAN_A.replace('- id: x', '- id: w') : PLAN_A,
    'prog/b.rollout.yaml': PLAN_B,
  };
  for (const name of ['c', 'd', 'e']) {
    files[`${name}/rollout-plan.config.json`] = '{}';
    files[`${name}/${name}.rollout.yaml`] = planWithoutOwner(name);
  }
  const root = tempTree(files);
  fs.mkdirSync(path.join(root, '.git'));
  return root;
};

/** `6 plans: 1 analysed on 1 threads, 5 from the cache` → its numbers */
const stats = (stderr: string) => {
  const m = /(\d+) plans: (\d+) analysed on (\d+) threads, (\d+) from the cache/.exec(stderr);
  assert.ok(m, stderr);
  return { plans: Number(m[1]), analysed: Number(m[2]), threads: Number(m[3]), reused: Number(m[4]) };
};

test('--jobs 2 and 3: text, JSON and SARIF byte-identical to --jobs 1, the cross-plan finding included', async () => {
  const root = repository({ brokenLink: true });
  for (const format of ['text', 'json', 'sarif']) {
    const one = await cli(['check', '--format', format, '--jobs', '1'], { cwd: root });
    assert.equal(one.code, 1, one.stderr);
    if (format === 'json') assert.ok(one.stdout.includes('"code": "undefined-phase"'), 'the broken link across plans is found');
    for (const jobs of ['2', '3']) {
      const many = await cli(['check', '--format', format, '--jobs', jobs], { cwd: root, env: DEBUG });
      assert.equal(stats(many.stderr).threads, Number(jobs), 'the plans were checked on the worker threads');
      assert.equal(many.code, one.code);
      assert.equal(many.stdout, one.stdout, `${format}, --jobs ${jobs}`);
    }
  }
});

test('--jobs 2: a listed plan that cannot be read (too large) is the same notice and the same findings as on one thread', async () => {
  const root = repository({ brokenLink: true });
  // the workers are handed the texts the main thread read: this one they find unreadable on their own
  write(root, 'prog/huge.rollout.yaml', Buffer.alloc(16 * 1024 * 1024 + 1, 0x61));
  const one = await cli(['check', '--format', 'json', '--jobs', '1'], { cwd: root });
  const two = await cli(['check', '--format', 'json', '--jobs', '2'], { cwd: root, env: DEBUG });
  assert.equal(stats(two.stderr).threads, 2);
  assert.equal(two.code, one.code);
  assert.equal(two.stdout, one.stdout);
  assert.ok(one.stderr.includes('huge.rollout.yaml'), one.stderr);
  assert.equal(two.stderr.split('\n').filter(line => !/ from the cache/.test(line)).join('\n'), one.stderr);
});

test('--cache: nothing changed, no plan is analysed and the output is the same; a changed plan is analysed again, alone', async () => {
  const root = repository();
  const reference = await cli(['check', '--jobs', '1'], { cwd: root });
  const cold = await cli(['check', '--cache'], { cwd: root, env: DEBUG });
  assert.deepEqual(stats(cold.stderr), { plans: 6, analysed: 6, threads: 1, reused: 0 });
  assert.ok(fs.existsSync(path.join(root, CACHE)));
  const warm = await cli(['check', '--cache'], { cwd: root, env: DEBUG });
  assert.deepEqual(stats(warm.stderr), { plans: 6, analysed: 0, threads: 1, reused: 6 });
  assert.equal(warm.stdout, reference.stdout);
  assert.equal(warm.code, reference.code);

  write(root, 'c/c.rollout.yaml', planWithoutOwner('c').replace('title: Cadrage', 'title: Cadrage\n    owner: pmo'));
  const changed = await cli(['check', '--cache', '--format', 'json'], { cwd: root, env: DEBUG });
  assert.deepEqual(stats(changed.stderr), { plans: 6, analysed: 1, threads: 1, reused: 5 });
  assert.equal(changed.stdout, (await cli(['check', '--format', 'json', '--jobs', '1'], { cwd: root })).stdout);
});

/** After `change` to the other files of a cached run, a warm run on plan b alone checks it again and finds `code`, as a run without the cache does. */
async function rechecksPlanB(root: string, change: () => void, code: string): Promise<void> {
  const cold = await cli(['check', '--cache', '--format', 'json'], { cwd: root });
  assert.ok(!cold.stdout.includes(`"code": "${code}"`), cold.stdout);
  change();
  const onlyB = ['--format', 'json', 'prog/b.rollout.yaml'];
  const warm = await cli(['check', '--cache', ...onlyB], { cwd: root, env: DEBUG });
  assert.deepEqual(stats(warm.stderr), { plans: 1, analysed: 1, threads: 1, reused: 0 });
  assert.ok(warm.stdout.includes(`"code": "${code}"`), warm.stdout);
  assert.equal(warm.stdout, (await cli(['check', '--jobs', '1', ...onlyB], { cwd: root })).stdout);
}

test('--cache: a change in another plan of the programme that breaks a link re-checks the linking plan', async () => {
  const root = repository();
  await rechecksPlanB(root, () => write(root, 'prog/a.rollout.yaml', PLAN_A.replace('- id: x', '- id: w')), 'undefined-phase');
});

test('--cache: another folder\'s config that excludes a linked plan from the programme re-checks the linking plan', async () => {
  const root = tempTree({ 'prog/programme.rollout.yaml': PROGRAMME, 'prog/b.rollout.yaml': PLAN_B, 'prog/sub/a.rollout.yaml': PLAN_A });
  fs.mkdirSync(path.join(root, '.git'));
  // b's own text and config stay the same: only the world of the run (a's config) changes
  await rechecksPlanB(root, () => write(root, 'prog/sub/rollout-plan.config.json', JSON.stringify({ exclude: ['a.rollout.yaml'] })), 'undefined-phase');
});

test('--cache: a plan added to the programme with a taken id (first in path order) re-checks the plan that had it', async () => {
  const root = repository();
  await rechecksPlanB(root, () => write(root, 'prog/a0-copy.rollout.yaml', PLAN_B.replace('title: CRM', 'title: CRM bis')), 'duplicate-id');
});

test('--cache: a config change re-checks its plans with the new severities', async () => {
  const root = repository();
  await cli(['check', '--cache'], { cwd: root });
  write(root, 'd/rollout-plan.config.json', JSON.stringify({ rules: { 'missing-owner': 'error' } }));
  const warm = await cli(['check', '--cache', '--format', 'json'], { cwd: root, env: DEBUG });
  assert.deepEqual(stats(warm.stderr), { plans: 6, analysed: 1, threads: 1, reused: 5 });
  assert.equal(warm.code, 1, 'd\'s missing owner is now an error');
  assert.equal(warm.stdout, (await cli(['check', '--format', 'json', '--jobs', '1'], { cwd: root })).stdout);
});

test('--cache-location: a corrupt, truncated, hostile or other-version cache is ignored and rewritten', async () => {
  const root = repository({ brokenLink: true });
  const reference = await cli(['check', '--jobs', '1'], { cwd: root });
  const cacheFile = path.join(root, 'ci-cache', 'check.json');
  await cli(['check', '--cache-location', cacheFile], { cwd: root });
  // two JSON lines: the results with the run's world, then the summaries
  const lines = (text: string) => text.split('\n').map(line => JSON.parse(line) as Record<string, Record<string, Record<string, unknown>>>);
  const good = fs.readFileSync(cacheFile, 'utf8');
  const [head, summaries] = lines(good);
  const hostileHead = structuredClone(head);
  for (const entry of Object.values(hostileHead.results)) entry.diagnostics = [{ range: 'everywhere', message: 7 }];
  const hostileSummaries = structuredClone(summaries);
  for (const entry of Object.values(hostileSummaries)) entry.summary = { phases: 'none' };
  const damaged = {
    corrupt: 'not json at all {',
    truncated: good.slice(0, Math.floor(good.length / 2)),
    hostile: `${JSON.stringify(hostileHead)}\n${JSON.stringify(hostileSummaries)}`,
    otherVersion: `${JSON.stringify({ ...head, version: '0.0.0-other' })}\n${JSON.stringify(summaries)}`,
    proto: '{"__proto__": {"polluted": true}, "format": 1}\n{}',
  };
  for (const [name, text] of Object.entries(damaged)) {
    fs.writeFileSync(cacheFile, text);
    const r = await cli(['check', '--cache-location', cacheFile], { cwd: root, env: DEBUG });
    assert.equal(r.stdout, reference.stdout, name);
    assert.equal(r.code, reference.code, name);
    assert.equal(stats(r.stderr).reused, 0, name);
    assert.deepEqual(lines(fs.readFileSync(cacheFile, 'utf8')), lines(good), `${name}: rewritten`);
  }
  assert.deepEqual(fs.readdirSync(path.dirname(cacheFile)), ['check.json'], 'no temporary file left behind');
});

test('the cache is valid for one build: another bundle of the same version, or an unreadable one, is another key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-build-'));
  try {
    const bundle = path.join(dir, 'cli.js');
    fs.writeFileSync(bundle, 'one build');
    const first = cacheBuild('1.0.0', bundle);
    assert.match(first, /^1\.0\.0\+[0-9a-f]{16}$/);
    assert.equal(cacheBuild('1.0.0', bundle), first, 'the same bundle, the same key');
    fs.writeFileSync(bundle, 'another build');
    assert.notEqual(cacheBuild('1.0.0', bundle), first, 'a rebuilt bundle invalidates the cache');
    assert.equal(cacheBuild('1.0.0', path.join(dir, 'missing.js')), '1.0.0');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
