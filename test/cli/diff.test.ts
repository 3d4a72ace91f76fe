// `rollout-plan diff --base <ref>` as a user runs it, on real git repositories: exit codes, git's
// problems in both languages (not a repository, unknown ref, a shallow clone and the fetch that
// fixes it, git missing), usage errors, and the rendered comparison in Markdown and JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CLEAN, cli, ERRORS, json, tempTree } from './cli-helpers';
import { NOTES, SLIPPED, TICKED, commitAll, git, remove, repoWith, write } from './git-repo';

const FR = { LANG: 'fr_FR.UTF-8' };
const own = (id: string, text: string) => `# @${id}\n${text}`;

/** main: four plans; the working tree: one slipped (and renamed), one ticked, one deleted, one kept, one new with errors, a binary at the base. */
function reviewRepo(): string {
  const dir = repoWith({
    'plans/crm.rollout.yaml': own('crm', CLEAN),
    'plans/kept.rollout.yaml': own('kept', CLEAN),
    'plans/gone.rollout.yaml': own('gone', CLEAN),
    'plans/old name.rollout.yaml': own('renamed', CLEAN),
    'plans/was-binary.rollout.yaml': Buffer.from([0x00, 0x01, 0x02]),
    'plans/was-notes.rollout.yaml': NOTES,
  });
  git(dir, 'switch', '-q', '-c', 'feature');
  write(dir, 'plans/crm.rollout.yaml', own('crm', TICKED));
  git(dir, 'mv', 'plans/old name.rollout.yaml', 'plans/new name.rollout.yaml');
  write(dir, 'plans/new name.rollout.yaml', own('renamed', SLIPPED));
  remove(dir, 'plans/gone.rollout.yaml');
  write(dir, 'plans/was-binary.rollout.yaml', own('binary', CLEAN));
  write(dir, 'plans/was-notes.rollout.yaml', own('notes', CLEAN));
  write(dir, 'plans/with errors.rollout.yaml', ERRORS); // untracked
  return dir;
}

const repo = reviewRepo();

test('--help: the options, the --fail-on kinds and the exit codes, in English and French; the main help lists diff', async () => {
  const en = await cli(['diff', '--help']);
  assert.equal(en.code, 0);
  assert.match(en.stdout, /^Usage: rollout-plan diff --base <ref>/);
  assert.match(en.stdout, /new-errors, new-warnings, slip, verdict, owner-removed, removed, any/);
  assert.match(en.stdout, /git fetch --depth=1 origin main:refs\/remotes\/origin\/main/);
  const fr = await cli(['diff', '--help', '--locale', 'fr']);
  assert.match(fr.stdout, /^Utilisation\u00a0: rollout-plan diff --base <ref>/);
  assert.match(fr.stdout, /Codes de sortie\u00a0: 0 le diff a été écrit, 1 un changement de --fail-on/);
  assert.match((await cli(['--help'])).stdout, /^ {2}diff --base <ref> \[paths\] {3}what changed in the plans since a git ref/m);
});

test('usage errors (exit 2): no --base, an unknown --fail-on kind named with the closest', async () => {
  const none = await cli(['diff'], { cwd: repo });
  assert.equal(none.code, 2);
  assert.equal(none.stderr, 'rollout-plan: diff needs --base <ref>: the branch, tag or commit to compare with (e.g. --base origin/main)\n');
  const typo = await cli(['diff', '--base', 'main', '--fail-on', 'new-errors,slips'], { cwd: repo });
  assert.equal(typo.code, 2);
  assert.equal(typo.stderr, 'rollout-plan: unknown --fail-on kind "slips"; did you mean slip? (known: new-errors, new-warnings, slip, verdict, owner-removed, removed, any)\n');
  const fr = await cli(['diff', '--base', 'main', '--fail-on', 'zzz'], { cwd: repo, env: FR });
  assert.equal(fr.stderr, 'rollout-plan\u00a0: type --fail-on inconnu «\u00a0zzz\u00a0» (types connus\u00a0: new-errors, new-warnings, slip, verdict, owner-removed, removed, any)\n');
  assert.equal(typo.stdout + fr.stdout, '');
});

test('not a git repository, an unknown ref, git missing: exit 2 with one clear line, in English and French', async () => {
  const plain = tempTree({ 'a.rollout.yaml': CLEAN });
  const notRepo = await cli(['diff', '--base', 'main'], { cwd: plain });
  assert.equal(notRepo.code, 2);
  assert.equal(notRepo.stderr, `rollout-plan: ${plain} is not in a git repository; run the diff inside a clone\n`);
  const notRepoFr = await cli(['diff', '--base', 'main'], { cwd: plain, env: FR });
  assert.equal(notRepoFr.stderr, `rollout-plan\u00a0: ${plain} n’est pas dans un dépôt git\u00a0; lancez le diff dans un clone\n`);

  const unknown = await cli(['diff', '--base', 'origin/nope'], { cwd: repo });
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, 'rollout-plan: origin/nope names no commit in this repository (a branch, tag, remote branch or commit hash)\n');

  const noGit = await cli(['diff', '--base', 'main'], { cwd: repo, env: { PATH: path.join(plain, 'no-bin') } });
  assert.equal(noGit.code, 2);
  assert.equal(noGit.stderr, 'rollout-plan: git is not installed, or not on the PATH; the diff reads the base through git\n');
});

test('a shallow clone without the base says how to fetch it, and that fetch makes the base known', async () => {
  const upstream = repoWith({ 'plans/crm.rollout.yaml': CLEAN });
  git(upstream, 'branch', 'release');
  commitAll(upstream, 'later on main');
  const clone = path.join(tempTree(), 'clone');
  git(path.dirname(clone), 'clone', '-q', '--depth=1', `file://${upstream}`, clone);
  const remoteRef = await cli(['diff', '--base', 'origin/release'], { cwd: clone });
  assert.equal(remoteRef.code, 2);
  assert.equal(remoteRef.stderr, 'rollout-plan: origin/release is not in this shallow clone (only the latest commits were fetched): '
    + 'fetch it with `git fetch --depth=1 origin release:refs/remotes/origin/release` and compare with --base origin/release, '
    + 'or give actions/checkout `fetch-depth: 0`\n');
  const fr = await cli(['diff', '--base', 'release'], { cwd: clone, env: FR });
  assert.match(fr.stderr, /^rollout-plan\u00a0: release n’est pas dans ce clone superficiel .*récupérez-le avec `git fetch --depth=1 origin release:refs\/remotes\/origin\/release` et comparez avec --base origin\/release/);
  // the user follows the hint
  git(clone, 'fetch', '-q', '--depth=1', 'origin', 'release:refs/remotes/origin/release');
  const fetched = await cli(['diff', '--base', 'origin/release', '--format', 'json'], { cwd: clone });
  assert.doesNotMatch(fetched.stderr, /shallow|names no commit/);
});

test('a plan outside the repository is named (exit 2); a path deleted since the base is not "missing"', async () => {
  const outside = tempTree({ 'elsewhere.rollout.yaml': CLEAN });
  const run = await cli(['diff', '--base', 'main', path.join(outside, 'elsewhere.rollout.yaml'), 'plans/gone.rollout.yaml'], { cwd: repo });
  assert.equal(run.code, 2);
  assert.match(run.stderr, new RegExp(`^rollout-plan: ${path.relative(repo, outside)}/elsewhere.rollout.yaml: outside the git repository ${fs.realpathSync(repo)}: not compared$`, 'm'));
  assert.doesNotMatch(run.stderr, /gone\.rollout\.yaml: no such file/);
});

test('Markdown (default): a summary naming the base, the changed plans, the rename, the slip in days; the kept plan not as a change', async () => {
  const run = await cli(['diff', '--base', 'main'], { cwd: repo });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /main/);
  for (const name of ['plans/crm.rollout.yaml', 'plans/new name.rollout.yaml', 'plans/gone.rollout.yaml', 'plans/with errors.rollout.yaml', 'plans/was-binary.rollout.yaml', 'plans/was-notes.rollout.yaml']) {
    assert.ok(run.stdout.includes(name), `${name} in\n${run.stdout}`);
  }
  assert.ok(run.stdout.includes('plans/old name.rollout.yaml'), 'the rename names the old path');
  assert.match(run.stdout, /\+9\s?d/);
  assert.doesNotMatch(run.stdout, /#+ .*plans\/kept\.rollout\.yaml/, 'an unchanged plan has no section');
});

test('Markdown in French (--locale fr, LANG=fr): the slip in days as « j », the same plans', async () => {
  const en = await cli(['diff', '--base', 'main'], { cwd: repo });
  const byOption = await cli(['diff', '--base', 'main', '--locale', 'fr'], { cwd: repo });
  const byEnv = await cli(['diff', '--base', 'main'], { cwd: repo, env: FR });
  assert.equal(byOption.code, 0, byOption.stderr);
  assert.equal(byOption.stdout, byEnv.stdout);
  assert.notEqual(byOption.stdout, en.stdout);
  assert.match(byOption.stdout, /\+9\s?j/);
  assert.ok(byOption.stdout.includes('plans/new name.rollout.yaml'));
});

test('JSON: one entry per compared plan, parseable, the same plans as the Markdown; --output writes it to a file', async () => {
  const out = path.join(tempTree(), 'diff.json');
  const run = await cli(['diff', '--base', 'main', '--format', 'json', '--output', out], { cwd: repo });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  const text = fs.readFileSync(out, 'utf8');
  json(text);
  for (const name of ['plans/crm.rollout.yaml', 'plans/new name.rollout.yaml', 'plans/gone.rollout.yaml']) assert.ok(text.includes(name), name);
});

test('--fail-on: exit 1 when a listed kind was found (the slip, the new errors), 0 when none', async () => {
  assert.equal((await cli(['diff', '--base', 'main', '--fail-on', 'slip'], { cwd: repo })).code, 1);
  assert.equal((await cli(['diff', '--base', 'main', '--fail-on', 'new-errors'], { cwd: repo })).code, 1);
  assert.equal((await cli(['diff', '--base', 'main', '--fail-on', 'verdict'], { cwd: repo })).code, 0);
  // only the ticked plan: no slip there
  assert.equal((await cli(['diff', '--base', 'main', '--fail-on', 'slip,removed', 'plans/crm.rollout.yaml'], { cwd: repo })).code, 0);
});
