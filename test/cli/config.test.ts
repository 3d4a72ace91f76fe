// rollout-plan.config.json: the nearest one above each plan (as in the editor), --config, and
// configs that are broken: a clear message naming the file, exit 2, the plans still checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, json, tempTree, WARNINGS, ERRORS, CLEAN } from './cli-helpers';

const CONFIG = 'rollout-plan.config.json';
const codes = (stdout: string) => json(stdout).map((f: any) => `${f.file} ${f.diagnostics.map((d: any) => `${d.code}:${d.severity}`).join(',')}`);

test('the nearest config applies to each plan: off disables a check, a severity changes it', async () => {
  const dir = tempTree({
    [CONFIG]: JSON.stringify({ rules: { 'missing-owner': 'off' } }),
    'quiet/w.rollout.yaml': WARNINGS,
    'strict/w.rollout.yaml': WARNINGS,
    [`strict/${CONFIG}`]: JSON.stringify({ rules: { 'missing-owner': 'error' } }),
    // a repository: the config search goes up to its root (outside one, it stops at the working folder)
    '.git/HEAD': 'ref: refs/heads/main\n',
  });
  const r = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(codes(r.stdout), [
    'quiet/w.rollout.yaml ',
    `strict/w.rollout.yaml ${Array(5).fill('missing-owner:error').join(',')}`,
  ]);
  // from inside a subfolder of the repository, the config above it still applies
  const sub = await cli(['check', '--format', 'json'], { cwd: `${dir}/quiet` });
  assert.equal(sub.code, 0);
  assert.deepEqual(codes(sub.stdout), ['w.rollout.yaml ']);
});

test('include and exclude globs of the config, relative to its folder, select the plans', async () => {
  const dir = tempTree({
    [CONFIG]: JSON.stringify({ include: ['plans/**/*.yaml'], exclude: ['plans/archive/**'] }),
    'plans/current.yaml': CLEAN,
    'plans/archive/old.yaml': ERRORS,
    'elsewhere/x.rollout.yaml': ERRORS,
  });
  const r = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(json(r.stdout).map((f: any) => f.file), ['plans/current.yaml']);
});

test('--config names the config for every plan, over the nearest one', async () => {
  const dir = tempTree({
    [CONFIG]: JSON.stringify({ rules: { 'missing-owner': 'error' } }),
    'ci/relaxed.json': JSON.stringify({ rules: { 'missing-owner': 'information' } }),
    'w.rollout.yaml': WARNINGS,
  });
  assert.equal((await cli(['check'], { cwd: dir })).code, 1);
  const r = await cli(['check', '--config', 'ci/relaxed.json', '--format', 'json', 'w.rollout.yaml'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(codes(r.stdout), [`w.rollout.yaml ${Array(5).fill('missing-owner:information').join(',')}`]);
});

test('a missing --config is exit 2 with one line, and nothing is checked', async () => {
  const dir = tempTree({ 'e.rollout.yaml': ERRORS });
  const r = await cli(['check', '--config', 'nope.json'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'rollout-plan: cannot read config nope.json: no such file or folder\n');
});

test('a config that is not valid JSON: message naming it, exit 2, plans checked with the defaults', async () => {
  const dir = tempTree({ [CONFIG]: '{ "rules": { "missing-owner": "off", } ', 'w.rollout.yaml': WARNINGS });
  const r = await cli(['check'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^rollout-plan: rollout-plan\.config\.json: not valid JSON/);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1);
  assert.match(r.stdout, /0 errors, 5 warnings in 1 of 1 plan/);
});

test('a config with an unknown code: message naming the file and the code, exit 2, the rest of it applies', async () => {
  const dir = tempTree({ [CONFIG]: JSON.stringify({ rules: { 'missing-owners': 'off', 'missing-owner': 'hint' } }), 'w.rollout.yaml': WARNINGS });
  const r = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /rollout-plan\.config\.json: unknown check code "missing-owners"/);
  assert.deepEqual(codes(r.stdout), [`w.rollout.yaml ${Array(5).fill('missing-owner:hint').join(',')}`]);
});
