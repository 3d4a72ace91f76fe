// `rollout-plan report`: the readiness report of the editor's export (the service's readinessReport)
// for the plans `check` selects, in Markdown or JSON, in English, French or each plan's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLocale, type Locale } from '../../server/src/service';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { readinessReport, type ReportPlan } from '../../server/src/service/features/readiness/report';
import { CLEAN, cli, ERRORS, example, fixture, json, ROOT, tempTree } from './cli-helpers';

const NBSP = '\u00a0';
/** « guillemets » with the no-break spaces inside, as the French catalog writes them */
const guillemets = (text: string) => text.replace(/« | »/g, m => (m === '« ' ? `«${NBSP}` : `${NBSP}»`));

/**
 * The example plan with something to report in every section: a pilot task left undone and past due
 * (so the gate is not ready, with that reason, and the task is overdue whatever today is), and the
 * run phase without an owner.
 */
const EXAMPLE = example('parcours-commande.rollout.yaml');
const PLAN = EXAMPLE
  .replace('        due: 2026-09-18\n        done: true', '        due: 2026-09-18')
  .replace('    owner: ines\n    start: 2027-06-01', '    start: 2027-06-01');
const BROKEN = fixture('broken-syntax.rollout.yaml').toString('utf8'); // no metadata.language
/** The report as read: a Mermaid block's tags (`done`, `active`, `crit`) are its syntax, never drawn as words. */
const prose = (md: string) => md.replace(/```mermaid\n[^]*?\n```\n/g, '');
const ENGLISH_WORDS = /\b(Readiness report|Generated on|File|Tasks done|ready|done|not measured|Owner|Progress|Overdue|Missing owners|None)\b/;

test('markdown (default): phases with progress, criteria table, gates with verdict and reasons, missing owners, overdue tasks', async () => {
  const dir = tempTree({ 'plans/parcours.rollout.yaml': PLAN });
  const r = await cli(['report'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const md = r.stdout;
  assert.match(md, /^# Readiness report\n\nGenerated on \d{1,2} [A-Z][a-z]+ \d{4}\.\n/);
  for (const heading of ['## Simplifier le parcours de commande en ligne (`altura-parcours-commande`)',
    '### Phases', '### Success criteria', '### Go/No-Go gates', '### Missing owners', '### Overdue tasks']) {
    assert.ok(md.includes(`\n${heading}\n`), heading);
  }
  assert.ok(md.includes('File: `plans/parcours.rollout.yaml`'), 'named by its path relative to the working folder');
  assert.ok(md.includes('- Tasks done: 2/15 (13%)'), md);
  assert.ok(md.includes('| Phase | Type | Dates | Progress | State |'));
  assert.match(md, /^\| Pilote sur 10 % du trafic France \(`pilote`\) \| pilot \| 1 June 2026 to 25 September 2026 \| 2\/3 · 67% \| [a-z -]+ \|$/m);
  assert.ok(md.includes('| Criterion | Status | Actual | Target | Owner |'));
  assert.ok(md.includes('| Satisfaction des utilisateurs pilotes (`nps-pilote`) | met | 34 | >= 30 | ines |'));
  assert.ok(md.includes('| Commandes France passées par le nouveau parcours (`bascule-france`) | not measured | — | >= 95% | lea |'));
  assert.ok(md.includes('#### Réunion Go/No-Go (`go-no-go`)\n\nVerdict: **not ready** (decision: go)\n\n- '), md);
  assert.match(md, /^- .*“Recueillir les retours des utilisateurs pilotes”.*$/m, 'the reason names the unfinished task');
  assert.match(md, /^- phase “exploitation” has no owner \(line \d+\)$/m);
  assert.ok(md.includes('| Task | Phase | Due | Owner |'));
  assert.ok(md.includes('| Recueillir les retours des utilisateurs pilotes | Pilote sur 10 % du trafic France (`pilote`) | 18 September 2026 | ines |'));
});

test('json: the readiness snapshot of each plan, with its name and language', async () => {
  const dir = tempTree({ 'b.rollout.yaml': PLAN, 'a.rollout.yaml': CLEAN });
  const r = await cli(['report', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const report = json(r.stdout);
  assert.deepEqual(Object.keys(report), ['generated', 'locale', 'plans']);
  assert.match(report.generated, /^\d{4}-\d\d-\d\d$/);
  assert.equal(report.locale, 'en');
  assert.deepEqual(report.plans.map((p: { name: string }) => p.name), ['a.rollout.yaml', 'b.rollout.yaml'], 'in path order');
  const plan = report.plans[1];
  for (const key of ['name', 'locale', 'uri', 'id', 'title', 'syntaxErrors', 'phases', 'criteria', 'missingOwners', 'totals']) assert.ok(key in plan, key);
  assert.equal(plan.locale, 'en');
  assert.equal(plan.uri, pathToFileURL(path.join(dir, 'b.rollout.yaml')).href);
  assert.equal(plan.id, 'altura-parcours-commande');
  assert.equal(plan.syntaxErrors, 0);
  assert.deepEqual(plan.totals.tasks, { done: 2, total: 15 });
  assert.equal(plan.phases.length, 5);
  const gate = plan.phases.find((p: { id: string }) => p.id === 'go-no-go').gate;
  assert.equal(gate.ready, false);
  assert.ok(gate.reasons.some((reason: { message: string }) => reason.message.includes('Recueillir les retours')));
  assert.ok(plan.missingOwners.some((m: { name: string }) => m.name === 'exploitation'));
  assert.equal(json((await cli(['report', '-f', 'json', '--locale', 'fr'], { cwd: dir })).stdout).plans[1].locale, 'fr');
});

test('--locale fr (or a French LANG): French headings, verdicts, columns, numbers (60 %) and dates (13 mars 2027)', async () => {
  const dir = tempTree({ 'parcours.rollout.yaml': PLAN });
  const r = await cli(['report', '--locale', 'fr'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const md = r.stdout;
  assert.match(md, /^# Rapport de préparation\n\nÉtabli le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\.\n/);
  for (const heading of ['### Phases', '### Critères de succès', '### Décisions Go/No-Go', '### Responsables manquants', '### Tâches en retard']) {
    assert.ok(md.includes(`\n${heading}\n`), heading);
  }
  assert.ok(md.includes(`Fichier${NBSP}: \`parcours.rollout.yaml\``));
  assert.ok(md.includes(`- Tâches terminées${NBSP}: 2/15 (13${NBSP}%)`), md);
  assert.ok(md.includes('| Phase | Type | Dates | Avancement | État |'));
  assert.ok(md.includes(`| du 1 juin 2026 au 25 septembre 2026 | 2/3 · 67${NBSP}% |`));
  assert.ok(md.includes('| Critère | Statut | Mesuré | Cible | Responsable |'));
  assert.ok(md.includes('| non mesuré |'));
  assert.ok(md.includes(`Verdict${NBSP}: **pas prêt** (décision${NBSP}: go)`));
  assert.ok(md.includes(guillemets('- La tâche « Recueillir les retours des utilisateurs pilotes » de la phase `pilote` n’est pas terminée.')));
  assert.ok(md.includes(`- phase «${NBSP}exploitation${NBSP}» sans responsable (ligne `));
  assert.ok(md.includes('| 18 septembre 2026 | ines |'));
  assert.doesNotMatch(prose(md), ENGLISH_WORDS, 'no English leaks into the French report');
  const fromEnv = await cli(['report'], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
  assert.equal(fromEnv.stdout, md);
  const en = await cli(['report', '--locale', 'en'], { cwd: dir, env: { LC_ALL: 'fr_FR.UTF-8' } });
  assert.match(en.stdout, /^# Readiness report/, '--locale wins over the environment');
});

test('--locale plan: each plan in its metadata.language (fr → French, anything else → English)', async () => {
  const french = tempTree({ 'parcours.rollout.yaml': PLAN });
  const r = await cli(['report', '--locale', 'plan'], { cwd: french, env: { LANG: 'en_GB.UTF-8' } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, (await cli(['report', '--locale', 'fr'], { cwd: french })).stdout, 'a French plan gives the French report');
  assert.ok(r.stdout.includes(`2/3 · 67${NBSP}%`));

  const mixed = tempTree({ 'a-fr.rollout.yaml': PLAN, 'b-none.rollout.yaml': BROKEN, 'c-en.rollout.yaml': PLAN.replace('  language: fr\n', '  language: en-GB\n') });
  const m = await cli(['report', '--locale', 'plan'], { cwd: mixed, env: { LANG: 'fr_FR.UTF-8' } });
  assert.equal(m.code, 0, m.stderr);
  const [head, ...sections] = m.stdout.split(/\n(?=## )/);
  assert.match(head, /^# Rapport de préparation/, 'languages differ: the title follows the user');
  assert.equal(sections.length, 3);
  assert.match(sections[0], /Verdict\u00a0: \*\*pas prêt\*\*/);
  assert.match(sections[1], /^- phase “cadrage” has no owner/m, 'no metadata.language: English');
  assert.match(sections[2], /Verdict: \*\*not ready\*\*/);
  const plans = json((await cli(['report', '--locale', 'plan', '--format', 'json'], { cwd: mixed })).stdout).plans;
  assert.deepEqual(plans.map((p: { locale: string }) => p.locale), ['fr', 'en', 'en']);
});

test('a plan with a YAML syntax error or check errors is still reported, marked, and the exit code is 0', async () => {
  const dir = tempTree({ 'broken.rollout.yaml': BROKEN, 'errors.rollout.yaml': ERRORS });
  assert.equal((await cli(['check'], { cwd: dir })).code, 1, 'check fails on these plans');
  const r = await cli(['report'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.includes('## Plan avec une erreur de syntaxe YAML (`broken-syntax`)'));
  assert.match(r.stdout, /^> ⚠ This plan has 1 YAML syntax errors?: the report shows what could be read\.$/m);
  assert.match(r.stdout, /^\| Pilote \(`pilote`\) \| pilot \|/m, 'what could be read is shown');
  assert.ok(r.stdout.includes('File: `errors.rollout.yaml`'));
  assert.equal(json((await cli(['report', '--format', 'json', 'broken.rollout.yaml'], { cwd: dir })).stdout).plans[0].syntaxErrors, 1);
});

test('a missing path exits 2 naming it; the other plans are still reported', async () => {
  const dir = tempTree({ 'ok.rollout.yaml': CLEAN });
  const r = await cli(['report', 'absent.rollout.yaml', 'ok.rollout.yaml'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'rollout-plan: absent.rollout.yaml: no such file or folder\n');
  assert.ok(r.stdout.includes('File: `ok.rollout.yaml`'));
  const glob = await cli(['report', 'plans/**/*.yaml'], { cwd: dir });
  assert.equal(glob.code, 2);
  assert.match(glob.stderr, /no file matches plans\/\*\*\/\*\.yaml/);
  const none = await cli(['report'], { cwd: tempTree() });
  assert.equal(none.code, 0, 'no plan is not a problem');
  assert.ok(none.stdout.includes('No rollout plan found.'));
});

test('--output writes the file (stdout stays empty); usage problems exit 2 with one line', async () => {
  const dir = tempTree({ 'parcours.rollout.yaml': PLAN, 'notes.md': '# notes\n' });
  const r = await cli(['report', '--output', 'report.md', '--format', 'markdown'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(fs.readFileSync(path.join(dir, 'report.md'), 'utf8'), (await cli(['report'], { cwd: dir })).stdout);
  assert.equal((await cli(['report', '-o', 'r.json', '-f', 'json'], { cwd: dir })).code, 0);
  assert.equal(json(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).plans.length, 1);
  const unwritable = await cli(['report', '--output', 'no/such/folder/report.md'], { cwd: dir });
  assert.equal(unwritable.code, 2);
  assert.equal(unwritable.stderr, 'rollout-plan: cannot write no/such/folder/report.md: no such file or folder\n');
  for (const args of [['report', '--format', 'sarif'], ['report', '--locale', 'de'], ['report', '--output'], ['report', '--quiet'], ['report', '--config', 'absent.json']]) {
    const u = await cli(args, { cwd: dir });
    assert.equal(u.code, 2, args.join(' '));
    assert.equal(u.stdout, '', args.join(' '));
    assert.match(u.stderr, /^rollout-plan: [^\n]+\n$/, args.join(' '));
  }
  const skipped = await cli(['report', 'notes.md'], { cwd: dir });
  assert.equal(skipped.code, 0);
  assert.match(skipped.stderr, /notes\.md: not a rollout plan .*skipped/);
});

test('--help for report, and the main help lists it', async () => {
  const help = await cli(['report', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: rollout-plan report/);
  for (const option of ['--format <markdown|json|svg>', '--locale <en|fr|plan>', '--output <file>', '--config <file>']) assert.ok(help.stdout.includes(option), option);
  assert.equal((await cli(['help', 'report'])).stdout, help.stdout);
  assert.match((await cli(['--help'])).stdout, /^ {2}report \[paths or globs\.\.\.\] /m);
  assert.match((await cli(['frobnicate'])).stderr, /the commands are check, report and init/);
});

/** What the editor's export would write for these files: readinessReport on the service's analyses. */
function direct(dir: string, files: string[], locale: Locale | 'plan', format: 'markdown' | 'json'): string {
  const service = new RolloutPlanService({ locale: locale === 'plan' ? 'en' : locale });
  const plans: ReportPlan[] = files.map(name => {
    const file = path.join(dir, name);
    const uri = pathToFileURL(file).href;
    const analysis = service.analyze(TextDocument.create(uri, 'rollout-plan', 1, fs.readFileSync(file, 'utf8')));
    return { name, uri, analysis, ...(locale === 'plan' && { locale: toLocale(analysis.model.metadata.language?.value) }) };
  });
  return readinessReport(plans, { locale: locale === 'plan' ? 'fr' : locale, format });
}

test('the CLI report is readinessReport on the same analyses, for every example (no logic of its own)', async () => {
  // the plans alone: with their programme file, the report opens with its summary (test/cli/programme.test.ts)
  const names = fs.readdirSync(path.join(ROOT, 'examples')).filter(f => f.endsWith('.rollout.yaml') && f !== 'programme.rollout.yaml').sort();
  const dir = tempTree(Object.fromEntries([...names.map(n => [n, example(n)]), ['zz-parcours-open.rollout.yaml', PLAN]]));
  const files = [...names, 'zz-parcours-open.rollout.yaml'];
  for (const locale of ['en', 'fr', 'plan'] as const) {
    for (const format of ['markdown', 'json'] as const) {
      const r = await cli(['report', '--locale', locale, '--format', format], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, direct(dir, files, locale, format), `${locale} ${format}`);
    }
  }
});
