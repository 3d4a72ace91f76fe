// `rollout-plan check`: the text format, exit codes, options, globs and file selection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CLEAN, cli, distinctPlan, ERRORS, json, ROOT, tempTree, WARNINGS } from './cli-helpers';
import { useColor } from '../../server/src/cli/check';
import { formatText } from '../../server/src/cli/format-text';

const LINE = /^(?<where>\S(?:.*\S)?):(?<line>\d+):(?<col>\d+) +(?<severity>error|warning|information|hint) {2}(?<message>.+) {2}(?<code>[a-z-]+)$/;
const ESC = String.fromCharCode(27);
const noStack = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at |Error:/, 'no stack trace');

test('text: one line per diagnostic grouped by file, a summary, exit 1 on errors', async () => {
  const dir = tempTree({ 'a-errors.rollout.yaml': ERRORS, 'b-warnings.rollout.yaml': WARNINGS, 'c-clean.rollout.yaml': CLEAN });
  const r = await cli(['check'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, '');
  const groups = r.stdout.trimEnd().split('\n\n');
  assert.equal(groups.length, 3, r.stdout);
  assert.equal(groups[2], '2 errors, 5 warnings in 2 of 3 plans');
  const first = groups[0].split('\n').map(l => LINE.exec(l)?.groups);
  assert.deepEqual(first.map(g => g && `${g.where}:${g.line} ${g.severity} ${g.code}`), [
    'a-errors.rollout.yaml:51 error duplicate-id',
    'a-errors.rollout.yaml:61 error duplicate-id',
  ]);
  const second = groups[1].split('\n').map(l => LINE.exec(l)?.groups);
  assert.equal(second.length, 5);
  assert.ok(second.every(g => g?.where === 'b-warnings.rollout.yaml' && g.severity === 'warning' && g.code === 'missing-owner'), groups[1]);
  assert.deepEqual(second.map(g => Number(g?.line)), [16, 22, 29, 37, 57], 'sorted by position');
  assert.ok(!r.stdout.includes(ESC), 'no colour when stdout is not a terminal');
});

test('exit 0 and a one-line summary when every plan is clean', async () => {
  const dir = tempTree({ 'ok.rollout.yaml': CLEAN });
  const r = await cli(['check'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, 'No problems in 1 plan.\n');
});

test('warnings alone exit 0; --max-warnings turns too many into exit 1', async () => {
  const dir = tempTree({ 'w.rollout.yaml': WARNINGS });
  assert.equal((await cli(['check'], { cwd: dir })).code, 0);
  assert.equal((await cli(['check', '--max-warnings', '5'], { cwd: dir })).code, 0);
  const over = await cli(['check', '--max-warnings=4'], { cwd: dir });
  assert.equal(over.code, 1);
  assert.match(over.stderr, /5 warnings, more than --max-warnings 4/);
  const zero = await cli(['check', '--max-warnings', '0'], { cwd: tempTree({ 'ok.rollout.yaml': CLEAN }) });
  assert.equal(zero.code, 0);
});

test('--quiet shows errors only (warnings still count for --max-warnings)', async () => {
  const dir = tempTree({ 'e.rollout.yaml': ERRORS, 'w.rollout.yaml': WARNINGS });
  const r = await cli(['check', '--quiet'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stdout, / {2}warning {2}/);
  assert.match(r.stdout, /2 errors, 0 warnings in 1 of 2 plans/);
  const warningsOnly = tempTree({ 'w.rollout.yaml': WARNINGS });
  const q = await cli(['check', '-q'], { cwd: warningsOnly });
  assert.equal(q.code, 0);
  assert.equal(q.stdout, 'No problems in 1 plan.\n');
  assert.equal((await cli(['check', '-q', '--max-warnings', '1'], { cwd: warningsOnly })).code, 1);
});

test('exit 2 with a one-line message for usage problems, and nothing on stdout', async () => {
  const dir = tempTree({ 'ok.rollout.yaml': CLEAN });
  for (const args of [['check', '--colour'], ['check', '--format', 'xml'], ['check', '--max-warnings', 'many'], ['check', '--locale', 'de'], ['check', '--config'], ['frobnicate'], [], ['--nope']]) {
    const r = await cli(args, { cwd: dir });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^rollout-plan: /);
    noStack(r.stderr);
  }
  const typo = await cli(['check', '--max-warning', '3'], { cwd: dir });
  assert.match(typo.stderr, /did you mean --max-warnings\?/);
});

test('a missing path is exit 2 naming it, and the other paths are still checked', async () => {
  const dir = tempTree({ 'e.rollout.yaml': ERRORS });
  const r = await cli(['check', 'absent.rollout.yaml', 'e.rollout.yaml'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'rollout-plan: absent.rollout.yaml: no such file or folder\n');
  assert.match(r.stdout, /e\.rollout\.yaml:51:13 +error/);
  assert.match(r.stdout, /2 errors, 0 warnings in 1 of 1 plan/);
});

test('--help for each command and --version from package.json', async () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal((await cli(['--version'])).stdout, `${version}\n`);
  const main = await cli(['--help']);
  assert.equal(main.code, 0);
  assert.match(main.stdout, /Usage: rollout-plan <command>/);
  const check = await cli(['check', '--help']);
  assert.equal(check.code, 0);
  for (const option of ['--format', '--config', '--max-warnings', '--quiet', '--no-color', '--locale']) assert.ok(check.stdout.includes(option), option);
  assert.deepEqual((await cli(['help', 'check'])).stdout, check.stdout);
  const init = await cli(['init', '-h']);
  assert.equal(init.code, 0);
  assert.match(init.stdout, /Usage: rollout-plan init/);
});

test('--locale fr, or a French LANG, gives French messages and summary; --locale wins over the environment', async () => {
  const dir = tempTree({ 'e.rollout.yaml': ERRORS, 'w.rollout.yaml': WARNINGS });
  const fr = await cli(['check', '--locale', 'fr'], { cwd: dir });
  assert.equal(fr.code, 1);
  assert.match(fr.stdout, /^e\.rollout\.yaml:51:13 +erreur +.*identifiant.* {2}duplicate-id$/m);
  assert.match(fr.stdout, /avertissement/);
  assert.match(fr.stdout, /2 erreurs, 5 avertissements dans 2 plans sur 2/);
  const fromEnv = await cli(['check'], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
  assert.equal(fromEnv.stdout, fr.stdout);
  const lcAll = await cli(['check'], { cwd: dir, env: { LANG: 'en_US.UTF-8', LC_ALL: 'fr_CA.UTF-8' } });
  assert.equal(lcAll.stdout, fr.stdout);
  const en = await cli(['check', '--locale', 'en'], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
  assert.match(en.stdout, /2 errors, 5 warnings in 2 of 2 plans/);
});

test('colours only on a terminal without NO_COLOR or --no-color', () => {
  const tty = { cwd: '/', stderr: { write: () => true } };
  assert.equal(useColor({ ...tty, env: {}, stdout: { write: () => true, isTTY: true } }, false), true);
  assert.equal(useColor({ ...tty, env: {}, stdout: { write: () => true, isTTY: true } }, true), false);
  assert.equal(useColor({ ...tty, env: { NO_COLOR: '1' }, stdout: { write: () => true, isTTY: true } }, false), false);
  assert.equal(useColor({ ...tty, env: {}, stdout: { write: () => true } }, false), false);
  const run = {
    cwd: '/', locale: 'en' as const, version: '0', notices: [],
    results: [{ file: '/p.rollout.yaml', display: 'p.rollout.yaml', uri: 'file:///p.rollout.yaml', diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 1 as const, code: 'schema', message: 'm' }] }],
  };
  assert.ok(formatText(run, { color: true }).includes(`${ESC}[31merror`));
  assert.ok(!formatText(run, { color: false }).includes(ESC));
});

function globTree() {
  return tempTree({
    'plans/a.rollout.yaml': CLEAN,
    'plans/sub/b.rollout.yml': distinctPlan(CLEAN, 'b', 1),
    'plans/notes.yaml': 'title: not a plan\nitems: [1, 2]\n',
    'plans/declared.yaml': distinctPlan(CLEAN, 'declared', 2), // no plan suffix, but kind: RolloutPlan
    'other/c.rollout.yaml': distinctPlan(CLEAN, 'c', 3),
    'node_modules/dep/d.rollout.yaml': ERRORS,
    '.git/e.rollout.yaml': ERRORS,
  });
}

const files = async (args: string[], cwd: string) => {
  const r = await cli(['check', '--format', 'json', ...args], { cwd });
  return { ...r, files: r.stdout ? json<{ file: string }[]>(r.stdout).map(f => f.file) : [] };
};

test('default selection: every plan under the folder by name, node_modules and .git skipped', async () => {
  const dir = globTree();
  const r = await files([], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.files, ['other/c.rollout.yaml', 'plans/a.rollout.yaml', 'plans/sub/b.rollout.yml']);
});

test('globs: matched files that are plans by name or by kind; non-plans skipped; excluded folders never entered', async () => {
  const dir = globTree();
  assert.deepEqual((await files(['plans/**/*.yaml'], dir)).files, ['plans/a.rollout.yaml', 'plans/declared.yaml']);
  assert.deepEqual((await files(['plans/*.rollout.yaml'], dir)).files, ['plans/a.rollout.yaml']);
  assert.deepEqual((await files(['**/*.rollout.{yaml,yml}'], dir)).files, ['other/c.rollout.yaml', 'plans/a.rollout.yaml', 'plans/sub/b.rollout.yml']);
  assert.deepEqual((await files(['./other/*.rollout.yaml', 'plans/sub/*'], dir)).files, ['other/c.rollout.yaml', 'plans/sub/b.rollout.yml']);
  assert.deepEqual((await files([path.join(dir, 'plans', '*.rollout.yaml')], dir)).files, ['plans/a.rollout.yaml'], 'absolute glob');
  const none = await files(['plans/**/*.json'], dir);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no file matches plans\/\*\*\/\*\.json/);
});

test('a folder argument selects its plans; the same file named twice is checked once', async () => {
  const dir = globTree();
  assert.deepEqual((await files(['plans'], dir)).files, ['plans/a.rollout.yaml', 'plans/sub/b.rollout.yml']);
  assert.deepEqual((await files(['plans/a.rollout.yaml', './plans/a.rollout.yaml', 'plans'], dir)).files, ['plans/a.rollout.yaml', 'plans/sub/b.rollout.yml']);
});

test('a file that is not a plan is skipped with a note (exit unaffected); one declaring kind: RolloutPlan is checked', async () => {
  const dir = globTree();
  fs.writeFileSync(path.join(dir, 'README.md'), '# Plans\n\nSee plans/.\n');
  const r = await cli(['check', 'README.md', 'plans/notes.yaml'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, 'No plans found.\n');
  assert.match(r.stderr, /README\.md: not a rollout plan .*skipped/);
  assert.match(r.stderr, /plans\/notes\.yaml: not a rollout plan/);
  assert.deepEqual((await files(['plans/declared.yaml'], dir)).files, ['plans/declared.yaml']);
});
