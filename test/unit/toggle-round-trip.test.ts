// The sidebar's tick/untick round trip (issue 14 item 13): for every way a plan can spell `done`,
// ticking then unticking (or the reverse) gives back the exact original bytes, and the text in
// between reads as the state the person chose. Without a remembered edit to undo (another edit came
// in between, the server restarted), the stateless rule replaces only the value and keeps its case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RolloutPlanService } from '../../server/src/service/language-service';
import { readinessView } from '../../server/src/service/features/readiness/view';
import { docOf, service, TODAY } from './helpers';

const plan = (item: string, eol = '\n') => `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: p, title: P }
people:
  paul: { name: Paul }
phases:
  - id: cadrage
    type: definition
    title: Cadrage
    checklist:
${item}
      - task: Suivante
`.replace(/\n/g, eol);

const NOT_DONE = ['done:', 'done: ~', 'done: null', 'done: false', 'done: False', 'done: FALSE', 'done: "true"', "done: 'false'",
  'done: yes', 'done: no', 'done: false  # comment', "done: 'true'  # quoted"];
const DONE = ['done: true', 'done: True', 'done: TRUE', 'done: true  # fait'];

/** The item holding the spelling: as a middle entry, the last entry, or in a flow map. */
function items(spelling: string): string[] {
  const out = [
    `      - task: Cible\n        ${spelling}\n        owner: paul`,
    `      - task: Cible\n        owner: paul\n        ${spelling}`,
  ];
  if (!spelling.includes('#')) out.push(`      - { task: Cible, owner: paul, ${spelling} }`, `      - { task: Cible, ${spelling}, owner: paul }`);
  return out;
}

const CASES: { text: string; done: boolean }[] = [
  ...NOT_DONE.flatMap(s => items(s).map(item => ({ text: plan(item), done: false }))),
  ...DONE.flatMap(s => items(s).map(item => ({ text: plan(item), done: true }))),
  { text: plan('      - task: Cible\n        owner: paul'), done: false },
  { text: plan('      - { task: Cible, owner: paul }'), done: false },
  { text: plan('      - { id: x, done: false }'), done: false },
  { text: plan('      - { id: x, done: true }'), done: true },
  { text: plan('      - task: Cible\n        owner: paul\n        done: false', '\r\n'), done: false },
  { text: plan('      - task: Cible\n        owner: paul\n        done: True', '\r\n'), done: true },
];

const targetLine = (text: string) => text.split(/\r?\n/).findIndex(l => l.includes('Cible') || l.includes('id: x'));

/** What the client does: ask for the edit at the document's version, apply it, send the new version. */
function request(svc: RolloutPlanService, doc: TextDocument, done: boolean): TextDocument {
  const result = svc.toggleTask(doc, targetLine(doc.getText()), done);
  assert.ok(result && 'edits' in result, `an edit for ${JSON.stringify(doc.getText())}`);
  assert.equal(result.version, doc.version);
  return TextDocument.create(doc.uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, result.edits));
}

/** Whether the readiness view (what the sidebar shows) reads the target item as done. */
function shownDone(svc: RolloutPlanService, doc: TextDocument): boolean {
  const view = readinessView(doc.uri, svc.analyze(doc), { t: svc.translate, today: TODAY });
  const item = view.phases[0].items.find(i => i.line === targetLine(doc.getText()));
  assert.ok(item, 'the target item is in the view');
  return item.done;
}

test('every spelling of `done`: the opposite request restores the exact original bytes, and the text between reads as chosen', () => {
  for (const { text, done } of CASES) {
    const svc = service();
    const original = docOf(text, 'file:///ws/round-trip.rollout.yaml', 3);
    assert.equal(shownDone(svc, original), done, `starting state of ${JSON.stringify(text)}`);
    const once = request(svc, original, !done);
    assert.notEqual(once.getText(), text);
    assert.equal(shownDone(svc, once), !done, `after the first step: ${JSON.stringify(once.getText())}`);
    const back = request(svc, once, done);
    assert.equal(back.getText(), text, `round trip of ${JSON.stringify(text)}`);
    // and again: the restoring edit is itself remembered, so the first step is repeated exactly
    assert.equal(request(svc, back, !done).getText(), once.getText(), `second round of ${JSON.stringify(text)}`);
  }
});

test('asking for the state the item already has changes nothing', () => {
  const svc = service();
  for (const { text, done } of CASES) {
    const doc = docOf(text);
    assert.deepEqual(svc.toggleTask(doc, targetLine(text), done), { version: 1, edits: [] });
  }
});

/** Ticks (or unticks) the target with a service that remembers nothing: the stateless rule. */
const fresh = (text: string, done: boolean) => request(service(), docOf(text), done).getText();

test('without a remembered edit: only the value changes, comments, spacing and a boolean\'s case are kept', () => {
  const item = (s: string) => plan(`      - task: Cible\n        ${s}\n        owner: paul`);
  assert.equal(fresh(item('done: False'), true), item('done: True'));
  assert.equal(fresh(item('done: FALSE'), true), item('done: TRUE'));
  assert.equal(fresh(item('done: True'), false), item('done: False'));
  assert.equal(fresh(item('done: TRUE'), false), item('done: FALSE'));
  assert.equal(fresh(item('done: false  # comment'), true), item('done: true  # comment'));
  assert.equal(fresh(item('done:   yes   # pas encore'), true), item('done:   true   # pas encore'));
  assert.equal(fresh(item('done: "true"'), true), item('done: true'));
  assert.equal(fresh(item('done: ~'), true), item('done: true'));
  // a last `done: true` with a comment is not one that ticking inserted: its comment stays on its line
  const last = (s: string) => plan(`      - task: Cible\n        owner: paul\n        ${s}`);
  assert.equal(fresh(last('done: true  # fait'), false), last('done: false  # fait'));
  assert.equal(fresh(last('done: True'), false), last('done: False'));
});

test('the remembered edit is used only for the opposite request on exactly the text it produced', () => {
  const svc = service();
  const text = plan('      - task: Cible\n        done: yes\n        owner: paul\n      - task: Autre');
  const ticked = request(svc, docOf(text), true);
  assert.ok(ticked.getText().includes('        done: true\n        owner: paul'));
  // the person typed something elsewhere: the remembered edit no longer applies, the rule does
  const typed = TextDocument.create(ticked.uri, 'rollout-plan', ticked.version + 1, ticked.getText().replace('title: Cadrage', 'title: Cadrage!'));
  assert.ok(request(svc, typed, false).getText().includes('        done: false\n        owner: paul'));
  // another item ticked since: one memory per document, the last edit only
  const first = request(svc, docOf(text), true);
  const other = first.getText().split('\n').findIndex(l => l.includes('Autre'));
  const result = svc.toggleTask(first, other, true);
  assert.ok(result && 'edits' in result);
  const both = TextDocument.create(first.uri, 'rollout-plan', first.version + 1, TextDocument.applyEdits(first, result.edits));
  assert.ok(request(svc, both, false).getText().includes('        done: false\n        owner: paul'));
  // a forgotten document remembers nothing
  const again = request(svc, docOf(text), true);
  svc.forget(again.uri);
  assert.ok(request(svc, again, false).getText().includes('        done: false\n        owner: paul'));
});

test('the memory belongs to the document: another document with the same text does not use it', () => {
  const svc = service();
  const text = plan('      - task: Cible\n        done: yes\n        owner: paul');
  const ticked = request(svc, docOf(text, 'file:///ws/a.rollout.yaml'), true);
  const twin = docOf(ticked.getText(), 'file:///ws/b.rollout.yaml', 7);
  assert.ok(request(svc, twin, false).getText().includes('        done: false\n'));
});
