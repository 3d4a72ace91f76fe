// node/git.ts on real repositories, as the editor's "Compare with Branch…" will use it: refs for a
// picker, texts at a ref in one batch, git's -z output parsed whatever the names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { changedPaths, listRefs, parseNameStatus, readAtRef, repositoryRoot, resolveCommit } from '../../server/src/node/git';
import { CLEAN, tempTree } from './cli-helpers';
import { git, NOTES, repoWith, write } from './git-repo';

test('listRefs: branches, tags and remote branches, without origin/HEAD', async () => {
  const upstream = repoWith({ 'a.rollout.yaml': CLEAN });
  git(upstream, 'branch', 'release/2027');
  git(upstream, 'tag', '-a', 'v1', '-m', 'first');
  const clone = path.join(tempTree(), 'clone');
  git(path.dirname(clone), 'clone', '-q', `file://${upstream}`, clone);
  git(clone, 'switch', '-q', '-c', 'mine');
  const refs = await listRefs(clone);
  assert.deepEqual(refs.map(r => `${r.kind} ${r.name}`).sort(), [
    'branch main', 'branch mine', 'remote origin/main', 'remote origin/release/2027', 'tag v1',
  ]);
  assert.ok(refs.every(r => /^[0-9a-f]{40}$/.test(r.object)));
});

test('readAtRef: many texts in one batch, odd names kept, a path absent at the ref left out', async () => {
  const names = Array.from({ length: 60 }, (_, i) => `plans/équipe ${i} "v2"\tx.rollout.yaml`);
  const dir = repoWith(Object.fromEntries(names.map((n, i) => [n, `${CLEAN}# ${i}\n`])));
  const root = await repositoryRoot(path.join(dir, 'plans'));
  assert.equal(root, fs.realpathSync(dir));
  const commit = await resolveCommit(root, 'main');
  const texts = await readAtRef(root, commit, [...names, 'plans/never.rollout.yaml']);
  assert.equal(texts.size, names.length);
  names.forEach((n, i) => assert.deepEqual(texts.get(n), { text: `${CLEAN}# ${i}\n` }));
});

test('readAtRef: a byte order mark is dropped and invalid UTF-8 shown as U+FFFD, as for files on disk', async () => {
  const dir = repoWith({ 'bom.rollout.yaml': `\ufeff${NOTES}`, 'latin1.rollout.yaml': Buffer.from('title: caf\xe9\n', 'latin1') });
  const texts = await readAtRef(dir, 'main', ['bom.rollout.yaml', 'latin1.rollout.yaml']);
  assert.deepEqual(texts.get('bom.rollout.yaml'), { text: NOTES });
  assert.deepEqual(texts.get('latin1.rollout.yaml'), { text: 'title: caf\ufffd\n' });
});

test('changedPaths: a rename, a deletion and a change, names with spaces, quotes and a glob character', async () => {
  const dir = repoWith({ 'a b/"x".rollout.yaml': CLEAN, 'st*r.rollout.yaml': CLEAN, 'gone.rollout.yaml': CLEAN, 'other/kept.rollout.yaml': CLEAN });
  git(dir, 'mv', 'a b/"x".rollout.yaml', 'a b/"y".rollout.yaml');
  write(dir, 'st*r.rollout.yaml', `${CLEAN}# changed\n`);
  fs.rmSync(path.join(dir, 'gone.rollout.yaml'));
  write(dir, 'other/kept.rollout.yaml', `${CLEAN}# out of scope\n`);
  const commit = await resolveCommit(dir, 'main');
  assert.deepEqual(await changedPaths(dir, commit, ['a b', 'st*r.rollout.yaml', 'gone.rollout.yaml']), [
    { status: 'renamed', path: 'a b/"y".rollout.yaml', from: 'a b/"x".rollout.yaml' },
    { status: 'deleted', path: 'gone.rollout.yaml' },
    { status: 'modified', path: 'st*r.rollout.yaml' },
  ]);
  assert.equal((await changedPaths(dir, commit, [''])).length, 4);
  assert.deepEqual(await changedPaths(dir, commit, []), []);
});

test('parseNameStatus: every status letter git writes with -z', () => {
  assert.deepEqual(parseNameStatus(['M', 'a', 'A', 'b', 'D', 'c', 'T', 'd', 'R087', 'e', 'f', 'U', 'g', 'C100', 'h', 'i']), [
    { status: 'modified', path: 'a' },
    { status: 'added', path: 'b' },
    { status: 'deleted', path: 'c' },
    { status: 'modified', path: 'd' },
    { status: 'renamed', path: 'f', from: 'e' },
    { status: 'modified', path: 'g' },
    { status: 'added', path: 'i' },
  ]);
});
