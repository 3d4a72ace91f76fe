// Bad input: binary, unreadable, symlink loops, odd names, odd encodings, huge folders. A clear
// message naming the file, and the rest still checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CLEAN, cli, distinctPlan, ERRORS, fixture, isRoot, json, tempTree, WARNINGS, write } from './cli-helpers';

test('a binary file named as a plan is a yaml-syntax error on that file; the others are still checked', async () => {
  const dir = tempTree({ 'bin.rollout.yaml': fixture('bad-input/binary.rollout.yaml'), 'ok.rollout.yaml': CLEAN });
  const r = await cli(['check'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^bin\.rollout\.yaml:1:1 +error +This file is not text.* {2}yaml-syntax$/m);
  assert.match(r.stdout, /1 error, 0 warnings in 1 of 2 plans/);
});

test('an unreadable file is exit 2 naming it; the others are still checked', { skip: isRoot && 'runs as root, where chmod 000 does not block reading' }, async () => {
  const dir = tempTree({ 'locked.rollout.yaml': CLEAN, 'w.rollout.yaml': WARNINGS });
  fs.chmodSync(path.join(dir, 'locked.rollout.yaml'), 0o000);
  try {
    const r = await cli(['check'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'rollout-plan: locked.rollout.yaml: cannot read: permission denied\n');
    assert.match(r.stdout, /0 errors, 5 warnings in 1 of 1 plan/);
  } finally {
    fs.chmodSync(path.join(dir, 'locked.rollout.yaml'), 0o644);
  }
});

test('an unreadable folder is exit 2 naming it', { skip: isRoot && 'runs as root, where chmod 000 does not block reading' }, async () => {
  const dir = tempTree({ 'closed/x.rollout.yaml': CLEAN, 'ok.rollout.yaml': CLEAN });
  fs.chmodSync(path.join(dir, 'closed'), 0o000);
  try {
    const r = await cli(['check'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /closed: cannot read folder: permission denied/);
    assert.match(r.stdout, /No problems in 1 plan/);
  } finally {
    fs.chmodSync(path.join(dir, 'closed'), 0o755);
  }
});

test('symlink loops: a link back to a parent folder is walked once; a file link loop is exit 2 naming it', async () => {
  const dir = tempTree({ 'plans/w.rollout.yaml': WARNINGS });
  fs.symlinkSync('..', path.join(dir, 'plans', 'up'));
  fs.symlinkSync('.', path.join(dir, 'plans', 'self'));
  fs.symlinkSync('b.rollout.yaml', path.join(dir, 'a.rollout.yaml'));
  fs.symlinkSync('a.rollout.yaml', path.join(dir, 'b.rollout.yaml'));
  const r = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.deepEqual(json(r.stdout).map((f: any) => f.file), ['plans/w.rollout.yaml']);
  assert.equal(r.stderr, 'rollout-plan: a.rollout.yaml: cannot read: symbolic link loop\nrollout-plan: b.rollout.yaml: cannot read: symbolic link loop\n');
  const named = await cli(['check', 'a.rollout.yaml', 'plans/w.rollout.yaml'], { cwd: dir });
  assert.equal(named.code, 2);
  assert.match(named.stderr, /a\.rollout\.yaml: cannot read: symbolic link loop/);
  assert.match(named.stdout, /in 1 of 1 plan/);
});

test('paths with spaces and non-ASCII characters, as arguments and in output', async () => {
  const dir = tempTree({ 'Équipe Nord/plan d’été 2027.rollout.yaml': ERRORS, 'Ωmega/ok.rollout.yaml': CLEAN });
  const r = await cli(['check', 'Équipe Nord/plan d’été 2027.rollout.yaml', 'Ωmega'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^Équipe Nord\/plan d’été 2027\.rollout\.yaml:51:13 +error/m);
  const glob = await cli(['check', '--format', 'json', 'Équipe */*.yaml'], { cwd: dir });
  assert.deepEqual(json(glob.stdout).map((f: any) => f.file), ['Équipe Nord/plan d’été 2027.rollout.yaml']);
});

test('non-UTF-8 bytes are decoded with replacement characters and a byte order mark is dropped', async () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CLEAN)]);
  const latin1 = fixture('bad-input/latin1.rollout.yaml');
  const dir = tempTree({ 'bom.rollout.yaml': bom, 'latin1.rollout.yaml': latin1, 'crlf.rollout.yaml': distinctPlan(CLEAN, 'intune-crlf').replace(/\n/g, '\r\n') });
  const r = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(json(r.stdout).map((f: any) => [f.file, f.diagnostics.length]), [['bom.rollout.yaml', 0], ['crlf.rollout.yaml', 0], ['latin1.rollout.yaml', 0]]);
});

test('an empty file and a file that is a folder named like a plan do not break the run', async () => {
  const dir = tempTree({ 'empty.rollout.yaml': '', 'dir.rollout.yaml/inner.rollout.yaml': CLEAN });
  const r = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.deepEqual(json(r.stdout).map((f: any) => f.file), ['dir.rollout.yaml/inner.rollout.yaml', 'empty.rollout.yaml']);
});

test('a folder with thousands of files: only the plans are read, fast and correct', async () => {
  const dir = tempTree();
  for (let i = 0; i < 3000; i++) write(dir, `data/${String(i % 30).padStart(2, '0')}/note-${i}.md`, `note ${i}\n`);
  for (let i = 0; i < 200; i++) write(dir, `node_modules/pkg-${i}/x.rollout.yaml`, ERRORS);
  write(dir, 'data/07/a.rollout.yaml', CLEAN);
  write(dir, 'b.rollout.yaml', WARNINGS);
  write(dir, 'deep/er/still/c.rollout.yml', ERRORS);
  const r = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(json(r.stdout).map((f: any) => [f.file, f.errorCount, f.warningCount]), [
    ['b.rollout.yaml', 0, 5], ['data/07/a.rollout.yaml', 0, 0], ['deep/er/still/c.rollout.yml', 2, 0],
  ]);
  assert.ok(r.ms < 10_000, `took ${Math.round(r.ms)} ms`);
  const glob = await cli(['check', '--format', 'json', '**/*'], { cwd: dir });
  assert.equal(json(glob.stdout).length, 3, 'a catch-all glob reads every file but checks only plans');
});

test('a list or a map as a key: one yaml-syntax error each on stdout, nothing on stderr (not the parser\'s English warning)', async () => {
  const dir = tempTree({ 'keys.rollout.yaml': fixture('bad-input/non-scalar-key.rollout.yaml') });
  const r = await cli(['check'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^keys\.rollout\.yaml:7:5 +error +A key must be a plain word, not a list or a map.* {2}yaml-syntax$/m);
  assert.match(r.stdout, /^keys\.rollout\.yaml:13:7 +error +A key must be a plain word/m);
  assert.match(r.stdout, /2 errors, 0 warnings in 1 of 1 plan/);
});

test('flow-style phases: a bad `type` in a later item is an error and exit 1', async () => {
  const plan = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: flow
  title: Flow
phases: [ {id: pre-prod, type: definition, owner: marie}, {id: b, type: planning, owner: marie}, {id: c, type: bogus, owner: marie} ]
`;
  const dir = tempTree({ 'flow.rollout.yaml': plan });
  const r = await cli(['check'], { cwd: dir });
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /^flow\.rollout\.yaml:6:\d+ +error +`bogus` is not a valid `type`.* {2}schema$/m);
});
