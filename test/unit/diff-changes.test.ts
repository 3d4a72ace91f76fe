// The readiness diff of one plan, change by change: what a reviewer reads in the pull-request
// comment (Markdown, English and French) and what a tool reads (JSON), and the `--fail-on` counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERP, diffOf, edit, erpChange, jsonPlan } from './diff-helpers';

const NBSP = '\u00a0';

/** The go-live `bascule` moved by 9 days (its dates and its window). */
const goLiveSlipped = (text: string) => edit(
  edit(text, '    start: 2027-04-02\n    end: 2027-04-16', '    start: 2027-04-11\n    end: 2027-04-25'),
  '      start: 2027-04-02T20:00\n      end: 2027-04-05T06:00', '      start: 2027-04-11T20:00\n      end: 2027-04-14T06:00');

test('a go-live that slipped: "+9 d" in the summary and the bullet, marked crit on the timeline, counted as a slip', async () => {
  const result = await diffOf([erpChange(goLiveSlipped(ERP))]);
  const [summary] = result.text.split('\n');
  assert.match(summary, /^1 plan changed since `origin\/main`: go-live slipped \+9 d/);
  assert.match(result.text, /- Go-live “Bascule et stabilisation” slipped \*\*\+9 d\*\* \(2027-04-05T06:00 → 2027-04-14T06:00\)/);
  assert.match(result.text, /Bascule et stabilisation \(\+9 d\) :crit, milestone, bascule, 2027-04-11, 0d/);
  assert.ok(result.outcome.slip >= 1);
  assert.equal(result.changedPlans, 1);
  const fr = await diffOf([erpChange(goLiveSlipped(ERP))], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`^1 plan modifié depuis \`origin/main\`${NBSP}: mise en production décalée de \\+9 j`));
  assert.match(fr.text, new RegExp(`Mise en production «${NBSP}Bascule et stabilisation${NBSP}»${NBSP}: décalage de \\*\\*\\+9 j\\*\\*`));
});

test('the end of the plan that moved, and a pull-in as a true minus sign; JSON gives the days signed', async () => {
  const later = edit(ERP, '        owner: cedric\n        due: 2027-05-14', '        owner: cedric\n        due: 2027-05-24');
  const plan = await jsonPlan(erpChange(later));
  assert.deepEqual(plan.dates.map((s: { key: string; days: number }) => [s.key, s.days]), [['phase:run-erp', 10], ['plan:end', 10]]);
  const earlier = await diffOf([erpChange(ERP, later)]);
  assert.match(earlier.text, /End of the plan brought forward \*\*\u221210 d\*\* \(2027-05-24 → 2027-05-14\)/);
  assert.equal(earlier.outcome.slip, 0, 'a pull-in is no slip');
  const fr = await diffOf([erpChange(later)], { locale: 'fr' });
  assert.match(fr.text, /Fin du plan décalée de \*\*\+10 j\*\*/);
});

test('a gate whose verdict got worse: ready → not ready with the reasons, counted as `verdict`; pending → go is no worse', async () => {
  // the ERP gate made ready (every criterion met, every task before it done), then one criterion unmet
  const ready = edit(edit(edit(ERP, '    actual: 2\n', '    actual: 0\n'), '    target: ">= 98%"\n', '    target: ">= 98%"\n    actual: 99%\n'), '    target: ">= 90%"\n', '    target: ">= 90%"\n    actual: 95%\n');
  const readyPlan = ready
    .replace(/kind: qualitative\n/, 'kind: qualitative\n    met: true\n')
    .replace(/( {8}due: 2027-0[23]-\d\d)\n(?! {8}done)/g, '$1\n        done: true\n');
  const before = await jsonPlan(erpChange(readyPlan, readyPlan));
  assert.equal(before.status, 'unchanged');
  const worse = edit(readyPlan, '    actual: 0\n', '    actual: 3\n');
  const result = await diffOf([erpChange(worse, readyPlan)]);
  assert.match(result.text, /- Gate “Réunion Go\/No-Go de la bascule”: \*\*ready\*\* → \*\*not ready\*\*\n {2}- /);
  assert.match(result.text, /1 gate no longer ready/);
  assert.equal(result.outcome.verdict, 1);
  const fr = await diffOf([erpChange(worse, readyPlan)], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`Décision Go/No-Go «${NBSP}Réunion Go/No-Go de la bascule${NBSP}»${NBSP}: \\*\\*prêt\\*\\* → \\*\\*pas prêt\\*\\*`));
  const decided = await diffOf([erpChange(edit(ERP, '    decision: pending', '    decision: go'))]);
  assert.match(decided.text, /\*\*not ready\*\* → \*\*go\*\*/);
  assert.equal(decided.outcome.verdict, 0);
  const plan = await jsonPlan(erpChange(edit(ERP, '    decision: pending', '    decision: no-go')));
  assert.deepEqual([plan.gates[0].before, plan.gates[0].after, plan.gates[0].worse], ['not-ready', 'no-go', true]);
});

test('criteria: status, actual and target changes; added and removed (removed counts as `removed`)', async () => {
  let after = edit(ERP, '    actual: 2\n', '    actual: 0\n');
  after = edit(after, '    target: ">= 99.5%"', '    target: ">= 99.8%"');
  const result = await diffOf([erpChange(after)]);
  assert.match(result.text, /- Criterion “Anomalies bloquantes ouvertes”: not met → \*\*met\*\*, measured 2 → 0/);
  assert.match(result.text, /- Criterion “Données reprises sans écart lors de la répétition générale”: met → \*\*not met\*\*, target \\>= 99\.5% → \\>= 99\.8%/, 'the `>` escaped');
  const fr = await diffOf([erpChange(after)], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`Critère «${NBSP}Anomalies bloquantes ouvertes${NBSP}»${NBSP}: non atteint → \\*\\*atteint\\*\\*, mesuré 2 → 0`));
  const removed = edit(ERP, '  stabilisation:\n    title: Incidents majeurs pendant la stabilisation\n', '  stabilite:\n    title: Incidents majeurs pendant la stabilisation\n');
  const plan = await jsonPlan(erpChange(removed));
  assert.deepEqual(plan.criteria.map((c: { id: string; change: string }) => `${c.change}:${c.id}`), ['added:stabilite', 'removed:stabilisation']);
  assert.equal((await diffOf([erpChange(removed)])).outcome.removed, 1);
});

test('checklist items done, reopened, added and removed are folded in <details>; matched by id, else by task text', async () => {
  let after = edit(ERP, '        due: 2027-02-12\n', '        due: 2027-02-12\n        done: true\n');
  after = edit(after, '        due: 2026-11-20\n        done: true\n', '        due: 2026-11-20\n');
  after = edit(after, '      - task: Geler les évolutions de l\'ancien système', '      - task: Geler les évolutions de l’ancien système');
  const result = await diffOf([erpChange(after)]);
  assert.match(result.text, /<details>\n<summary>Checklist items: 1 done, 1 reopened, 1 added, 1 removed<\/summary>\n\n- reopened: Réaliser la première répétition de bascule \(Préparation de la bascule\)\n- done: Réaliser la répétition générale/);
  assert.match(result.text, /- added: Geler les évolutions de l’ancien système .*\n- removed: Geler les évolutions de l'ancien système/);
  const fr = await diffOf([erpChange(after)], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`<summary>Éléments de checklist${NBSP}: 1 terminé, 1 rouvert, 1 ajouté, 1 supprimé</summary>`));
  // an item with an id keeps its identity when its text is reworded
  const reworded = edit(ERP, 'Réaliser la première répétition de bascule', 'Réaliser la 1re répétition de bascule');
  assert.deepEqual((await jsonPlan(erpChange(reworded))).items, []);
});

test('owners and champions assigned, changed or removed; a removed one counts as `owner-removed`', async () => {
  let after = edit(ERP, '    title: Exploitation de l\'ERP\n    owner: cedric\n', '    title: Exploitation de l\'ERP\n    owner: romain\n');
  after = edit(after, '        mitigation: Arbitrage des évolutions en comité trimestriel\n        status: open\n        owner: cedric\n', '        mitigation: Arbitrage des évolutions en comité trimestriel\n        status: open\n');
  const result = await diffOf([erpChange(after)]);
  assert.match(result.text, /- Phase “Exploitation de l'ERP”: owner `cedric` → `romain`/);
  assert.match(result.text, /- Risk “Multiplication des demandes d'évolutions spécifiques”: owner `cedric` removed/);
  assert.equal(result.outcome['owner-removed'], 1);
  const fr = await diffOf([erpChange(after)], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`Risque «${NBSP}Multiplication des demandes d'évolutions spécifiques${NBSP}»${NBSP}: responsable \`cedric\` retiré`));
  const back = await jsonPlan(erpChange(ERP, after));
  assert.deepEqual(back.owners.map((o: { change: string; after?: string }) => `${o.change}:${o.after}`), ['changed:cedric', 'assigned:cedric']);
});

test('risks opened, mitigated, closed, added and removed', async () => {
  let after = edit(ERP, '        mitigation: Rapprochement automatique des balances et validation par la comptabilité fournisseurs\n        status: open', '        mitigation: Rapprochement automatique des balances et validation par la comptabilité fournisseurs\n        status: mitigated');
  after = edit(after, '        mitigation: Arbitrage des évolutions en comité trimestriel\n        status: open', '        mitigation: Arbitrage des évolutions en comité trimestriel\n        status: closed');
  after = edit(after, '      - id: cloture-mensuelle\n', '      - id: cloture-de-mars\n');
  const plan = await jsonPlan(erpChange(after));
  assert.deepEqual(plan.risks.map((r: { change: string; title: string }) => r.change),
    ['mitigated', 'added', 'removed', 'closed']);
  const result = await diffOf([erpChange(after)]);
  assert.match(result.text, /- Risk “Écarts de reprise sur les soldes fournisseurs” \(Préparation de la bascule\): open → \*\*mitigated\*\*/);
  const fr = await diffOf([erpChange(after)], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`Risque «${NBSP}Multiplication des demandes d'évolutions spécifiques${NBSP}» \\(Exploitation de l'ERP\\)${NBSP}: ouvert → \\*\\*clos\\*\\*`));
  const reopened = await jsonPlan(erpChange(ERP, after));
  assert.ok(reopened.risks.some((r: { change: string }) => r.change === 'opened'));
});

test('phases and waves added and removed; a removed phase counts as `removed`', async () => {
  const runPhase = ERP.slice(ERP.indexOf('  - id: run-erp'));
  const without = ERP.slice(0, ERP.indexOf('  - id: run-erp')).trimEnd() + '\n';
  const result = await diffOf([erpChange(without)]);
  assert.match(result.text, /- Phase “Exploitation de l'ERP” removed/);
  assert.ok(result.outcome.removed >= 1);
  const fr = await diffOf([erpChange(ERP, without)], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`Phase «${NBSP}Exploitation de l'ERP${NBSP}» ajoutée`));
  assert.ok(runPhase.length > 0);
  const waves = '    waves:\n      - { id: vague-1, title: Vague Lyon, champion: romain, start: 2027-04-19, end: 2027-04-30 }\n';
  const withWave = edit(ERP, '    governance: { cadenceMonths: 3', `${waves}    governance: { cadenceMonths: 3`);
  const plan = await jsonPlan(erpChange(withWave));
  assert.ok(plan.structure.some((s: { kind: string; change: string; title: string }) => s.kind === 'wave' && s.change === 'added' && s.title === 'Vague Lyon'), JSON.stringify(plan.structure));
});

test('findings introduced and fixed, by code with their message, in <details>; a moved finding is neither', async () => {
  const broken = edit(ERP, '    after: [bascule]\n', '    after: [bascul]\n');
  const result = await diffOf([erpChange(broken)]);
  assert.match(result.text, /<summary>Findings: 1 introduced<\/summary>\n\n- new error `undefined-phase` \(line \d+\): /);
  assert.match(result.text, /1 new error/);
  assert.equal(result.outcome['new-errors'], 1);
  const fr = await diffOf([erpChange(ERP, broken)], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`<summary>Problèmes${NBSP}: 1 corrigé</summary>\\n\\n- corrigé${NBSP}: erreur \`undefined-phase\``));
  // the same finding further down the file (a comment line added above) is not "fixed + introduced"
  const moved = edit(broken, 'phases:\n', '# revu en comité\nphases:\n');
  assert.deepEqual((await jsonPlan(erpChange(moved, broken))).findings, { introduced: [], fixed: [] });
});
