// Untrusted input from the repository: configs and plans that are FIFOs, links to /dev/zero or
// huge, hostile globs, option names from Object.prototype, a config above the search boundary.
// Each gives a clear message and an exit code, never a hang (every run is killed after 20 s).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLEAN, cli as run, json, tempTree, WARNINGS, write } from './cli-helpers';

const CONFIG = 'rollout-plan.config.json';
const isWindows = process.platform === 'win32';
const cli = (args: string[], cwd: string) => run(args, { cwd, timeoutMs: 20_000 });
const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

test('a config that is a link to /dev/zero: exit 2 saying it is not a regular file; plans checked with the defaults', { skip: isWindows }, async () => {
  const dir = tempTree({ 'w.rollout.yaml': WARNINGS });
  fs.symlinkSync('/dev/zero', path.join(dir, CONFIG));
  const r = await cli(['check'], dir);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stderr, `rollout-plan: ${CONFIG}: cannot read: not a regular file (a pipe, a device or a socket is never read)\n`);
  assert.match(r.stdout, /0 errors, 5 warnings in 1 of 1 plan/);
});

test('a config that is a FIFO: exit 2 at once, not a wait for a writer', { skip: isWindows }, async () => {
  const dir = tempTree({ 'ok.rollout.yaml': CLEAN });
  mkfifo(path.join(dir, CONFIG));
  const r = await cli(['check'], dir);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /rollout-plan\.config\.json: cannot read: not a regular file/);
  const named = await cli(['check', '--config', CONFIG], dir);
  assert.equal(named.code, 2);
  assert.equal(named.stderr, `rollout-plan: cannot read config ${CONFIG}: not a regular file (a pipe, a device or a socket is never read)\n`);
});

test('a plan that is a FIFO, named on the command line: exit 2 naming it; the others are still checked', { skip: isWindows }, async () => {
  const dir = tempTree({ 'ok.rollout.yaml': CLEAN });
  mkfifo(path.join(dir, 'pipe.rollout.yaml'));
  const r = await cli(['check', 'pipe.rollout.yaml', 'ok.rollout.yaml'], dir);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stderr, 'rollout-plan: pipe.rollout.yaml: cannot read: not a regular file (a pipe, a device or a socket is never read)\n');
  assert.match(r.stdout, /No problems in 1 plan/);
});

test('a config over 1 MiB: exit 2 saying the limit (in French too); plans checked with the defaults', async () => {
  const dir = tempTree({ [CONFIG]: `{"rules": {}}${' '.repeat(1024 * 1024)}`, 'ok.rollout.yaml': CLEAN });
  const r = await cli(['check'], dir);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stderr, `rollout-plan: ${CONFIG}: cannot read: larger than 1 MiB, the limit for this file\n`);
  const fr = await cli(['check', '--locale', 'fr'], dir);
  assert.equal(fr.stderr, `rollout-plan\u00a0: ${CONFIG}\u00a0: lecture impossible\u00a0: plus de 1 Mio, la limite pour ce fichier\n`);
  assert.match(r.stdout, /No problems in 1 plan/);
});

test('a plan over 16 MiB: exit 2 saying the limit', async () => {
  const dir = tempTree({ 'ok.rollout.yaml': CLEAN });
  write(dir, 'huge.rollout.yaml', Buffer.alloc(16 * 1024 * 1024 + 1, 0x20));
  const r = await cli(['check'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'rollout-plan: huge.rollout.yaml: cannot read: larger than 16 MiB, the limit for this file\n');
});

test('a hostile exclude glob against a long plan name: answered fast, and the same matcher as the editor', async () => {
  const name = `${'a'.repeat(150)}.rollout.yaml`;
  const dir = tempTree({ [CONFIG]: JSON.stringify({ exclude: ['*a*a*a*a*a*a*a*ab'] }), [name]: WARNINGS });
  const r = await cli(['check', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(json(r.stdout).map((f: any) => f.file), [name]);
  assert.ok(r.ms < 10_000, `took ${Math.round(r.ms)} ms`);
  const glob = await cli(['check', '--format', 'json', '*a*a*a*a*a*a*a*ab'], dir);
  assert.equal(glob.code, 2);
  assert.equal(glob.stderr, 'rollout-plan: no file matches *a*a*a*a*a*a*a*ab\n');
});

test('a glob the matcher refuses: in the config a config problem (the rest applies), on the command line exit 2 with the reason', async () => {
  const dir = tempTree({ [CONFIG]: JSON.stringify({ exclude: ['{a,b}'.repeat(9), 'old/**'] }), 'ok.rollout.yaml': CLEAN, 'old/w.rollout.yaml': WARNINGS });
  const r = await cli(['check'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `rollout-plan: ${CONFIG}: the "exclude" pattern "${'{a,b}'.repeat(9)}" is ignored: its braces expand to more than 256 patterns\n`);
  assert.match(r.stdout, /No problems in 1 plan/);
  const arg = await cli(['check', '@(ok|w).rollout.yaml'], dir);
  assert.equal(arg.code, 2);
  assert.match(arg.stderr, /^rollout-plan: cannot use the glob @\(ok\|w\)\.rollout\.yaml: extended glob syntax/);
});

test('option names from Object.prototype are unknown options (exit 2), not internal errors', async () => {
  const dir = tempTree({ 'ok.rollout.yaml': CLEAN });
  for (const option of ['--constructor', '--__proto__=x', '--toString', '--hasOwnProperty']) {
    const r = await cli(['check', option, 'ok.rollout.yaml'], dir);
    assert.equal(r.code, 2, option);
    assert.match(r.stderr, new RegExp(`^rollout-plan: unknown option ${option.replace(/=.*/, '')} for "check"`), option);
  }
  const report = await cli(['report', '--constructor', 'ok.rollout.yaml'], dir);
  assert.equal(report.code, 2);
  assert.match(report.stderr, /unknown option --constructor for "report"/);
});

test('the config search stops at the git repository root, or else at the working folder', async () => {
  const outer = tempTree({ [CONFIG]: JSON.stringify({ rules: { 'missing-owner': 'error' } }) });
  // inside a repository: a config above its root is ignored, one at its root applies from any sub-folder
  write(outer, 'repo/.git/HEAD', 'ref: refs/heads/main\n');
  write(outer, 'repo/plans/w.rollout.yaml', WARNINGS);
  const repo = await cli(['check'], path.join(outer, 'repo'));
  assert.equal(repo.code, 0, repo.stdout + repo.stderr);
  write(outer, `repo/${CONFIG}`, JSON.stringify({ rules: { 'missing-owner': 'off' } }));
  const sub = await cli(['check', '--format', 'json'], path.join(outer, 'repo', 'plans'));
  assert.deepEqual(json(sub.stdout).map((f: any) => f.diagnostics.length), [0], 'the repository root config applies');
  // outside any repository: the working folder is the boundary
  write(outer, 'loose/plans/w.rollout.yaml', WARNINGS);
  const loose = await cli(['check'], path.join(outer, 'loose'));
  assert.equal(loose.code, 0, loose.stdout + loose.stderr);
  assert.match(loose.stdout, /5 warnings/);
  const fromAbove = await cli(['check', 'loose'], outer);
  assert.equal(fromAbove.code, 1, 'the working folder holds the config, so it applies');
});
