// `rollout-plan check` and `report` on one plan of a programme (issue 18): the whole programme is
// loaded (its other plans read, not reported), its file found above the working folder up to the
// git root; the report opens with the programme's summary, in English and French, Markdown and JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PLAN_A, PLAN_B, PROGRAMME, planWithoutOwner } from '../server/programme-plans';
import { cli, json, tempTree } from './cli-helpers';

const NBSP = '\u00a0';

/** A repository: the programme file at its root, each plan in its own folder. */
const repository = (files: Record<string, string> = {}) => {
  const root = tempTree({
    'programme.rollout.yaml': PROGRAMME, 'erp/a.rollout.yaml': PLAN_A, 'crm/b.rollout.yaml': PLAN_B, 'rh/c.rollout.yaml': planWithoutOwner('c'), ...files,
  });
  fs.mkdirSync(path.join(root, '.git'));
  return root;
};

test('check one file: only that plan is reported, the other plans of its programme are not', async () => {
  const root = repository();
  const r = await cli(['check', '--format', 'json', 'b.rollout.yaml'], { cwd: path.join(root, 'crm') });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.deepEqual(json(r.stdout).map((f: { file: string }) => f.file), ['b.rollout.yaml']);
});

test('check one file: its link to a phase of another plan of the programme resolves, and breaks when that phase goes', async () => {
  interface Finding { code: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }
  // the finding on the link itself: its range (1-based, end exclusive) covers `a/x` in b's `after`
  const onLink = ({ range: { start, end } }: Finding) => start.line === end.line && PLAN_B.split('\n')[start.line - 1].slice(start.column - 1, end.column - 1) === 'a/x';
  const linkFindings = async (root: string) => {
    const r = await cli(['check', '--format', 'json', 'crm/b.rollout.yaml'], { cwd: root });
    return json<{ diagnostics: Finding[] }[]>(r.stdout)[0].diagnostics.filter(d => d.code === 'undefined-phase' && onLink(d));
  };
  assert.deepEqual(await linkFindings(repository()), []);
  assert.equal((await linkFindings(repository({ 'erp/a.rollout.yaml': PLAN_A.replace('- id: x', '- id: w') }))).length, 1);
});

test('report one file: the programme\'s summary first (plans, progress, verdicts, missing owners, next go-lives, freezes to come), then that plan only', async () => {
  const root = repository();
  const r = await cli(['report', 'b.rollout.yaml'], { cwd: path.join(root, 'crm') });
  assert.equal(r.code, 0, r.stderr);
  const md = r.stdout;
  const summary = md.slice(md.indexOf('## Programme: '), md.indexOf('## CRM'));
  assert.match(summary, /^## Programme: Programme de transformation 2027 \(`transformation-2027`\)\n\n- Plans: 3\n- Tasks done: 1\/2 \(50%\)\n- Gates ready: 1\/1\n- Missing owners: 1\n/);
  assert.match(summary, /\| ERP Finance \(`a`\) \| 0\/1 · 0% \| — \| 0 \|/);
  assert.match(summary, /\| CRM \(`b`\) \| 1\/1 · 100% \| `go-crm`: go \| 0 \|/);
  assert.match(summary, /\| Plan c \(`c`\) \| — \| — \| 1 \|/);
  assert.match(summary, /### Next go-lives\n\n\| Plan \| Phase \| Window \|\n\|---\|---\|---\|\n\| `a` \| Bascule ERP \(`x`\) \| 1 March 2099 at 20:00 to 2 March 2099 at 06:00 \|/);
  assert.match(summary, /### Freezes to come\n\n\| Freeze \| Dates \| Applies to \|\n\|---\|---\|---\|\n\| Clôture comptable annuelle \(`cloture-annuelle`\) \| 20 December 2099 to 10 January 2100 \| `a` \|\n\n/);
  assert.ok(!summary.includes('gel-2001'), 'a freeze that is over is left out');
  // the other plans are summarised, not reported
  assert.deepEqual([...md.matchAll(/^## (.*)$/gm)].map(m => m[1]), ['Programme: Programme de transformation 2027 (`transformation-2027`)', 'CRM (`b`)']);
});

test('report in French: the summary in French, with no-break spaces', async () => {
  const root = repository();
  const r = await cli(['report', '--locale', 'fr', 'crm/b.rollout.yaml'], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`## Programme${NBSP}: Programme de transformation 2027 \\(\`transformation-2027\`\\)\\n\\n- Plans${NBSP}: 3\\n`));
  assert.match(r.stdout, new RegExp(`### Plans du programme\\n\\n\\| Plan \\| Avancement \\| Verdicts Go/No-Go \\| Responsables manquants \\|`));
  assert.match(r.stdout, new RegExp(`\`go-crm\`${NBSP}: go`));
  assert.match(r.stdout, /### Prochaines mises en production\n/);
  assert.match(r.stdout, /### Périodes de gel à venir\n\n.*\n.*\n\| Clôture comptable annuelle \(`cloture-annuelle`\) \| du 20 décembre 2099 au 10 janvier 2100 \| `a` \|/);
});

test('report --format json: the programme\'s summary under `programmes`', async () => {
  const root = repository();
  const r = await cli(['report', '--format', 'json', 'crm/b.rollout.yaml'], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  const report = json(r.stdout);
  assert.deepEqual(report.plans.map((p: { name: string }) => p.name), ['crm/b.rollout.yaml']);
  const [programme] = report.programmes;
  assert.equal(programme.id, 'transformation-2027');
  assert.deepEqual(programme.plans.map((p: { id: string }) => p.id), ['b', 'a', 'c'], 'in the order of their files');
  assert.deepEqual(programme.totals, { plans: 3, tasks: { done: 1, total: 2 }, gates: { ready: 1, total: 1 }, missingOwners: 1 });
  assert.deepEqual(programme.nextGoLives.map((g: { plan: string; phase: string }) => `${g.plan}/${g.phase}`), ['a/x']);
  assert.deepEqual(programme.freezes.map((f: { id: string }) => f.id), ['cloture-annuelle']);
});

test('report --help says that the report opens with the programme\'s summary, in English and French', async () => {
  assert.match((await cli(['report', '--help'])).stdout, /When the plans belong to a programme\nfile, the report opens with its summary/);
  assert.match((await cli(['report', '--help', '--locale', 'fr'])).stdout, new RegExp(`le rapport s’ouvre sur sa synthèse${NBSP}: chaque plan du programme`));
});

test('no programme file (or one above the working folder outside any git repository): no programme summary', async () => {
  const alone = tempTree({ 'b.rollout.yaml': PLAN_B });
  assert.doesNotMatch((await cli(['report'], { cwd: alone })).stdout, /## Programme/);
  // without .git, the working folder bounds the search: the programme file above it is not read
  const outside = tempTree({ 'programme.rollout.yaml': PROGRAMME, 'crm/b.rollout.yaml': PLAN_B });
  assert.doesNotMatch((await cli(['report', 'b.rollout.yaml'], { cwd: path.join(outside, 'crm') })).stdout, /## Programme/);
});

test('check a programme folder: the summary counts its plans and its programme file apart, in English and French', async () => {
  const root = tempTree({ 'programme.rollout.yaml': PROGRAMME, 'erp/a.rollout.yaml': PLAN_A });
  fs.mkdirSync(path.join(root, '.git'));
  assert.equal((await cli(['check'], { cwd: root })).stdout, 'No problems in 1 plan and 1 programme file.\n');
  assert.equal((await cli(['check', '--locale', 'fr'], { cwd: root })).stdout, 'Aucun problème dans 1 plan et 1 fichier de programme.\n');
  const withFindings = repository();
  const lastLine = async (locale: string) => (await cli(['check', '--locale', locale], { cwd: withFindings })).stdout.trim().split('\n').at(-1);
  assert.match((await lastLine('en'))!, /^\d+ errors?, \d+ warnings? in 2 of 4 files \(3 plans and 1 programme file\)$/);
  assert.match((await lastLine('fr'))!, /^\d+ erreurs?, \d+ avertissements? dans 2 fichiers sur 4 \(3 plans et 1 fichier de programme\)$/);
});
