// What `rollout-plan diff` hands the service, built from real git repositories: which plans are
// compared, with which text at the base (renames, deletions, untracked plans, a binary file, a link,
// a file that was not a plan, CRLF, odd names), which are only named as unchanged, and the
// per-plan problems. In-process (diffSources), so it does not wait for the service's comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { translator, type DiffInput } from '../../server/src/service';
import { diffSources } from '../../server/src/cli/diff';
import { cliSession } from '../../server/src/cli/workspace';
import type { Io } from '../../server/src/cli/io';
import { CliError } from '../../server/src/cli/exit';
import { CLEAN, tempTree } from './cli-helpers';
import { BROKEN, NOTES, SLIPPED, TICKED, commitAll, git, remove, repoWith, write } from './git-repo';

const t = translator('en');
const io = (cwd: string): Io => ({ cwd, env: {}, stdout: { write: () => true }, stderr: { write: () => true } });
const sources = (cwd: string, base: string, paths: string[] = []) => diffSources(io(cwd), cliSession(cwd, 'en', undefined), t, base, paths);
const uri = (root: string, rel: string) => pathToFileURL(path.join(fs.realpathSync(root), rel)).href;
const CRLF = CLEAN.replace(/\n/g, '\r\n');
const TEXTS: Record<string, string> = { CLEAN, SLIPPED, TICKED, NOTES, BROKEN, CRLF };
/** Each plan's own first line, so git's rename detection cannot pair two plans that are otherwise the same. */
const own = (id: string, text: string) => `# @${id}\n${text}`;
/** Which of the test's texts a side holds, by name (a failure then reads as a short diff). */
const label = (text: string | undefined) => {
  const body = text?.replace(/^# @\w+\r?\n/, '');
  return Object.keys(TEXTS).find(k => TEXTS[k] === body) ?? JSON.stringify(text);
};
/** An input as a test reads it: names and texts (or the refusal's key) of each side. */
const shape = (i: DiffInput) => ({
  before: i.before && (i.before.text !== undefined ? { name: i.before.name, text: label(i.before.text) } : { name: i.before.name, refused: i.before.unreadable?.key }),
  after: i.after && { name: i.after.name, text: label(i.after.text) },
});

/** main: ten plans and a note; feature: committed and uncommitted changes of every kind. */
function changedRepo(): string {
  const dir = repoWith({
    'plans/kept.rollout.yaml': own('kept', CLEAN),
    'plans/slipped.rollout.yaml': own('slipped', CLEAN),
    'plans/old name.rollout.yaml': own('renamed', CLEAN),
    'plans/gone.rollout.yaml': own('gone', CLEAN),
    'plans/broken.rollout.yaml': own('broken', CLEAN),
    'plans/crlf.rollout.yaml': own('crlf', CLEAN),
    'plans/binary.rollout.yaml': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]),
    'plans/was-notes.rollout.yaml': NOTES,
    'plans/unicodé "q".rollout.yaml': own('unicode', CLEAN),
    'notes.yaml': NOTES,
  });
  fs.symlinkSync('kept.rollout.yaml', path.join(dir, 'plans/link.rollout.yaml'));
  commitAll(dir, 'a link');
  git(dir, 'switch', '-q', '-c', 'feature');
  // committed on the branch
  write(dir, 'plans/slipped.rollout.yaml', own('slipped', SLIPPED));
  git(dir, 'mv', 'plans/old name.rollout.yaml', 'plans/new name.rollout.yaml');
  write(dir, 'plans/new name.rollout.yaml', own('renamed', TICKED));
  remove(dir, 'plans/gone.rollout.yaml');
  commitAll(dir, 'slip, rename, delete');
  // in the working tree only
  write(dir, 'plans/broken.rollout.yaml', own('broken', BROKEN));
  write(dir, 'plans/crlf.rollout.yaml', own('crlf', CLEAN).replace(/\n/g, '\r\n'));
  write(dir, 'plans/binary.rollout.yaml', CLEAN);
  write(dir, 'plans/was-notes.rollout.yaml', CLEAN);
  write(dir, 'plans/unicodé "q".rollout.yaml', own('unicode', TICKED));
  remove(dir, 'plans/link.rollout.yaml');
  write(dir, 'plans/link.rollout.yaml', CLEAN);
  write(dir, 'plans/new plan.rollout.yaml', own('new', CLEAN)); // untracked
  write(dir, 'notes.yaml', `${NOTES}more: 1\n`);
  return dir;
}

const repo = changedRepo();

test('every kind of change reaches the service with the right texts; unchanged plans are only named', async () => {
  const got = await sources(repo, 'main');
  assert.deepEqual(got.notices, []);
  assert.deepEqual(got.unchanged, ['plans/kept.rollout.yaml']);
  assert.deepEqual(got.inputs.map(shape), [
    { before: { name: 'plans/binary.rollout.yaml', refused: 'git.reason.binary' }, after: { name: 'plans/binary.rollout.yaml', text: 'CLEAN' } },
    { before: { name: 'plans/broken.rollout.yaml', text: 'CLEAN' }, after: { name: 'plans/broken.rollout.yaml', text: 'BROKEN' } },
    // CRLF kept on the side that has it: the service reads both as the editor would
    { before: { name: 'plans/crlf.rollout.yaml', text: 'CLEAN' }, after: { name: 'plans/crlf.rollout.yaml', text: 'CRLF' } },
    { before: { name: 'plans/gone.rollout.yaml', text: 'CLEAN' }, after: undefined },
    { before: { name: 'plans/link.rollout.yaml', refused: 'io.reason.notRegularFile' }, after: { name: 'plans/link.rollout.yaml', text: 'CLEAN' } },
    { before: { name: 'plans/old name.rollout.yaml', text: 'CLEAN' }, after: { name: 'plans/new name.rollout.yaml', text: 'TICKED' } },
    { before: undefined, after: { name: 'plans/new plan.rollout.yaml', text: 'CLEAN' } },
    { before: { name: 'plans/slipped.rollout.yaml', text: 'CLEAN' }, after: { name: 'plans/slipped.rollout.yaml', text: 'SLIPPED' } },
    { before: { name: 'plans/unicodé "q".rollout.yaml', text: 'CLEAN' }, after: { name: 'plans/unicodé "q".rollout.yaml', text: 'TICKED' } },
    // the service says "not a plan at the base" from this text
    { before: { name: 'plans/was-notes.rollout.yaml', text: 'NOTES' }, after: { name: 'plans/was-notes.rollout.yaml', text: 'CLEAN' } },
  ]);
  // the config of a deleted plan is looked up from where it was
  assert.equal(got.inputs.find(i => i.before?.name === 'plans/gone.rollout.yaml')?.uri, uri(repo, 'plans/gone.rollout.yaml'));
  assert.equal(got.inputs.find(i => i.after?.name === 'plans/new name.rollout.yaml')?.uri, uri(repo, 'plans/new name.rollout.yaml'));
});

test('from a sub-folder: names relative to it; a deleted plan named on the command line is compared, not missing', async () => {
  const plans = path.join(repo, 'plans');
  const got = await sources(plans, 'main', ['gone.rollout.yaml', 'slipped.rollout.yaml', 'kept.rollout.yaml']);
  assert.deepEqual(got.notices, []);
  assert.deepEqual(got.unchanged, ['kept.rollout.yaml']);
  assert.deepEqual(got.inputs.map(i => [i.before?.name, i.after?.name]), [
    ['gone.rollout.yaml', undefined],
    ['slipped.rollout.yaml', 'slipped.rollout.yaml'],
  ]);
});

test('a glob selects deleted plans by the same rule as plans on disk', async () => {
  const got = await sources(repo, 'main', ['plans/g*.rollout.yaml']);
  assert.deepEqual(got.inputs.map(i => [i.before?.name, i.after?.name]), [['plans/gone.rollout.yaml', undefined]]);
  // a glob's files that are not plans (notes.yaml changed too) are not compared
  const other = await sources(repo, 'main', ['*.yaml']);
  assert.deepEqual(other.inputs.map(i => i.after?.name), []);
});

test('the base can be any commit: a tag, a hash, HEAD', async () => {
  git(repo, 'tag', 'v1', 'main');
  const byTag = await sources(repo, 'v1');
  const byHash = await sources(repo, git(repo, 'rev-parse', 'main').trim());
  assert.deepEqual(byHash.inputs, byTag.inputs);
  // feature's own commit as the base: only the working-tree changes are left
  const sinceCommit = await sources(repo, 'HEAD');
  assert.deepEqual(sinceCommit.inputs.map(i => i.after?.name ?? i.before?.name), [
    'plans/binary.rollout.yaml', 'plans/broken.rollout.yaml', 'plans/crlf.rollout.yaml', 'plans/link.rollout.yaml',
    'plans/new plan.rollout.yaml', 'plans/unicodé "q".rollout.yaml', 'plans/was-notes.rollout.yaml',
  ]);
  assert.deepEqual(sinceCommit.unchanged, ['plans/kept.rollout.yaml', 'plans/new name.rollout.yaml', 'plans/slipped.rollout.yaml']);
});

test('a plan outside the repository is a notice naming it; the others are still compared', async () => {
  const outside = tempTree({ 'elsewhere.rollout.yaml': CLEAN });
  const got = await sources(repo, 'main', [path.join(outside, 'elsewhere.rollout.yaml'), 'plans/slipped.rollout.yaml']);
  assert.deepEqual(got.notices.map(n => [n.file, n.message]), [[path.join(outside, 'elsewhere.rollout.yaml'), `outside the git repository ${fs.realpathSync(repo)}: not compared`]]);
  assert.deepEqual(got.inputs.map(i => i.after?.name), ['plans/slipped.rollout.yaml']);
});

test('git problems are usage errors in the user\'s words: not a repository, unknown ref, a ref that looks like an option', async () => {
  const plain = tempTree({ 'a.rollout.yaml': CLEAN });
  await assert.rejects(sources(plain, 'main'), (e: unknown) => e instanceof CliError && e.exitCode === 2 && e.message === `${plain} is not in a git repository; run the diff inside a clone`);
  await assert.rejects(sources(repo, 'no-such-branch'), (e: unknown) => e instanceof CliError && /^no-such-branch names no commit in this repository/.test(e.message));
  await assert.rejects(sources(repo, '--output=x'), (e: unknown) => e instanceof CliError && /^--output=x names no commit/.test(e.message));
});
