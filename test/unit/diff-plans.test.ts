// The readiness diff over several plans: added, deleted, renamed, not a plan at the base, a side
// unreadable or broken (said so, never "everything changed"), changes that mean nothing (CRLF,
// comments), the config that applies now, per-plan languages, the `--fail-on` counts, and an open
// document's analysis left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service';
import { ERP, ERP_NAME, ERP_URI, diffOf, edit, erpChange, jsonPlan } from './diff-helpers';
import { docOf, TODAY } from './helpers';
import { MemoryWorkspace } from './memory-workspace';

const NBSP = '\u00a0';
const BROKEN = edit(ERP, '    after: [preparation-bascule]\n', '    after: [preparation-bascule}\n');

test('a new plan: said so, its findings introduced; a deleted plan: said so and counted as `removed`', async () => {
  const added = await diffOf([{ uri: ERP_URI, after: { name: ERP_NAME, text: edit(ERP, '    after: [bascule]\n', '    after: [bascul]\n') } }]);
  assert.match(added.text, /^1 plan changed since `origin\/main`: 1 new error/);
  assert.match(added.text, /> New plan\./);
  assert.equal(added.outcome['new-errors'], 1);
  const deleted = await diffOf([{ uri: ERP_URI, before: { name: ERP_NAME, text: ERP } }], { locale: 'fr' });
  assert.match(deleted.text, new RegExp(`^1 plan modifié depuis \`origin/main\`${NBSP}: 1 plan supprimé`));
  assert.match(deleted.text, /> Plan supprimé\./);
  assert.doesNotMatch(deleted.text, /```mermaid/, 'no timeline for a plan that is gone');
  assert.deepEqual([deleted.outcome.removed, deleted.outcome.any], [1, 1]);
});

test('a renamed plan says where it came from and is still compared', async () => {
  const input = { uri: ERP_URI, before: { name: 'old/erp.rollout.yaml', text: ERP }, after: { name: ERP_NAME, text: edit(ERP, '    actual: 2\n', '    actual: 0\n') } };
  const result = await diffOf([input]);
  assert.match(result.text, /> Renamed from `old\/erp\.rollout\.yaml`\./);
  assert.match(result.text, /Criterion “Anomalies bloquantes ouvertes”: not met → \*\*met\*\*/);
  const fr = await diffOf([input], { locale: 'fr' });
  assert.match(fr.text, new RegExp(`> Renommé, anciennement \`old/erp\\.rollout\\.yaml\`\\.`));
  const renamedOnly = await jsonPlan({ ...input, after: { name: ERP_NAME, text: ERP } });
  assert.deepEqual([renamedOnly.status, renamedOnly.notes], ['changed', [{ kind: 'renamed', from: 'old/erp.rollout.yaml' }]]);
});

test('a file that was not a plan at the base is a new plan, said so', async () => {
  const input = { uri: ERP_URI, before: { name: ERP_NAME, text: 'notes: [ébauche]\n' }, after: { name: ERP_NAME, text: ERP } };
  const result = await diffOf([input], { base: 'v1.2' });
  assert.match(result.text, /> New plan\.\n> Was not a plan at `v1\.2`\./);
  const fr = await diffOf([input], { base: 'v1.2', locale: 'fr' });
  assert.match(fr.text, /> N’était pas un plan dans `v1\.2`\./);
  assert.equal((await jsonPlan(input)).status, 'added');
});

test('a side that cannot be read is said so with its reason, the other plans still compared', async () => {
  const other = 'file:///repo/plans/autre.rollout.yaml';
  const inputs = [
    { uri: ERP_URI, before: { name: ERP_NAME, unreadable: { key: 'io.reason.EACCES' as const } }, after: { name: ERP_NAME, text: ERP } },
    { uri: other, before: { name: 'plans/autre.rollout.yaml', text: ERP }, after: { name: 'plans/autre.rollout.yaml', text: edit(ERP, '    actual: 2\n', '    actual: 0\n') } },
  ];
  const result = await diffOf(inputs);
  assert.match(result.text, /> Cannot be read at `origin\/main`: permission denied\. Not compared\./);
  assert.match(result.text, /Criterion “Anomalies bloquantes ouvertes”/);
  assert.equal(result.changedPlans, 2);
  const fr = await diffOf(inputs, { locale: 'fr' });
  assert.match(fr.text, new RegExp(`> Illisible dans \`origin/main\`${NBSP}: permission refusée\\. Non comparé\\.`));
  const plan = JSON.parse((await diffOf(inputs, { format: 'json' })).text).plans[0];
  assert.deepEqual([plan.status, plan.notes[0].kind], ['not-compared', 'unreadable']);
});

test('syntax errors on one side: how many, the first with its line, and no comparison of the contents', async () => {
  const result = await diffOf([erpChange(BROKEN)]);
  assert.match(result.text, /> Has 1 YAML syntax error now \(line 121: YAML syntax error: .*\); its contents are not compared\./);
  assert.doesNotMatch(result.text, /Criterion|Gate|Phase “|```mermaid/, 'nothing of the contents is listed or drawn');
  assert.equal(result.outcome['new-errors'], 1, 'the new syntax error is a new error');
  const json = await jsonPlan(erpChange(BROKEN));
  assert.deepEqual([json.status, json.findings.introduced.length, json.gates.length], ['not-compared', 0, 0]);
  const fixed = await diffOf([erpChange(ERP, BROKEN)], { locale: 'fr' });
  assert.match(fixed.text, new RegExp(`> Contient 1 erreur de syntaxe YAML dans \`origin/main\` \\(ligne 121${NBSP}: `));
  assert.equal(fixed.outcome['new-errors'], 0);
  assert.equal((await diffOf([erpChange(BROKEN, BROKEN)])).changedPlans, 0, 'broken the same way on both sides: no change');
  const twice = edit(BROKEN, '    after: [go-no-go-bascule]\n', '    after: [go-no-go-bascule}\n');
  assert.match((await diffOf([erpChange(twice)])).text, /> Has 2 YAML syntax errors now \(the first on line 121: /);
});

test('CRLF on one side, or only comments and blank lines changed: no change in readiness, listed in one line at the end', async () => {
  const crlf = ERP.replace(/\n/g, '\r\n');
  const comments = edit(ERP, 'phases:\n', '# relu le 2 décembre\n\nphases:  # toutes les phases\n');
  const other = 'file:///repo/plans/b.rollout.yaml';
  const inputs = [erpChange(crlf), { uri: other, before: { name: 'plans/b.rollout.yaml', text: ERP }, after: { name: 'plans/b.rollout.yaml', text: comments } }];
  const result = await diffOf(inputs);
  assert.equal(result.changedPlans, 0);
  assert.deepEqual(result.outcome, { 'new-errors': 0, 'new-warnings': 0, 'slip': 0, 'verdict': 0, 'owner-removed': 0, 'removed': 0, 'any': 0 });
  assert.equal(result.text, 'No change in readiness since `origin/main`.\n\nNo change in readiness: `plans/erp.rollout.yaml`, `plans/b.rollout.yaml`\n');
  const fr = await diffOf(inputs, { locale: 'fr' });
  assert.match(fr.text, new RegExp(`Sans changement de préparation${NBSP}: \`plans/erp\\.rollout\\.yaml\``));
});

test('the outcome counts each kind over every plan; `any` is every change', async () => {
  const slipped = edit(ERP, '    start: 2027-04-19\n    after: [bascule]', '    start: 2027-04-26\n    after: [bascule]');
  const noOwner = edit(ERP, '    title: Exploitation de l\'ERP\n    owner: cedric\n', '    title: Exploitation de l\'ERP\n');
  const other = 'file:///repo/plans/b.rollout.yaml';
  const inputs = [erpChange(slipped), { uri: other, before: { name: 'plans/b.rollout.yaml', text: ERP }, after: { name: 'plans/b.rollout.yaml', text: noOwner } }];
  const { outcome, changedPlans } = await diffOf(inputs);
  const plans = JSON.parse((await diffOf(inputs, { format: 'json' })).text).plans;
  assert.equal(changedPlans, 2);
  assert.equal(outcome.slip, plans[0].dates.filter((s: { days: number }) => s.days > 0).length);
  assert.ok(outcome.slip >= 1);
  assert.equal(outcome['owner-removed'], 1);
  assert.equal(outcome['new-warnings'], 1, 'missing-owner on the phase');
  const listed = plans.reduce((n: number, p: Record<string, unknown[]> & { findings: { introduced: unknown[]; fixed: unknown[] } }) =>
    n + p.gates.length + p.criteria.length + p.dates.length + p.items.length + p.owners.length + p.risks.length + p.structure.length + p.findings.introduced.length + p.findings.fixed.length, 0);
  assert.equal(outcome.any, listed);
});

test('both sides are checked with the config that applies now: a rule turned off is neither introduced nor fixed', async () => {
  const workspace = new MemoryWorkspace({ 'file:///repo/rollout-plan.config.json': '{ "rules": { "undefined-phase": "off", "missing-owner": "error" } }' });
  const broken = edit(edit(ERP, '    after: [bascule]\n', '    after: [bascul]\n'), '    title: Exploitation de l\'ERP\n    owner: cedric\n', '    title: Exploitation de l\'ERP\n');
  const result = await diffOf([erpChange(broken)], { workspace });
  assert.equal(result.outcome['new-errors'], 1, 'missing-owner, an error by this config; undefined-phase is off');
  assert.match(result.text, /- new error `missing-owner`/);
});

test('JSON: version 1, the base, the summary, the outcome and one entry per plan, unchanged ones included', async () => {
  const json = JSON.parse((await diffOf([erpChange(ERP)], { format: 'json', base: 'main' })).text);
  assert.deepEqual(Object.keys(json), ['version', 'base', 'summary', 'outcome', 'plans']);
  assert.deepEqual([json.version, json.base, json.summary], [1, 'main', { text: 'No change in readiness since `main`.', changedPlans: 0, unchangedPlans: 1 }]);
  assert.equal(json.plans[0].status, 'unchanged');
});

test('per-plan languages: each section in its plan’s metadata.language, the summary too when they agree', async () => {
  const english = edit(ERP, '  language: fr\n', '  language: en\n');
  const result = await diffOf([erpChange(edit(english, '    actual: 2\n', '    actual: 0\n'), english)], { locale: 'fr', perPlanLocale: true });
  assert.match(result.text, /^1 plan changed since/);
  assert.match(result.text, /Criterion “Anomalies bloquantes ouvertes”: not met → \*\*met\*\*/);
  const french = await diffOf([erpChange(edit(ERP, '    actual: 2\n', '    actual: 0\n'))], { locale: 'en', perPlanLocale: true });
  assert.match(french.text, new RegExp(`Critère «${NBSP}Anomalies bloquantes ouvertes${NBSP}»`));
});

test('Markdown in plan text is made inert: a title cannot open a link, HTML or emphasis', async () => {
  const after = edit(ERP, '    title: Exploitation de l\'ERP\n    owner: cedric\n', '    title: "Exploitation <img src=x> [lien](http://x) *gras*"\n    owner: romain\n');
  const result = await diffOf([erpChange(after)]);
  assert.match(result.text, /Phase “Exploitation \\<img src=x\\> \\\[lien\\\]\(http:\/\/x\) \\\*gras\\\*”: owner `cedric` → `romain`/);
  assert.doesNotMatch(result.text, /(?<!\\)<img/, 'no tag is left unescaped');
});

test('a diff of an open document’s URI leaves what the service keeps for it: its diagnostics, and its last tick undone exactly', async () => {
  // `done: false` ticked then unticked comes back only through the service's memory of the tick
  const open = edit(ERP, '        owner: agnes\n        due: 2027-02-12\n', '        owner: agnes\n        due: 2027-02-12\n        done: false\n');
  const workspace = new MemoryWorkspace({ [ERP_URI]: open });
  workspace.open.set(ERP_URI, 7);
  const service = createLanguageService({ workspace, today: () => TODAY });
  const doc = docOf(open, ERP_URI, 7);
  const diagnostics = await service.diagnostics(doc);
  const line = open.split('\n').indexOf('      - task: Réaliser la répétition générale avec reprise complète des données');
  const ticked = service.toggleTask(doc, { version: 7, line, done: true });
  assert.ok('edits' in ticked);
  const tickedDoc = docOf(TextDocument.applyEdits(doc, ticked.edits), ERP_URI, 8);
  await service.diff([erpChange(BROKEN, tickedDoc.getText()), erpChange(tickedDoc.getText(), open)], { format: 'markdown', base: 'main' });
  assert.deepEqual(await service.diagnostics(doc), diagnostics);
  const unticked = service.toggleTask(tickedDoc, { version: 8, line, done: false });
  assert.ok('edits' in unticked);
  assert.equal(TextDocument.applyEdits(tickedDoc, unticked.edits), open, 'the original bytes, `done: false` included');
});
