// The Markdown / JSON readiness report shared by the editor and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readinessReport } from '../../server/src/service/features/readiness/report';
import { mermaidGantt, mermaidParses } from './mermaid-parser';
import { docOf, planFiles, ROOT, service } from './helpers';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8');
const plans = (text = EXAMPLE) => [{ name: 'examples/parcours-commande.rollout.yaml', uri: 'file:///p.rollout.yaml', analysis: service().analyze(docOf(text)) }];
const NBSP = '\u00a0';

test('English Markdown: every section, the phase table, criteria table, gates and overdue tasks', () => {
  const md = readinessReport(plans(), { locale: 'en', format: 'markdown', today: '2027-01-20' });
  for (const heading of ['# Readiness report', '## Simplifier le parcours de commande en ligne (`altura-parcours-commande`)',
    '### Phases', '### Success criteria', '### Go/No-Go gates', '### Missing owners', '### Overdue tasks']) {
    assert.ok(md.includes(`\n${heading}\n`) || md.startsWith(`${heading}\n`), heading);
  }
  assert.ok(md.includes('Generated on 20 January 2027.'));
  assert.ok(md.includes('| Pilote sur 10 % du trafic France (`pilote`) | pilot | 1 June 2026 to 25 September 2026 | 3/3 · 100% | done |'));
  assert.ok(md.includes('| Satisfaction des utilisateurs pilotes (`nps-pilote`) | met | 34 | >= 30 | ines |'));
  assert.ok(md.includes('| Commandes France passées par le nouveau parcours (`bascule-france`) | not measured | — | >= 95% | lea |'));
  assert.ok(md.includes('#### Réunion Go/No-Go (`go-no-go`)\n\nVerdict: **ready** (decision: go)'));
  assert.ok(md.includes('- Tasks done: 3/15 (20%)'));
  assert.ok(md.includes('| Répéter le retour arrière en préproduction | Mise en production du nouveau parcours (`mise-en-production`) | 12 January 2027 | paul |'));
});

test('French Markdown: headings, verdicts, columns, numbers and dates for the locale', () => {
  const open = EXAMPLE.replace('        due: 2026-09-18\n        done: true', '        due: 2026-09-18').replace('    owner: ines\n    start: 2027-06-01', '    start: 2027-06-01');
  const md = readinessReport(plans(open), { locale: 'fr', format: 'markdown', today: '2027-03-13' });
  assert.ok(md.startsWith('# Rapport de préparation\n\nÉtabli le 13 mars 2027.'));
  for (const heading of ['### Phases', '### Critères de succès', '### Décisions Go/No-Go', '### Responsables manquants', '### Tâches en retard']) {
    assert.ok(md.includes(`\n${heading}\n`), heading);
  }
  assert.ok(md.includes(`| Phase | Type | Dates | Avancement | État |`));
  assert.ok(md.includes(`| pilote | du 1 juin 2026 au 25 septembre 2026 | 2/3 · 67${NBSP}% | en cours |`));
  assert.ok(md.includes(`Verdict${NBSP}: **pas prêt** (décision${NBSP}: go)`));
  assert.ok(md.includes('- La tâche « Recueillir les retours des utilisateurs pilotes » de la phase `pilote` n’est pas terminée.'.replace(/« | »/g, m => m === '« ' ? `«${NBSP}` : `${NBSP}»`)));
  assert.ok(md.includes(`- phase «${NBSP}exploitation${NBSP}» sans responsable (ligne `));
  assert.ok(md.includes(`| non mesuré |`));
  // the Mermaid block's tags (`done`, `active`, `crit`) are its syntax, never drawn as words
  assert.doesNotMatch(md.replace(/```mermaid\n[^]*?\n```\n/g, ''), /\b(ready|done|not measured|Owner|Progress)\b/);
});

test('JSON: the same snapshot, for tools', () => {
  const json = JSON.parse(readinessReport(plans(), { locale: 'en', format: 'json', today: '2027-01-20' }));
  assert.equal(json.plans[0].name, 'examples/parcours-commande.rollout.yaml');
  assert.equal(json.plans[0].phases.length, 5);
  assert.equal(json.plans[0].totals.tasks.total, 15);
});

test('no plan: says so', () => {
  assert.ok(readinessReport([], { locale: 'fr', format: 'markdown', today: '2027-01-20' }).includes('Aucun plan de déploiement trouvé.'));
});

test('Markdown: each plan\'s timeline as a Mermaid gantt block after its summary, in the plan\'s language; JSON has none', async () => {
  const md = readinessReport([{ ...plans()[0]!, locale: 'fr' }], { locale: 'en', format: 'markdown', today: '2027-01-20' });
  const summaryEnd = md.indexOf(`- Tâches en retard${NBSP}:`);
  const block = md.indexOf('### Calendrier\n\n```mermaid\ngantt\n');
  assert.ok(summaryEnd > 0 && block > summaryEnd && block < md.indexOf('### Phases'), md);
  const mermaid = md.slice(block).split('```mermaid\n')[1].split('\n```\n')[0];
  const drawn = await mermaidGantt(mermaid);
  const phases = service().analyze(docOf(EXAMPLE)).model.phases;
  for (const phase of phases) assert.ok(drawn.rows.some(r => r.id === phase.id?.value) || md.includes(`(\`${phase.id?.value}\`)`), `phase ${phase.id?.value} drawn or listed`);
  assert.ok(!readinessReport(plans(), { locale: 'en', format: 'json', today: '2027-01-20' }).includes('gantt'), 'JSON: no block');
});

test('the Mermaid block of every example\'s report parses with Mermaid\'s own parser', async () => {
  // the programme file has no timeline of its own
  for (const file of planFiles('examples').filter(f => !f.endsWith('programme.rollout.yaml'))) {
    const md = readinessReport([{ name: file, uri: 'file:///x.rollout.yaml', analysis: service().analyze(docOf(fs.readFileSync(file, 'utf8'))) }], { locale: 'fr', format: 'markdown', today: '2027-01-20' });
    const blocks = md.split('```mermaid\n').slice(1).map(part => part.split('\n```\n')[0]);
    assert.equal(blocks.length, 1, file);
    await mermaidParses(blocks[0]);
  }
});
