// Navigation across the plans of a programme, through the front door over an in-memory workspace:
// definition, references and rename of `plan/phase` links, plan ids and roster people (the exact
// edits in each file, comments kept), completion in `after` and person fields, hover (en + fr),
// and workspace symbols.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, isRefusal, type Locale } from '../../server/src/service';
import { TODAY } from './helpers';
import { MemoryWorkspace } from './memory-workspace';

const PROGRAMME = 'file:///ws/programme.rollout.yaml';
const ERP = 'file:///ws/erp.rollout.yaml';
const CRM = 'file:///ws/crm.rollout.yaml';

const TEXTS: Record<string, string> = {
  [PROGRAMME]: `apiVersion: plan-as-code/v1
kind: Programme
metadata:
  id: transformation-2027
  title: Programme 2027
  owner: pmo
people:
  pmo: { name: Nadia Benali, role: Directrice de programme }
  alice: { name: Alice Morin, role: Cheffe de projet }
`,
  [ERP]: `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: erp-finance
  title: ERP Finance
  owner: alice # the roster's Alice
phases:
  - id: cadrage
    type: definition
    title: Cadrage ERP
    start: 2026-09-01
    end: 2026-10-15
  - id: bascule
    type: go-live
    title: Bascule ERP
    owner: pmo
    after: [cadrage] # a plain link stays in this plan
`,
  [CRM]: `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: crm
  title: CRM Ventes
  owner: alice
criteria:
  adoption: { title: Adoption du CRM, kind: qualitative }
phases:
  - id: pilote
    type: pilot
    owner: alice
    after: [erp-finance/cadrage, "erp-finance/bascule"] # waits for the ERP
    exitCriteria: [adoption]
`,
};

function setup(locale: Locale = 'en', texts = TEXTS) {
  const workspace = new MemoryWorkspace(texts);
  const service = createLanguageService({ workspace, locale, today: () => TODAY });
  const docOf = (uri: string) => TextDocument.create(uri, 'rollout-plan', 1, workspace.files.get(uri)!);
  /** the document of `uri` and the position `at` characters into the `nth` occurrence of `needle` */
  const at = (uri: string, needle: string, offset = 1, nth = 0) => {
    const doc = docOf(uri);
    let i = -1;
    for (let n = 0; n <= nth; n++) i = doc.getText().indexOf(needle, i + 1);
    assert.ok(i >= 0, `${needle} in ${uri}`);
    return { doc, position: doc.positionAt(i + offset) };
  };
  return { workspace, service, docOf, at };
}

/** `file:line:text` of each location: where it lands, as a user sees it. */
const shown = (texts: Record<string, string>, locations: Location[]) => locations.map(l => {
  const doc = TextDocument.create(l.uri, 'x', 1, texts[l.uri]);
  return `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line}:${doc.getText(l.range)}`;
});

function applied(edit: WorkspaceEdit | { error: string }): Record<string, string> {
  assert.ok(!isRefusal(edit), isRefusal(edit) ? edit.error : '');
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries((edit as WorkspaceEdit).changes ?? {})) {
    out[uri] = TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, TEXTS[uri]), edits as TextEdit[]);
  }
  return out;
}

// ── definition ─────────────────────────────────────────────────────────────

test('definition of a link: the phase part goes to the phase in the other plan, the plan part to its metadata.id', async () => {
  const { service, at } = setup();
  const phase = at(CRM, 'erp-finance/cadrage', 14);
  assert.deepEqual(shown(TEXTS, await service.definition(phase.doc, phase.position)), ['erp.rollout.yaml:7:cadrage']);
  const quoted = at(CRM, 'erp-finance/bascule', 14);
  assert.deepEqual(shown(TEXTS, await service.definition(quoted.doc, quoted.position)), ['erp.rollout.yaml:12:bascule']);
  const plan = at(CRM, 'erp-finance/cadrage', 3);
  assert.deepEqual(shown(TEXTS, await service.definition(plan.doc, plan.position)), ['erp.rollout.yaml:3:erp-finance']);
});

test('definition of a roster person is in the programme file; a plan that defines the person keeps its own', async () => {
  const { service, at } = setup();
  const owner = at(CRM, 'owner: alice', 9, 1);
  assert.deepEqual(shown(TEXTS, await service.definition(owner.doc, owner.position)), ['programme.rollout.yaml:8:alice']);
  const texts = { ...TEXTS, [CRM]: TEXTS[CRM].replace('criteria:', 'people:\n  alice: { name: Alice Locale }\ncriteria:') };
  const local = setup('en', texts).at(CRM, 'owner: alice', 9, 1);
  assert.deepEqual(shown(texts, await setup('en', texts).service.definition(local.doc, local.position)), ['crm.rollout.yaml:7:alice']);
});

test('a link to a plan or a phase the programme does not have has no definition', async () => {
  const texts = { ...TEXTS, [CRM]: TEXTS[CRM].replace('erp-finance/cadrage', 'erp-finance/absente') };
  const { service, at } = setup('en', texts);
  const { doc, position } = at(CRM, 'erp-finance/absente', 14);
  assert.deepEqual(await service.definition(doc, position), []);
});

// ── references ─────────────────────────────────────────────────────────────

test('references of a phase: its id, its plan\'s plain links and every other plan\'s `plan/phase` link', async () => {
  const { service, at } = setup();
  const def = at(ERP, 'id: cadrage', 5);
  assert.deepEqual(shown(TEXTS, await service.references(def.doc, def.position, true)),
    ['erp.rollout.yaml:7:cadrage', 'crm.rollout.yaml:12:cadrage', 'erp.rollout.yaml:16:cadrage']);
  const fromLink = at(CRM, 'erp-finance/cadrage', 14);
  assert.deepEqual(shown(TEXTS, await service.references(fromLink.doc, fromLink.position, false)),
    ['crm.rollout.yaml:12:cadrage', 'erp.rollout.yaml:16:cadrage']);
});

test('references of a roster person: the roster entry and every use in plans that do not define the person', async () => {
  const { service, at } = setup();
  const def = at(PROGRAMME, 'alice:', 1);
  assert.deepEqual(shown(TEXTS, await service.references(def.doc, def.position, true)),
    ['programme.rollout.yaml:8:alice', 'crm.rollout.yaml:5:alice', 'crm.rollout.yaml:11:alice', 'erp.rollout.yaml:5:alice']);
});

test('references of a plan id: every link that names the plan', async () => {
  const { service, at } = setup();
  const { doc, position } = at(ERP, 'id: erp-finance', 6);
  assert.deepEqual(shown(TEXTS, await service.references(doc, position, true)),
    ['erp.rollout.yaml:3:erp-finance', 'crm.rollout.yaml:12:erp-finance', 'crm.rollout.yaml:12:erp-finance']);
});

// ── rename ─────────────────────────────────────────────────────────────────

test('renaming a phase edits its plan and the links of every other plan, comments kept', async () => {
  const { service, at } = setup();
  const { doc, position } = at(ERP, 'id: cadrage', 5);
  const files = applied(await service.rename(doc, position, 'etude'));
  assert.deepEqual(Object.keys(files).sort(), [CRM, ERP]);
  assert.match(files[ERP], /- id: etude\n/);
  assert.match(files[ERP], /after: \[etude\] # a plain link stays in this plan/);
  assert.match(files[CRM], /after: \[erp-finance\/etude, "erp-finance\/bascule"\] # waits for the ERP/);
});

test('renaming a phase from a link in another plan, quoted or not, renames the phase in its plan', async () => {
  const { service, at } = setup();
  const { doc, position } = at(CRM, 'erp-finance/bascule', 14);
  const prepared = service.prepareRename(doc, position);
  assert.ok(!isRefusal(prepared));
  assert.equal(prepared.placeholder, 'bascule');
  const files = applied(await service.rename(doc, position, 'mise-en-service'));
  assert.match(files[ERP], /- id: mise-en-service\n/);
  assert.match(files[CRM], /"erp-finance\/mise-en-service"\] # waits for the ERP/);
});

test('renaming a roster person edits the roster and every plan using it', async () => {
  const { service, at } = setup();
  const { doc, position } = at(CRM, 'owner: alice', 9);
  const files = applied(await service.rename(doc, position, 'amorin'));
  assert.match(files[PROGRAMME], /\n {2}amorin: \{ name: Alice Morin/);
  assert.match(files[ERP], /owner: amorin # the roster's Alice/);
  assert.equal((files[CRM].match(/amorin/g) ?? []).length, 2);
});

test('renaming a plan id edits its metadata.id and the plan part of every link', async () => {
  const { service, at } = setup();
  const { doc, position } = at(CRM, 'erp-finance/cadrage', 3);
  assert.equal((service.prepareRename(doc, position) as { placeholder: string }).placeholder, 'erp-finance');
  const files = applied(await service.rename(doc, position, 'erp'));
  assert.match(files[ERP], /\n {2}id: erp\n/);
  assert.match(files[CRM], /after: \[erp\/cadrage, "erp\/bascule"\] # waits for the ERP/);
});

test('a rename across plans is refused for a non-slug or a taken id, with the one-plan sentences', async () => {
  const { service, at } = setup();
  const phase = at(CRM, 'erp-finance/cadrage', 14);
  const refusal = (e: unknown) => (isRefusal(e) ? e.error : 'no refusal');
  assert.match(refusal(await service.rename(phase.doc, phase.position, 'Pas Un Id')), /not a valid id/);
  assert.match(refusal(await service.rename(phase.doc, phase.position, 'bascule')), /already used by another phase/);
  const plan = at(ERP, 'id: erp-finance', 6);
  assert.match(refusal(await service.rename(plan.doc, plan.position, 'crm')), /already used by another plan/);
  const person = at(ERP, 'owner: alice', 8);
  assert.match(refusal(await service.rename(person.doc, person.position, 'pmo')), /already used by another person/);
});

// ── completion ─────────────────────────────────────────────────────────────

async function completeAt(marked: string, uri = CRM, locale: Locale = 'en'): Promise<CompletionItem[]> {
  const offset = marked.indexOf('|');
  const texts = { ...TEXTS, [uri]: marked.slice(0, offset) + marked.slice(offset + 1) };
  const { service, docOf } = setup(locale, texts);
  const doc = docOf(uri);
  return (await service.completion(doc, doc.positionAt(offset))).items;
}

test('completion in `after` offers the other plans\' phases as plan/phase, with the plan\'s title, type and dates', async () => {
  const items = await completeAt(TEXTS[CRM].replace('after: [erp-finance/cadrage, "erp-finance/bascule"]', 'after: [erp-f|]'));
  const linked = items.filter(i => i.label.includes('/'));
  assert.deepEqual(linked.map(i => i.label), ['erp-finance/cadrage', 'erp-finance/bascule']);
  assert.equal(linked[0].detail, 'ERP Finance · definition · 2026-09-01 → 2026-10-15');
  assert.equal(linked[1].detail, 'ERP Finance · go-live');
  assert.equal((linked[0].textEdit as TextEdit).newText, 'erp-finance/cadrage');
  assert.ok(!items.some(i => i.label.startsWith('crm/')), 'not the plan\'s own phases as links');
});

test('completion after a typed slash keeps the whole link as the word it replaces', async () => {
  const marked = TEXTS[CRM].replace('after: [erp-finance/cadrage, "erp-finance/bascule"]', 'after: [erp-finance/ba|]');
  const items = await completeAt(marked);
  const item = items.find(i => i.label === 'erp-finance/bascule')!;
  const edit = item.textEdit as TextEdit;
  const line = marked.split('\n').findIndex(l => l.includes('erp-finance/ba|'));
  assert.deepEqual([edit.range.start, edit.range.end], [{ line, character: 12 }, { line, character: 26 }]);
});

test('completion in an owner field offers the roster\'s people with their name and role, in the roster\'s order', async () => {
  const items = await completeAt(TEXTS[CRM].replace('    owner: alice\n', '    owner: |\n'));
  assert.deepEqual(items.map(i => [i.label, i.detail]).filter(([l]) => l === 'pmo' || l === 'alice'),
    [['pmo', 'Nadia Benali · Directrice de programme'], ['alice', 'Alice Morin · Cheffe de projet']]);
});

// ── hover ──────────────────────────────────────────────────────────────────

test('hover on a link shows the phase in its plan; on a roster person, the person (en + fr)', async () => {
  for (const [locale, plan, dates] of [['en', '- Plan: ERP Finance', '- Dates: 2026-09-01 → 2026-10-15'], ['fr', '- Plan\u00a0: ERP Finance', '- Dates\u00a0: 2026-09-01 → 2026-10-15']] as const) {
    const { service, at } = setup(locale);
    const link = at(CRM, 'erp-finance/cadrage', 14);
    const value = ((await service.hover(link.doc, link.position))?.contents as { value: string }).value;
    assert.equal(value.split('\n')[0], '**Phase `erp-finance/cadrage`**: Cadrage ERP');
    assert.ok(value.includes(plan) && value.includes(dates), value);
    const person = at(CRM, 'owner: alice', 9);
    const who = ((await service.hover(person.doc, person.position))?.contents as { value: string }).value;
    assert.equal(who.split('\n')[0], locale === 'en' ? '**Person `alice`**: Alice Morin' : '**Personne `alice`**: Alice Morin');
  }
  const texts = { ...TEXTS, [CRM]: TEXTS[CRM].replace('erp-finance/cadrage', 'erp-finance/absente') };
  const { service, at } = setup('fr', texts);
  const missing = at(CRM, 'erp-finance/absente', 14);
  assert.equal(((await service.hover(missing.doc, missing.position))?.contents as { value: string }).value,
    '`erp-finance/absente` n’est pas défini dans ce programme.');
});

// ── workspace symbols ──────────────────────────────────────────────────────

test('workspace symbols: plans, phases, criteria and people of every file, filtered by the query', async () => {
  const { service } = setup();
  const all = await service.workspaceSymbols('');
  const names = all.map(s => `${s.name} [${s.containerName ?? ''}]`);
  for (const expected of ['erp-finance — ERP Finance []', 'bascule — Bascule ERP [erp-finance]', 'adoption — Adoption du CRM [crm]',
    'alice — Alice Morin [transformation-2027]', 'transformation-2027 — Programme 2027 []']) assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
  const hits = await service.workspaceSymbols('bsc');
  assert.deepEqual(hits.map(s => s.name), ['bascule — Bascule ERP']);
  assert.equal(hits[0].location.uri, ERP);
  assert.equal(hits[0].location.range.start.line, 12);
});
