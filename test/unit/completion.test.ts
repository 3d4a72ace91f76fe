// Over 400 lines on purpose: one test per completion context, each a few lines; split by context they would repeat the same plan.
// Completion in every context: keys (block, after `- `, in a flow map), enum values, references in
// block and flow lists, new list items from the method, in half-typed documents; `|` is the cursor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemTag, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import fs from 'node:fs';
import path from 'node:path';
import { complete as completeAt } from '../../server/src/service/features/completion/completion';
import { hover as hoverAt } from '../../server/src/service/features/hover/hover';
import { translator } from '../../server/src/service/l10n/translate';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { caret } from './caret';
import { ROOT, TODAY, service } from './helpers';

const HEAD = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: demo
  title: Démo
  owner: marie
  sponsor: cfo
people:
  marie: { name: Marie Dupont, role: Cheffe de projet, team: PMO }
  cfo: { name: Claire Fontaine, role: Directrice financière }
  paul: { name: Paul Martin, role: Responsable de la solution }
criteria:
  nps-pilote:
    title: Satisfaction des utilisateurs pilotes
    metric: NPS
    target: ">= 30"
    actual: 34
  taux-incidents:
    title: Taux d'incidents
    target: "< 2%"
    actual: "3%"
  adoption:
    title: Adoption
    target: ">= 80%"
`;

const PHASES = `phases:
  - id: cadrage
    type: definition
  - id: pilote
    type: pilot
    after: [cadrage]
  - id: go-no-go
    type: gate
    after: [pilote]
`;

function complete(marked: string, locale: 'en' | 'fr' = 'en') {
  const { doc, position } = caret(marked);
  return service(locale).complete(doc, position).items;
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);

/** The text after accepting `label` (snippet placeholders reduced to their defaults). */
function accept(marked: string, label: string, locale: 'en' | 'fr' = 'en'): string {
  const { doc, position } = caret(marked);
  const item = service(locale).complete(doc, position).items.find(i => i.label === label);
  assert.ok(item, `no item ${label}`);
  const edit = item.textEdit as TextEdit;
  const text = TextDocument.applyEdits(doc, [edit]);
  return plain(text);
}

function plain(snippet: string): string {
  let text = snippet.replace(/\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}/g, '2027-01-04');
  for (let i = 0; i < 4; i++) text = text.replace(/\$\{\d+:([^{}$]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  return text.replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

function diagnosticsOf(text: string) {
  const { doc } = caret(`${text}|`);
  return service().diagnostics(doc);
}

// ── keys ─────────────────────────────────────────────────────────────────────

test('top-level keys on an empty document: required first, with documentation', () => {
  const items = complete('|').filter(i => i.label !== 'New rollout plan' && i.label !== 'New programme file');
  assert.deepEqual(labels(items).slice(0, 4), ['apiVersion', 'kind', 'metadata', 'phases']);
  assert.deepEqual(labels(items).sort(), ['apiVersion', 'criteria', 'kind', 'metadata', 'people', 'phases']);
  const metadata = items.find(i => i.label === 'metadata')!;
  assert.match(JSON.stringify(metadata.documentation), /Identity of the plan/);
  assert.match(String(metadata.detail), /required/);
});

test('only keys not already present, wherever they are in the map', () => {
  const items = complete(`apiVersion: plan-as-code/v1\n|\nmetadata:\n  id: x\n`);
  assert.deepEqual(labels(items).sort(), ['criteria', 'kind', 'people', 'phases']);
});

test('a partial key is replaced as a whole word', () => {
  const { doc, position } = caret('apiVersion: plan-as-code/v1\nki|\n');
  const kind = service().complete(doc, position).items.find(i => i.label === 'kind')!;
  const edit = kind.textEdit as TextEdit;
  assert.deepEqual(edit.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
  assert.equal(edit.newText, 'kind: RolloutPlan');
});

test('metadata keys inside metadata, a map key inserts its structure with indentation', () => {
  const items = complete(`apiVersion: plan-as-code/v1\nmetadata:\n  id: x\n  |\n`);
  assert.deepEqual(labels(items), ['title', 'description', 'owner', 'sponsor', 'language']);
  const text = accept(`apiVersion: plan-as-code/v1\n|\n`, 'metadata');
  assert.equal(text, 'apiVersion: plan-as-code/v1\nmetadata:\n  id: \n  title: \n');
});

test('phase keys are filtered by the phase type and exclude those present', () => {
  const gate = labels(complete(`${HEAD}phases:\n  - id: g\n    type: gate\n    |\n`));
  for (const key of ['criteria', 'decision', 'approvers', 'decidedOn', 'title', 'owner', 'after']) assert.ok(gate.includes(key), key);
  for (const key of ['id', 'type', 'rollback', 'window', 'waves', 'sla', 'governance', 'postChecks']) assert.ok(!gate.includes(key), key);
  const pilot = labels(complete(`${HEAD}phases:\n  - id: p\n    type: pilot\n    ow|\n`));
  assert.ok(pilot.includes('owner') && pilot.includes('exitCriteria') && !pilot.includes('decision') && !pilot.includes('rollback'));
  const goLive = labels(complete(`${HEAD}phases:\n  - type: go-live\n    |\n    title: x\n`));
  assert.equal(goLive[0], 'id', 'required first');
  assert.ok(goLive.includes('rollback') && goLive.includes('window') && !goLive.includes('title'));
});

test('after `- ` in a list of maps: the item keys, and templates when the item is empty', () => {
  const items = complete(`${HEAD}${PHASES}    checklist:\n      - |\n`);
  assert.equal(items[0].label, 'task');
  assert.ok(labels(items).includes('New checklist item'));
  const edited = accept(`${HEAD}${PHASES}    checklist:\n      - |\n`, 'task');
  assert.match(edited, /\n {6}- task: \n$/);
});

test('a list key inserts a first item with the right indentation, after `- ` too', () => {
  const text = accept(`${HEAD}phases:\n  - id: p\n    type: pilot\n    chec|\n`, 'checklist');
  assert.match(text, /\n {4}checklist:\n {6}- task: \n$/);
  const risks = accept(`${HEAD}phases:\n  - risk|\n`, 'risks');
  assert.match(risks, /\n {2}- risks:\n {6}- id: \n {8}title: \n$/);
  const refs = complete(`${HEAD}phases:\n  - id: p\n    type: gate\n    crit|\n`).find(i => i.label === 'criteria')!;
  assert.equal((refs.textEdit as TextEdit).newText, 'criteria: [$1]');
  assert.equal(refs.command?.command, 'editor.action.triggerSuggest');
});

test('keys inside a flow map, with flow structure for maps and lists', () => {
  const items = complete(`${HEAD}phases:\n  - id: r\n    type: run\n    governance: { cadenceMonths: 3, | }\n`);
  assert.deepEqual(labels(items), ['forum', 'nextReview']);
  const person = complete(`apiVersion: plan-as-code/v1\npeople:\n  lea: { role: x, | }\n`);
  assert.deepEqual(labels(person), ['name', 'email', 'team']);
  const phase = complete(`${HEAD}phases:\n  - { id: x, type: go-live, w| }\n`);
  const window = phase.find(i => i.label === 'window')!;
  assert.equal((window.textEdit as TextEdit).newText, 'window: { start: $1, end: $2 }');
  assert.ok(!labels(phase).includes('id'));
});

test('keys of a nested map (window) and of a criterion', () => {
  assert.deepEqual(labels(complete(`${HEAD}phases:\n  - id: g\n    type: go-live\n    window:\n      start: 2026-01-01T10:00\n      |\n`)), ['end']);
  const crit = labels(complete(`${HEAD.replace('    actual: 34\n', '    actual: 34\n    |\n')}`));
  assert.ok(crit.includes('owner') && crit.includes('kind') && !crit.includes('title') && !crit.includes('metric'));
});

test('no completion in comments, free text and block scalars', () => {
  assert.deepEqual(complete(`apiVersion: plan-as-code/v1 # a comm|\n`), []);
  assert.deepEqual(complete(`metadata:\n  title: Un titre avec des mo|\n`), []);
  assert.deepEqual(complete(`metadata:\n  description: >-\n    du texte\n    |\n`), []);
});

// ── values ───────────────────────────────────────────────────────────────────

test('enum values with their descriptions, after `: ` and right after `:`', () => {
  const items = complete(`${HEAD}phases:\n  - id: p\n    type: |\n`);
  assert.deepEqual(labels(items), ['definition', 'planning', 'pilot', 'gate', 'go-live', 'scale-up', 'generalization', 'run']);
  assert.match(JSON.stringify(items[2].documentation), /measurable success criteria/);
  const noSpace = complete(`${HEAD}phases:\n  - id: p\n    type:|\n`);
  assert.equal((noSpace[0].textEdit as TextEdit).newText, ' definition');
  const partial = complete(`${HEAD}phases:\n  - id: p\n    type: pi\n    risks:\n      - id: r\n        severity: hi|\n`);
  assert.deepEqual(labels(partial), ['low', 'medium', 'high', 'critical']);
  assert.deepEqual((partial[2].textEdit as TextEdit).range.start.character, 18);
});

test('enum values in French from the French schema texts', () => {
  const items = complete(`${HEAD}phases:\n  - id: p\n    type: pilot\n    checklist:\n      - task: t\n        area: |\n`, 'fr');
  assert.equal(items[0].label, 'technical');
  const doc = JSON.stringify(items.find(i => i.label === 'training')!.documentation);
  assert.doesNotMatch(doc, /Training: sessions/);
  assert.match(doc, /training/);
});

test('boolean and constant values', () => {
  assert.deepEqual(labels(complete(`${HEAD}phases:\n  - id: p\n    type: pilot\n    checklist:\n      - task: t\n        done: |\n`)), ['true', 'false']);
  assert.deepEqual(labels(complete(`kind: |\n`)), ['RolloutPlan']);
});

// ── references ──────────────────────────────────────────────────────────────

test('criterion ids in a flow exitCriteria, with title, target and status, without those listed', () => {
  const items = complete(`${HEAD}${PHASES}    exitCriteria: [nps-pilote, |]\n`);
  assert.deepEqual(labels(items), ['taux-incidents', 'adoption']);
  assert.equal(items[0].detail, "Taux d'incidents · Target: < 2% · not met");
  assert.match(JSON.stringify(items[0].documentation), /Actual: 3%/);
  const partial = complete(`${HEAD}${PHASES}    exitCriteria: [ta|, adoption]\n`);
  assert.deepEqual(labels(partial), ['nps-pilote', 'taux-incidents']);
  const edit = partial[1].textEdit as TextEdit;
  assert.equal(edit.range.start.character, 19);
  assert.equal(edit.range.end.character, 21);
});

test('criterion ids in a gate criteria block list', () => {
  const items = complete(`${HEAD}${PHASES}    criteria:\n      - nps-pilote\n      - |\n`);
  assert.deepEqual(labels(items), ['taux-incidents', 'adoption']);
  const next = complete(`${HEAD}${PHASES}    criteria:\n      - nps-pilote\n      |\n`);
  assert.deepEqual(labels(next), ['taux-incidents', 'adoption']);
  assert.equal((next[0].textEdit as TextEdit).newText, '- taux-incidents');
});

test('phase ids in after: never the phase itself, cycles flagged', () => {
  const items = complete(`${HEAD}${PHASES.replace('    after: [cadrage]\n', '    after: [cadrage, |]\n')}`);
  assert.ok(!labels(items).includes('pilote'), 'not itself');
  assert.ok(!labels(items).includes('cadrage'), 'not listed twice');
  const gate = items.find(i => i.label === 'go-no-go')!;
  assert.deepEqual(gate.tags, [CompletionItemTag.Deprecated]);
  assert.match(String(gate.detail), /cycle/);
  const block = complete(`${HEAD}phases:\n  - id: a\n    type: definition\n  - id: b\n    type: pilot\n    after:\n      - |\n`);
  assert.deepEqual(labels(block), ['a']);
  assert.equal(block[0].detail, '(definition)');
});

test('people in owner, sponsor, champion and approvers with name and role', () => {
  const owner = complete(`${HEAD}${PHASES}    owner: |\n`);
  assert.deepEqual(labels(owner), ['marie', 'cfo', 'paul']);
  assert.equal(owner[0].detail, 'Marie Dupont · Cheffe de projet');
  const approvers = complete(`${HEAD}${PHASES}    approvers: [cfo, |]\n`);
  assert.deepEqual(labels(approvers), ['marie', 'paul']);
  const champion = complete(`${HEAD}phases:\n  - id: s\n    type: scale-up\n    waves:\n      - id: v\n        champion: p|\n`);
  assert.deepEqual(labels(champion), ['marie', 'cfo', 'paul']);
  const flowOwner = complete(`${HEAD}phases:\n  - id: g\n    type: go-live\n    postChecks:\n      - { task: x, owner: | }\n`);
  assert.deepEqual(labels(flowOwner), ['marie', 'cfo', 'paul']);
  const sponsor = complete(HEAD.replace('  sponsor: cfo\n', '  sponsor: |\n'));
  assert.deepEqual(labels(sponsor), ['marie', 'cfo', 'paul']);
});

test('references in a flow list spread over several lines, as in a one-line flow list', () => {
  const items = complete(`${HEAD}${PHASES}    exitCriteria: [nps-pilote,\n      taux-incidents, |]\n`);
  assert.deepEqual(labels(items), ['adoption']);
  const empty = complete(`${HEAD}${PHASES}    exitCriteria: [\n      nps-pilote,  # the survey\n      |\n    ]\n`);
  assert.deepEqual(labels(empty), ['taux-incidents', 'adoption']);
  const marked = `${HEAD}${PHASES}    exitCriteria: [nps-pilote,\n      ta|,\n      adoption]\n`;
  const partial = complete(marked);
  assert.deepEqual(labels(partial), ['taux-incidents']);
  const { line } = caret(marked).position;
  assert.deepEqual((partial[0].textEdit as TextEdit).range, { start: { line, character: 6 }, end: { line, character: 8 } });
  const approvers = complete(`${HEAD}${PHASES}    approvers: [\n      cfo,\n      |`);
  assert.deepEqual(labels(approvers), ['marie', 'paul']);
  const inMap = complete(`${HEAD}phases:\n  - id: g\n    type: go-live\n    postChecks:\n      - { task: x,\n          owner: | }\n`);
  assert.deepEqual(labels(inMap), ['marie', 'cfo', 'paul']);
  // closed on a line above: block structure again
  const after = complete(`${HEAD}${PHASES}    exitCriteria: [nps-pilote,\n      adoption]\n    |\n`);
  assert.ok(labels(after).includes('owner') && !labels(after).includes('taux-incidents'));
});

test('at the value of a list key with nothing typed, ids inserted as a flow list', () => {
  const after = complete(`${HEAD}${PHASES}    owner: marie\n    after: |\n`);
  assert.deepEqual(labels(after), ['pilote', 'cadrage']);
  assert.equal((after[0].textEdit as TextEdit).newText, '[pilote]');
  assert.equal(accept(`${HEAD}${PHASES}    after:|\n`, 'pilote'), `${HEAD}${PHASES}    after: [pilote]\n`);
  const partial = complete(`${HEAD}${PHASES}    after: pi|\n`);
  assert.equal((partial.find(i => i.label === 'pilote')!.textEdit as TextEdit).newText, '[pilote]');
  const exit = complete(`${HEAD}${PHASES}    exitCriteria: |\n`);
  assert.deepEqual(labels(exit), ['nps-pilote', 'taux-incidents', 'adoption']);
  assert.equal((exit[0].textEdit as TextEdit).newText, '[nps-pilote]');
  assert.equal(exit[0].detail, 'Satisfaction des utilisateurs pilotes · Target: >= 30 · met');
  assert.deepEqual(labels(complete(`${HEAD}${PHASES}    criteria: |\n`)), ['nps-pilote', 'taux-incidents', 'adoption']);
  const approvers = complete(`${HEAD}${PHASES}    approvers: |\n`);
  assert.deepEqual(labels(approvers), ['marie', 'cfo', 'paul']);
  assert.equal((approvers[1].textEdit as TextEdit).newText, '[cfo]');
  assert.equal((complete(`${HEAD}phases:\n  - id: a\n    type: definition\n  - { id: b, type: pilot, after: | }\n`)[0].textEdit as TextEdit).newText, '[a]');
  // not in a quoted scalar, nor where a block list follows, and a list of free text has nothing to propose
  assert.deepEqual(complete(`${HEAD}${PHASES}    after: "|\n`), []);
  assert.deepEqual(complete(`${HEAD}${PHASES}    after: |\n      # first\n      - cadrage\n`), []);
  assert.deepEqual(complete(`${HEAD}${PHASES}    deliverables: |\n`), []);
});

test('a block list on the next lines is seen when the lines between end with a lone CR (no flow list offered)', () => {
  // the rest of the plan ends its lines with `\n`, so it parses and its phases are known
  assert.deepEqual(complete(`${HEAD}${PHASES}    after: |\r      # first\r\r      - cadrage\n`), []);
  assert.deepEqual(complete(`${HEAD}${PHASES}    after: |\r      - cadrage\r\n`), []);
  // the next line is not a list item: the flow list is offered as with `\n`
  assert.equal((complete(`${HEAD}${PHASES}    after: |\r    owner: marie\n`)[0].textEdit as TextEdit).newText, '[pilote]');
});

// ── new items from the method ───────────────────────────────────────────────

test('a new phase of each type on an empty line of phases, as a valid phase', () => {
  const marked = `${HEAD}${PHASES}  |\n`;
  const items = complete(marked);
  assert.equal(items.length, 8);
  assert.deepEqual(items.map(i => i.filterText), ['phase-definition', 'phase-planning', 'phase-pilot', 'phase-gate', 'phase-go-live', 'phase-scale-up', 'phase-generalization', 'phase-run']);
  const before = new Set(diagnosticsOf(marked.replace('|', '')).map(d => d.message));
  for (const item of items) {
    const text = accept(marked, item.label);
    // the new phase brings no problem of its own (its dates are today's: overdue and ordering aside)
    const added = diagnosticsOf(text).filter(d => !before.has(d.message)).map(d => `${d.code}: ${d.message}`)
      .filter(c => !/^(overdue-task|starts-before-dependency|go-with-unmet-criteria)/.test(c));
    assert.deepEqual(added, [], `${item.label}:\n${text}`);
  }
  const pilot = accept(marked, 'New phase: pilot');
  assert.match(pilot, /\n {2}- id: pilote-2\n {4}type: pilot\n/);
  assert.match(pilot, /after: \[go-no-go\]/);
  assert.match(pilot, /exitCriteria: \[nps-pilote, taux-incidents\]/);
  assert.match(pilot, /Recueillir les retours des utilisateurs pilotes/);
  const gate = accept(marked, 'New phase: gate');
  assert.match(gate, /approvers: \[cfo, marie\]/);
  assert.match(accept(marked, 'New phase: go-live'), /rollback: .*\n.*postChecks:/);
  assert.match(accept(marked, 'New phase: scale-up'), /waves:\n {6}- id: vague-1\n.*\n {8}champion: marie/);
  assert.match(accept(marked, 'New phase: run'), /governance: \{ cadenceMonths: 3, forum: Comité de suivi \}\n {4}sla:/);
});

test('templates after `- ` are written from the dash, in French when the locale is fr', () => {
  const marked = `${HEAD}${PHASES}  - |\n`;
  const items = complete(marked, 'fr');
  assert.ok(labels(items).includes('Nouvelle phase\u00a0: gate'));
  const text = accept(marked, 'Nouvelle phase\u00a0: gate', 'fr');
  assert.match(text, /\n {2}- id: go-no-go-2\n {4}type: gate\n/);
});

test('a new checklist item, risk and wave', () => {
  const task = accept(`${HEAD}${PHASES}    checklist:\n      - task: a\n      |\n`, 'New checklist item');
  assert.match(task, /\n {6}- task: Identifier les utilisateurs du pilote\n {8}area: technical\n {8}owner: marie\n/);
  const risk = accept(`${HEAD}${PHASES}    risks:\n      |\n`, 'New risk');
  assert.match(risk, /\n {6}- id: resistance-changement\n {8}title: /);
  const wave = accept(`${HEAD}phases:\n  - id: s\n    type: scale-up\n    waves:\n      - |\n`, 'New wave');
  assert.match(wave, /\n {6}- id: vague-1\n {8}scope: \[RH\]\n {8}champion: marie\n/);
  assert.deepEqual(diagnosticsOf(wave).filter(d => d.code === 'schema' || d.code === 'yaml-syntax'), []);
});

test('a new criterion, and criteria referenced but not defined yet', () => {
  const marked = `${HEAD}  |\n${PHASES}    exitCriteria: [retours-positifs]\n`;
  const items = complete(marked);
  assert.deepEqual(labels(items), ['retours-positifs', 'New success criterion']);
  const text = accept(marked, 'retours-positifs');
  assert.match(text, /\n {2}retours-positifs:\n {4}title: /);
  assert.deepEqual(diagnosticsOf(text).filter(d => d.code === 'undefined-criterion' || d.code === 'schema'), []);
});

test('a whole plan in an empty or comments-only document, first, matching `plan`; nowhere else', () => {
  const empty = complete('|');
  assert.equal(empty[0].label, 'New rollout plan');
  assert.equal(empty[0].filterText, 'plan');
  const { doc, position } = caret('# notes\npl|\n\n');
  const item = service().complete(doc, position).items.find(i => i.label === 'New rollout plan');
  assert.ok(item);
  const text = TextDocument.applyEdits(doc, [item.textEdit as TextEdit]);
  assert.ok(text.startsWith('# notes\n# Plan de déploiement'), text.slice(0, 80));
  assert.deepEqual(diagnosticsOf(text), [], 'the starter plan passes every check');
  assert.ok(labels(complete('|', 'fr')).includes('Nouveau plan de déploiement'));
  assert.ok(!labels(complete('apiVersion: plan-as-code/v1\n|\n')).includes('New rollout plan'));
  assert.ok(!labels(complete('|\nmetadata:\n  id: x\n')).includes('New rollout plan'));
  assert.ok(!labels(complete(`${HEAD}${PHASES}  |\n`)).includes('New rollout plan'));
});

test('each template once where it is valid: phases on a phases item line, none in a checklist', () => {
  for (const marked of [`${HEAD}${PHASES}  |\n`, `${HEAD}${PHASES}  - |\n`, `${HEAD}${PHASES}  phase-p|\n`]) {
    const items = complete(marked);
    const phases = items.filter(i => i.filterText?.startsWith('phase-'));
    assert.equal(phases.length, 8, marked);
    assert.equal(new Set(phases.map(i => i.filterText)).size, 8);
    assert.equal(new Set(items.map(i => i.label)).size, items.length, 'no label twice');
  }
  for (const marked of [`${HEAD}${PHASES}    checklist:\n      - task: a\n      |\n`, `${HEAD}${PHASES}    checklist:\n      - |\n`]) {
    const items = complete(marked);
    assert.deepEqual(items.filter(i => /^phase-|^risk$|^wave$/.test(i.filterText ?? '')), [], marked);
    assert.equal(items.filter(i => i.filterText === 'task' && i.label === 'New checklist item').length, 1);
  }
  assert.deepEqual(labels(complete(`${HEAD}${PHASES}    risks:\n      |\n`)), ['New risk']);
});

test('the contributed snippets stay out of the suggestions (the server offers them in context), Insert Snippet keeps each of them', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/rollout-plan.code-snippets'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, { prefix?: string; body: string[]; isFileTemplate?: boolean }>;
  for (const [name, snippet] of Object.entries(snippets)) assert.equal(snippet.prefix, undefined, `${name} has a prefix: it would show beside the server's template`);
  const bodies = Object.values(snippets).map(s => s.body.join('\n'));
  for (const type of ['definition', 'planning', 'pilot', 'gate', 'go-live', 'scale-up', 'generalization', 'run']) {
    assert.equal(bodies.filter(b => b.includes(`\n  type: ${type}\n`)).length, 1, type);
  }
  assert.equal(snippets['Rollout plan'].isFileTemplate, true);
});

// ── robustness ───────────────────────────────────────────────────────────────

test('completion works with syntax errors elsewhere in the plan', () => {
  const broken = `${HEAD}${PHASES}    after: [cadrage}\n  - id: x\n    type: pilot\n    exitCriteria: [|]\n`;
  assert.deepEqual(labels(complete(broken)), ['nps-pilote', 'taux-incidents', 'adoption']);
  const brokenBefore = `apiVersion: plan-as-code/v1\nmetadata: [oops\nphases:\n  - id: a\n    type: |\n`;
  assert.ok(labels(complete(brokenBefore)).includes('gate'));
});

test('never throws, at any offset of the examples and of broken fixtures (without the safety net of the service)', () => {
  const svc = service();
  const t = translator('en');
  const files = ['examples/intune-pilote.rollout.yaml', 'examples/erp-go-live.rollout.yaml', 'test/fixtures/broken-syntax.rollout.yaml',
    'test/fixtures/bad-input/anchors-merge.rollout.yaml', 'test/fixtures/bad-input/crlf.rollout.yaml', 'test/fixtures/bad-input/tabs.rollout.yaml',
    'test/fixtures/bad-input/top-level-list.rollout.yaml', 'test/fixtures/bad-input/empty.rollout.yaml'];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const doc = TextDocument.create(`file:///${path.basename(file)}`, 'rollout-plan', 1, text);
    const analysis = svc.analyze(doc);
    for (let offset = 0; offset <= text.length; offset += 3) {
      assert.doesNotThrow(() => completeAt({ doc, offset, analysis, t, locale: 'en', today: TODAY }), `${file} at ${offset}`);
      assert.doesNotThrow(() => hoverAt({ doc, offset, analysis, t, locale: 'en' }), `${file} at ${offset}`);
    }
  }
});

test('on a plan with thousands of criteria the list is capped, filtered by the typed word and marked incomplete', () => {
  const criteria = Array.from({ length: 600 }, (_, i) => `  crit-${i}: { title: Critère ${i}, target: ">= 1", owner: marie }`).join('\n');
  const text = `apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata:\n  id: big\n  title: Big\npeople:\n  marie: { name: Marie }\ncriteria:\n${criteria}\nphases:\n  - id: pilote\n    type: pilot\n    owner: marie\n    exitCriteria: [|]\n`;
  const list = (marked: string) => {
    const { doc, position } = caret(marked);
    return service().complete(doc, position);
  };
  const all = list(text);
  assert.equal(all.isIncomplete, true);
  assert.equal(all.items.length, 200);
  const narrowed = list(text.replace('[|]', '[crit-59|]'));
  assert.equal(narrowed.isIncomplete, true);
  assert.deepEqual(narrowed.items.map(i => i.label).sort(), ['crit-59', ...Array.from({ length: 10 }, (_, i) => `crit-59${i}`)]);
  // the items sent still say what each criterion is
  assert.ok(narrowed.items.every(i => /^Critère 59\d? · Target: >= 1/.test(String(i.detail)) && /Critère 59/.test(JSON.stringify(i.documentation))),
    JSON.stringify(narrowed.items[0]));
});

test('U+2028, U+2029 and a lone CR: lines are split as the editor splits them (\\n, \\r\\n, \\r), completion still works', () => {
  const errors: unknown[] = [];
  const svc = new RolloutPlanService({ locale: 'en', today: () => TODAY, onError: e => errors.push(e) });
  const completeIn = (marked: string) => {
    const { doc, position } = caret(marked);
    return labels(svc.complete(doc, position).items);
  };
  // a separator inside a value is text on its line (LSP does not break lines there)
  for (const sep of ['\u2028', '\u2029']) {
    assert.deepEqual(completeIn(`apiVersion: plan-as-code/v1\nmetadata:\n  id: x\n  title: a${sep}b\n  |\n`), ['description', 'owner', 'sponsor', 'language'], `U+${sep.charCodeAt(0).toString(16)}`);
    assert.ok(completeIn(`apiVersion: plan-as-code/v1\nphases:\n  - id: a${sep}b\n    type: |\n`).includes('gate'), `value on a line with U+${sep.charCodeAt(0).toString(16)}`);
  }
  // a lone CR ends a line (old Mac files, editors that keep it)
  assert.deepEqual(completeIn('apiVersion: plan-as-code/v1\rmetadata:\r  id: x\r  |\r'), ['title', 'description', 'owner', 'sponsor', 'language']);
  assert.ok(completeIn('apiVersion: plan-as-code/v1\rphases:\r  - id: a\r    type: |\rkind: RolloutPlan\r').includes('gate'));
  assert.deepEqual(errors, []);
});
