// Edits asked for by the readiness view: minimal, style-preserving, and reversible byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { assignOwnerEdit, toggleTaskEdit, type OwnerTarget } from '../../server/src/service/features/readiness/sidebar-edits';
import { docOf, service } from './helpers';

const PLAN = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: p
  title: P
people:
  marie: { name: Marie }   # cheffe de projet
  paul: { name: Paul }

criteria:
  ok: { title: OK, target: ">= 1", actual: 2 }
phases:
  - id: cadrage
    type: definition
    title: Cadrage
    checklist:
      # la première tâche
      - task: Rédiger la charte
        owner: marie   # validée en comité

      - task: Budget
        done: true
      - { task: Former, owner: paul }
      - task: Nettoyer
        done: false
        owner: paul
      - task: Tâche "notée"
        note: >-
          suite
          du texte
    risks:
      - id: r1
        title: Risque
        severity: low
  - { id: pilote, type: pilot, title: Pilote, checklist: [{ task: Tester }] }
`;

const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle));

/** Toggles the task on the line holding `needle`, returns the new text. */
function toggle(text: string, needle: string, version = 1): string {
  const doc = docOf(text, 'file:///t.rollout.yaml', version);
  const result = toggleTaskEdit(doc, service().analyze(doc), lineOf(text, needle));
  assert.ok(result && 'edits' in result, `a task on the line of ${needle}`);
  assert.equal(result.version, version);
  return TextDocument.applyEdits(doc, result.edits);
}

function assign(text: string, target: OwnerTarget, id: string, name?: string): string {
  const doc = docOf(text);
  const result = assignOwnerEdit(doc, service().analyze(doc), target, { id, name });
  assert.ok(result && 'edits' in result, `an element of kind ${target.kind} on line ${target.line}`);
  return TextDocument.applyEdits(doc, result.edits);
}

test('ticking a block item without `done` inserts `done: true` after its last entry, comment kept', () => {
  const after = toggle(PLAN, 'Rédiger la charte');
  assert.ok(after.includes('        owner: marie   # validée en comité\n        done: true\n\n      - task: Budget'));
  assert.equal(after.replace('\n        done: true\n\n      - task: Budget', '\n\n      - task: Budget'), PLAN);
});

test('toggling twice gives back the original bytes (block, flow, explicit true/false, multi-line value)', () => {
  for (const needle of ['Rédiger la charte', 'Budget', 'Former', 'Nettoyer', 'notée', 'Tester']) {
    const once = toggle(PLAN, needle);
    assert.notEqual(once, PLAN, `${needle} changed`);
    assert.equal(toggle(once, needle), PLAN, `${needle} round trip`);
  }
});

test('flow maps stay flow maps; explicit values are replaced in place', () => {
  assert.ok(toggle(PLAN, 'Former').includes('- { task: Former, owner: paul, done: true }'));
  assert.ok(toggle(PLAN, 'Tester').includes('checklist: [{ task: Tester, done: true }]'));
  // a trailing `done: true` reads as inserted: unticking removes it; elsewhere it becomes `false`
  assert.ok(toggle(PLAN, 'Budget').includes('      - task: Budget\n      - { task: Former'));
  const middle = PLAN.replace('        done: false\n        owner: paul', '        done: true\n        owner: paul');
  assert.ok(toggle(middle, 'Nettoyer').includes('      - task: Nettoyer\n        done: false\n        owner: paul\n'));
  assert.ok(toggle(PLAN, 'Nettoyer').includes('      - task: Nettoyer\n        done: true\n        owner: paul\n'));
  assert.ok(toggle(PLAN, 'notée').includes('          du texte\n        done: true\n    risks:'));
});

test('setting the state a task already has changes nothing; a line without a task gives no edit', () => {
  const doc = docOf(PLAN);
  const analysis = service().analyze(doc);
  assert.deepEqual(toggleTaskEdit(doc, analysis, lineOf(PLAN, 'Budget'), true), { version: 1, edits: [] });
  assert.equal(toggleTaskEdit(doc, analysis, lineOf(PLAN, 'apiVersion')), undefined);
});

test('CRLF line ends are kept', () => {
  const crlf = PLAN.replace(/\n/g, '\r\n');
  const once = toggle(crlf, 'Rédiger la charte');
  assert.ok(once.includes('# validée en comité\r\n        done: true\r\n'));
  assert.equal(toggle(once, 'Rédiger la charte'), crlf);
});

test('assigning an owner: replaces an existing one, or inserts it after the identifying keys', () => {
  assert.ok(assign(PLAN, { kind: 'task', line: lineOf(PLAN, 'Rédiger') }, 'paul').includes('        owner: paul   # validée en comité'));
  assert.ok(assign(PLAN, { kind: 'task', line: lineOf(PLAN, 'Budget') }, 'paul').includes('      - task: Budget\n        owner: paul\n        done: true'));
  assert.ok(assign(PLAN, { kind: 'phase', line: lineOf(PLAN, 'id: cadrage') }, 'marie').includes('    title: Cadrage\n    owner: marie\n    checklist:'));
  assert.ok(assign(PLAN, { kind: 'phase', line: lineOf(PLAN, 'id: pilote') }, 'marie').includes('title: Pilote, owner: marie, checklist:'));
  assert.ok(assign(PLAN, { kind: 'criterion', line: lineOf(PLAN, 'ok: {') }, 'marie').includes('actual: 2, owner: marie }'));
  assert.ok(assign(PLAN, { kind: 'risk', line: lineOf(PLAN, 'id: r1') }, 'paul').includes('        severity: low\n        owner: paul\n'));
});

test('a new person is added to `people` in the style of the roster', () => {
  const after = assign(PLAN, { kind: 'task', line: lineOf(PLAN, 'Budget') }, 'lea', 'Léa Fontaine');
  assert.ok(after.includes('  paul: { name: Paul }\n  lea: { name: Léa Fontaine }\n\ncriteria:'));
  const block = PLAN.replace('  paul: { name: Paul }\n', '  paul:\n    name: Paul\n');
  assert.ok(assign(block, { kind: 'task', line: lineOf(block, 'Budget') }, 'lea').includes('  paul:\n    name: Paul\n  lea:\n    name: lea\n'));
  // the new text is a valid plan that knows the person
  assert.equal(service().diagnostics(docOf(after)).filter(d => d.code === 'undefined-person').length, 0);
});

test('an id that cannot be a plain YAML key is refused', () => {
  const doc = docOf(PLAN);
  assert.equal(assignOwnerEdit(doc, service().analyze(doc), { kind: 'task', line: lineOf(PLAN, 'Budget') }, { id: 'a: b' }), undefined);
});

test('a new person when `people` is empty inline ({}, ~, null, []): a block entry replaces the empty value, the plan stays valid', () => {
  for (const empty of ['{}', '~', 'null', '[]', '']) {
    const text = PLAN.replace('people:\n  marie: { name: Marie }   # cheffe de projet\n  paul: { name: Paul }\n', `people:${empty ? ` ${empty}` : ''}\n`)
      .replace(', owner: paul', '').replace(/ *owner: (marie|paul)[^\n]*\n/g, '');
    const after = assign(text, { kind: 'task', line: lineOf(text, 'Budget') }, 'lea', 'Léa Fontaine');
    assert.ok(after.includes('people:\n  lea: { name: Léa Fontaine }\n\ncriteria:'), `people: ${empty}\n${after}`);
    // (PLAN's own `note:` is an unknown key either way)
    const diagnostics = service().diagnostics(docOf(after))
      .filter(d => ['schema', 'yaml-syntax', 'undefined-person'].includes(String(d.code)) && !String(d.message).includes('`note`'));
    assert.deepEqual(diagnostics.map(d => d.message), [], `people: ${empty}`);
    assert.equal(service().analyze(docOf(after)).model.phases.length, 2, `people: ${empty}: phases stay at the top level`);
  }
});

const SHARED = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: p, title: P }
people:
  marie: { name: Marie }
  paul: { name: Paul }
phases:
  - &base
    id: cadrage
    type: definition
    title: Cadrage
    checklist:
      - &t { task: Partagée }
      - task: Seule
  - id: pilote
    type: pilot
    title: Pilote
    checklist:
      - *t
      - *t
      - { task: Propre, owner: paul }
  - <<: *base
    id: bis
    title: Bis
`;

test('through an alias or a merge key: an edit that would change other places is refused, naming the anchor', () => {
  const doc = docOf(SHARED);
  const analysis = service().analyze(doc);
  // the task used three times (`&t`, `*t`, `*t`)
  assert.deepEqual(toggleTaskEdit(doc, analysis, lineOf(SHARED, 'Partagée')), { refused: 'shared', anchor: 't' });
  // a task of a phase that `bis` merges (`<<: *base`) without a checklist of its own
  assert.deepEqual(toggleTaskEdit(doc, analysis, lineOf(SHARED, 'Seule')), { refused: 'shared', anchor: 'base' });
  assert.deepEqual(assignOwnerEdit(doc, analysis, { kind: 'phase', line: lineOf(SHARED, 'id: cadrage') }, { id: 'marie' }), { refused: 'shared', anchor: 'base' });
  assert.deepEqual(assignOwnerEdit(doc, analysis, { kind: 'task', line: lineOf(SHARED, 'Partagée') }, { id: 'marie' }), { refused: 'shared', anchor: 't' });
});

test('through an alias or a merge key: what changes only the chosen item is still done, there only', () => {
  // a task of its own, next to aliases
  assert.ok(toggle(SHARED, 'Propre').includes('{ task: Propre, owner: paul, done: true }'));
  // the merging phase gets its own owner; the merged one is untouched
  const bis = assign(SHARED, { kind: 'phase', line: lineOf(SHARED, 'id: bis') }, 'paul');
  assert.ok(bis.endsWith('    id: bis\n    title: Bis\n    owner: paul\n'), bis);
  const owners = service().analyze(docOf(bis)).model.phases.map(p => `${p.id?.value}:${p.owner?.value ?? '-'}`);
  assert.deepEqual(owners, ['cadrage:-', 'pilote:-', 'bis:paul']);
  // once `bis` sets the entry itself, the merged phase can be given its own
  const cadrage = assign(bis, { kind: 'phase', line: lineOf(bis, 'id: cadrage') }, 'marie');
  assert.deepEqual(service().analyze(docOf(cadrage)).model.phases.map(p => p.owner?.value), ['marie', undefined, 'paul']);
});
