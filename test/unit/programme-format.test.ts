// The programme file (plan-format "Programmes"): a valid one has no finding; each schema error sits
// on its key or value, in English and French; a plan keeps its own keys (no `freezes`) and accepts
// `after: [plan/phase]`; completion and the templates follow the file's `kind`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { caret } from './caret';
import { createLanguageService } from '../../server/src/service';
import { diagnose, ROOT, service } from './helpers';
import { MemoryWorkspace } from './memory-workspace';

const PROGRAMME = `apiVersion: plan-as-code/v1
kind: Programme
metadata:
  id: transformation-2027
  title: Programme de transformation 2027
  owner: pmo
  sponsor: dg
  language: fr
people:
  pmo: { name: Nadia Benali, role: Directrice de programme, team: PMO }
  dg: { name: Marc Lefèvre }
freezes:
  - id: cloture-annuelle
    title: Clôture comptable annuelle
    start: 2026-12-20
    end: 2027-01-10
    plans: [erp-finance]
  - id: soldes
    title: Soldes d'hiver
    start: 2027-01-10T08:00
    end: 2027-02-01
`;

/** `line:col-col code: message` of each diagnostic, 1-based lines, for exact ranges. */
const at = (text: string, d: Diagnostic) => {
  const line = text.split('\n')[d.range.start.line];
  return `${d.range.start.line + 1}:${line.slice(d.range.start.character, d.range.end.character)} ${d.code}: ${d.message}`;
};
const findings = async (text: string, locale: 'en' | 'fr' = 'en') => (await diagnose(text, locale)).map(d => at(text, d));

test('a valid programme file has no finding: no `phases` required, no plan check', async () => {
  assert.deepEqual(await findings(PROGRAMME), []);
  assert.deepEqual(await findings('apiVersion: plan-as-code/v1\nkind: Programme\nmetadata: { id: p, title: P }\n'), []);
});

test('a programme file names people of its own roster (undefined-person)', async () => {
  const text = PROGRAMME.replace('  sponsor: dg', '  sponsor: dgg');
  assert.deepEqual((await findings(text)).map(f => f.split(':').slice(0, 2).join(':').replace(/ .*/, '')), ['7:dgg']);
  assert.match((await findings(text))[0], /undefined-person/);
});

test('an unknown key in a programme file, at the key, in English and French', async () => {
  const text = PROGRAMME.replace('people:', 'phases: []\npeople:');
  assert.deepEqual(await findings(text), ['9:phases schema: Unknown key `phases` in the programme file; allowed keys: `apiVersion`, `kind`, `metadata`, `people`, `freezes`.']);
  assert.deepEqual(await findings(text, 'fr'),
    ['9:phases schema: Clé inconnue `phases` dans le fichier de programme\u00a0; clés autorisées\u00a0: `apiVersion`, `kind`, `metadata`, `people`, `freezes`.']);
  const inFreeze = await findings(PROGRAMME.replace('    plans: [erp-finance]', '    plan: [erp-finance]'));
  assert.deepEqual(inFreeze, ['17:plan schema: Unknown key `plan` in `freezes`; did you mean `plans`?']);
});

test('a programme without metadata.id or title: on `metadata`, in English and French', async () => {
  const text = PROGRAMME.replace('  id: transformation-2027\n', '');
  assert.deepEqual(await findings(text), ['3:metadata schema: `metadata` is missing the required key `id`; add it.']);
  assert.deepEqual(await findings(PROGRAMME.replace('  title: Programme de transformation 2027\n', ''), 'fr'),
    ['3:metadata schema: Il manque la clé obligatoire `title` dans `metadata`\u00a0; ajoutez-la.']);
});

test('bad freeze dates and a freeze without id, at their value or item', async () => {
  const dates = PROGRAMME.replace('start: 2026-12-20', 'start: 20/12/2026').replace('end: 2027-02-01', 'end: 2027-02-30');
  assert.deepEqual(await findings(dates), [
    '15:20/12/2026 schema: `20/12/2026` is not a date and time; write it as YYYY-MM-DDTHH:MM (for example 2027-03-13T20:00).',
    '21:2027-02-30 schema: `2027-02-30` does not exist in the calendar; pick a real date.',
  ]);
  assert.deepEqual(await findings(dates, 'fr'), [
    '15:20/12/2026 schema: `20/12/2026` n’est ni une date ni une heure\u00a0; écrivez-la au format AAAA-MM-JJTHH:MM (par exemple 2027-03-13T20:00).',
    '21:2027-02-30 schema: `2027-02-30` n’existe pas dans le calendrier\u00a0; choisissez une date réelle.',
  ]);
  const noId = PROGRAMME.replace('  - id: soldes\n    title:', '  - title:');
  assert.deepEqual(await findings(noId), ["18:title schema: this list item is missing the required key `id`; add it."]);
  assert.deepEqual(await findings(noId, 'fr'), ["18:title schema: Il manque la clé obligatoire `id` dans cet élément de liste\u00a0; ajoutez-la."]);
  const noEnd = PROGRAMME.replace('    end: 2027-01-10\n', '');
  assert.deepEqual(await findings(noEnd), ['13:id schema: this list item is missing the required key `end`; add it.']);
});

const PLAN = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: paie, title: Paie }
phases:
  - id: pilote
    type: pilot
    owner: marie
    exitCriteria: [c]
    after: [erp-finance/go-no-go]
criteria:
  c: { title: C, target: ">= 1", owner: marie }
`;

test('a plan accepts `after: [plan/phase]` (the programme resolves it) and refuses `freezes`', async () => {
  // the schema takes the link; alone in its workspace, the programme says which plan is missing
  assert.deepEqual(await findings(PLAN), [
    '9:erp-finance/go-no-go undefined-phase: No plan `erp-finance` is in this programme; fix the plan id or add that plan to the programme.',
  ]);
  assert.deepEqual((await findings(PLAN.replace('erp-finance/go-no-go', 'Erp/Go'))).filter(f => f.includes(' schema: ')), [
    '9:Erp/Go schema: `Erp/Go` is not a valid id: use lower-case letters, digits, `.`, `_` or `-`, starting with a letter or digit.',
  ]);
  const frozen = `${PLAN}freezes:\n  - { id: x, title: X, start: 2027-01-01, end: 2027-01-02 }\n`;
  assert.deepEqual((await findings(frozen)).filter(f => f.includes(' schema: ')),
    ['12:freezes schema: Unknown key `freezes` in the plan; allowed keys: `apiVersion`, `kind`, `metadata`, `people`, `criteria`, `phases`.']);
  // a plan without `kind` is still a plan: `phases` is required
  assert.deepEqual(await findings('apiVersion: plan-as-code/v1\nmetadata: { id: p, title: P }\n'), [
    '1:apiVersion schema: the plan is missing the required key `kind`; add it.',
    '1:apiVersion schema: the plan is missing the required key `phases`; add it.',
  ]);
});

function complete(marked: string, locale: 'en' | 'fr' = 'en', uri?: string): { items: CompletionItem[]; doc: TextDocument } {
  const { doc: plain, position } = caret(marked);
  const doc = uri ? TextDocument.create(uri, 'rollout-plan', 1, plain.getText()) : plain;
  return { items: service(locale).complete(doc, position).items, doc };
}
const labels = (marked: string, locale: 'en' | 'fr' = 'en') => complete(marked, locale).items.map(i => i.label);

test('completion in a programme file: its own top-level keys, `plans` inside a freeze; a plan never offers `freezes`', () => {
  const head = 'apiVersion: plan-as-code/v1\nkind: Programme\n';
  assert.deepEqual(labels(`${head}|\n`), ['metadata', 'people', 'freezes']);
  assert.deepEqual(labels(`${head}metadata:\n  |\n`), ['id', 'title', 'description', 'owner', 'sponsor', 'language']);
  assert.deepEqual(labels(`${PROGRAMME}    |\n`), ['plans']);
  assert.ok(!labels('apiVersion: plan-as-code/v1\nkind: RolloutPlan\n|\n').includes('freezes'));
  const freezes = complete(`${head}|\n`).items.find(i => i.label === 'freezes')!;
  assert.equal(freezes.detail, 'Freezes');
  assert.match(String((freezes.textEdit as TextEdit).newText), /^freezes:\n {2}- id: \$1\n {4}title: \$2\n {4}start: \$3\n {4}end: \$4$/);
  const fr = complete(`${head}|\n`, 'fr').items.find(i => i.label === 'freezes')!;
  assert.equal(fr.detail, 'Périodes de gel');
});

test('hover in a programme file, in both languages', () => {
  const { doc, position } = caret(PROGRAMME.replace('freezes:', 'free|zes:'));
  const en = service('en').hover(doc, position);
  const fr = service('fr').hover(doc, position);
  assert.match(JSON.stringify(en?.contents), /Freezes.*no go-live may take place/);
  assert.match(JSON.stringify(fr?.contents), /Périodes de gel.*aucune mise en production/);
});

test('a whole programme file in an empty document, beside the plan; it passes every check', async () => {
  const { items, doc } = complete('|', 'en', 'file:///work/programme.rollout.yaml');
  assert.deepEqual(items.slice(0, 2).map(i => i.label), ['New rollout plan', 'New programme file']);
  const programme = items[1];
  assert.equal(programme.filterText, 'programme');
  const text = TextDocument.applyEdits(doc, [programme.textEdit as TextEdit]);
  assert.match(text, /^kind: Programme$/m);
  assert.match(text, /^ {2}id: programme$/m);
  assert.deepEqual(await findings(text), []);
  assert.ok(labels('|', 'fr').includes('Nouveau fichier de programme'));
  assert.ok(!labels(`${PROGRAMME}|\n`).includes('New programme file'));
});

test('a new freeze inside `freezes`, as a valid item; none in a plan', async () => {
  const marked = `${PROGRAMME.slice(0, PROGRAMME.indexOf('freezes:'))}freezes:\n  - |\n`;
  const item = complete(marked).items.find(i => i.label === 'New freeze');
  assert.ok(item, 'the freeze template is offered');
  const snippet = (item.textEdit as TextEdit).newText;
  assert.match(snippet, /^id: \$\{1:cloture-annuelle\}\n {4}title: /);
  const filled = snippet.replace(/\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}/g, '2027-06-01').replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  const { doc } = caret(marked);
  const text = TextDocument.applyEdits(doc, [{ ...(item.textEdit as TextEdit), newText: filled }]);
  assert.deepEqual(await findings(text), []);
  assert.deepEqual(labels(`${PLAN}  - |\n`).filter(l => l === 'New freeze'), []);
});

test('the programme snippet is a file template beside the plan one', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/rollout-plan.code-snippets'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, { body: string[]; isFileTemplate?: boolean }>;
  const programme = snippets['Programme file'];
  assert.equal(programme.isFileTemplate, true);
  assert.ok(programme.body.includes('kind: Programme'));
  assert.ok(programme.body.includes('freezes:'));
});

test('the readiness view leaves a programme file out (it is no plan) and keeps its plans', async () => {
  const programmeUri = 'file:///ws/programme.rollout.yaml';
  const planUri = 'file:///ws/plan.rollout.yaml';
  const workspace = new MemoryWorkspace({ [programmeUri]: PROGRAMME, [planUri]: PLAN.replace('after: [erp-finance/go-no-go]', 'after: []') });
  const results = await createLanguageService({ workspace }).readiness([programmeUri, planUri]);
  assert.deepEqual(results.map(r => ('skipped' in r ? `${r.uri} skipped: ${r.skipped}` : `${r.uri} plan`)),
    [`${programmeUri} skipped: programme`, `${planUri} plan`]);
});
