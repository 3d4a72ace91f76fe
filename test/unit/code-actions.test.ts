// Quick fixes: applying each one removes its diagnostic, raises no new one, and keeps the plan's
// comments and formatting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { docOf, planFiles, ROOT, service } from './helpers';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

function actionsFor(text: string, code: string, which = 0, locale: 'en' | 'fr' = 'en') {
  const s = service(locale);
  const doc = docOf(text);
  const diagnostics = s.diagnostics(doc);
  const diagnostic = diagnostics.filter(d => d.code === code)[which];
  assert.ok(diagnostic, `a ${code} diagnostic (#${which}) in ${JSON.stringify(diagnostics.map(d => d.code))}`);
  return { doc, diagnostic, diagnostics, actions: s.codeActions(doc, diagnostic.range, { diagnostics: [diagnostic] }) };
}

function apply(doc: TextDocument, action: CodeAction): string {
  return TextDocument.applyEdits(doc, action.edit!.changes![doc.uri]);
}

const codeCounts = (diags: Diagnostic[]) => diags.reduce((m, d) => m.set(String(d.code), (m.get(String(d.code)) ?? 0) + 1), new Map<string, number>());

/** The fix removes one diagnostic of its code and adds none of any code; comments stay. */
function assertFixes(before: string, diagnostics: Diagnostic[], fixed: Diagnostic, after: string, title: string) {
  const now = service().diagnostics(docOf(after));
  const was = codeCounts(diagnostics);
  const is = codeCounts(now);
  assert.equal(is.get(String(fixed.code)) ?? 0, was.get(String(fixed.code))! - 1, `${title}: removes its ${fixed.code}\n${after}`);
  for (const [code, n] of is) assert.ok(n <= (was.get(code) ?? 0), `${title}: adds no ${code}: ${now.filter(d => d.code === code).map(d => d.message).join(' / ')}`);
  for (const line of before.split('\n').filter(l => l.includes('#'))) assert.ok(after.includes(line.replace(/^.*?(#.*)$/, '$1')), `${title}: keeps comment ${line}`);
}

test('every quick fix on every defect fixture removes its diagnostic and raises no new one', () => {
  let count = 0;
  const kinds = new Set<string>();
  for (const file of planFiles('test/fixtures/defects')) {
    const text = fs.readFileSync(file, 'utf8');
    const s = service();
    const doc = docOf(text);
    const diagnostics = s.diagnostics(doc);
    for (const diagnostic of diagnostics) {
      for (const action of s.codeActions(doc, diagnostic.range, { diagnostics: [diagnostic] })) {
        assert.equal(action.kind, CodeActionKind.QuickFix);
        assert.deepEqual(action.diagnostics, [diagnostic]);
        assertFixes(text, diagnostics, diagnostic, apply(doc, action), `${path.basename(file)}: ${action.title}`);
        kinds.add((diagnostic.data as { fix: string }).fix);
        count++;
      }
    }
  }
  assert.deepEqual([...kinds].sort(), ['add-champion', 'add-exit-criteria', 'add-owner', 'add-person', 'add-rollback', 'create-criterion', 'replace']);
  assert.ok(count >= 25, `${count} fixes checked`);
});

test('replace an unknown key, a bad enum value, an undefined phase or person with the closest valid one', () => {
  const unknownKey = read('test/fixtures/defects/schema.unknown-key.rollout.yaml');
  const { doc, actions } = actionsFor(unknownKey, 'schema');
  assert.equal(actions.length, 1);
  assert.equal(actions[0].title, 'Change `ownr` to `owner`');
  assert.ok(actions[0].isPreferred);
  assert.match(apply(doc, actions[0]), /\n {2}owner: agnes # expect: schema\n/);

  const badEnum = read('test/fixtures/defects/schema.bad-values.rollout.yaml');
  const e = actionsFor(badEnum, 'schema', 1);
  assert.equal(e.actions[0].title, 'Change `pliot` to `pilot`');
  assert.match(apply(e.doc, e.actions[0]), /type: pilot # expect: schema/);

  const phase = read('test/fixtures/defects/undefined-phase.rollout.yaml').replace('after: [cadrage]', 'after: [cadrag]');
  const p = actionsFor(phase, 'undefined-phase');
  assert.deepEqual(p.actions.map(a => a.title), ['Change `cadrag` to `cadrage`']);
  assert.match(apply(p.doc, p.actions[0]), /after: \[cadrage\]/);

  const person = read('test/fixtures/defects/undefined-person.rollout.yaml');
  const who = actionsFor(person, 'undefined-person', 1);
  assert.deepEqual(who.actions.map(a => a.title), ['Change `bastian` to `bastien`', 'Add `bastian` to `people`']);
  assert.ok(who.actions[0].isPreferred && !who.actions[1].isPreferred);
});

test('a quoted unknown value keeps its quotes; a key whose suggestion is already in the map gets no replace', () => {
  const text = read('test/fixtures/defects/schema.bad-values.rollout.yaml').replace('type: pliot', 'type: "pliot"');
  const { doc, actions } = actionsFor(text, 'schema', 1);
  assert.match(apply(doc, actions[0]), /type: "pilot"/);
  const dup = read('test/fixtures/defects/schema.unknown-key.rollout.yaml').replace('  ownr: agnes', '  owner: agnes\n  ownr: agnes');
  const d = actionsFor(dup, 'schema');
  assert.deepEqual(d.actions, []);
});

test('create a missing criterion: a measurable stub under criteria, owned by the phase owner', () => {
  const text = read('test/fixtures/defects/undefined-criterion.rollout.yaml');
  const { doc, actions, diagnostics, diagnostic } = actionsFor(text, 'undefined-criterion');
  assert.deepEqual(actions.map(a => a.title), ['Create criterion `taux-adoption` under `criteria`']);
  const after = apply(doc, actions[0]);
  assert.ok(after.includes([
    '    owner: claire',
    '  taux-adoption:',
    '    title: Taux adoption',
    '    kind: quantitative',
    '    metric: À définir', // the plan is written in French (metadata.language: fr)
    '    target: ">= 80%"',
    '    owner: claire',
    '',
    'phases:',
  ].join('\n')), after);
  assertFixes(text, diagnostics, diagnostic, after, 'create criterion');
});

test('create a missing criterion when the plan has no criteria yet: the criteria key is created before phases', () => {
  const text = [
    'apiVersion: plan-as-code/v1', 'kind: RolloutPlan', 'metadata:', '  id: p', '  title: P', '  owner: ana', '', 'people:',
    '  ana: { name: Ana }', '', '# the phases', 'phases:', '  - id: pilote', '    type: pilot', '    owner: ana', '    exitCriteria: [adoption]', '',
  ].join('\n');
  const { doc, actions, diagnostics, diagnostic } = actionsFor(text, 'undefined-criterion');
  const after = apply(doc, actions[0]);
  assert.ok(after.includes('  ana: { name: Ana }\n\ncriteria:\n  adoption:\n    title: Adoption\n    kind: quantitative\n    metric: To be defined\n    target: ">= 80%"\n    owner: ana\n\n# the phases\nphases:'), after);
  assertFixes(text, diagnostics, diagnostic, after, 'create criteria');
});

test('add a missing person in the roster style: flow maps or blocks', () => {
  const flow = read('test/fixtures/defects/undefined-person.rollout.yaml');
  const { doc, actions } = actionsFor(flow, 'undefined-person');
  assert.deepEqual(actions.map(a => a.title), ['Add `drh` to `people`']);
  assert.match(apply(doc, actions[0]), /\n {2}ludovic: \{ name: Ludovic Picard, role: Administrateur SIRH, team: DSI \}\n {2}drh: \{ name: Drh \}\n\ncriteria:/);
  const block = flow.replace(/^ {2}(\w+): \{ name: ([^,]+), .*\}$/gm, '  $1:\n    name: $2');
  const b = actionsFor(block, 'undefined-person');
  const after = apply(b.doc, b.actions[0]);
  assert.match(after, /\n {2}ludovic:\n {4}name: Ludovic Picard\n {2}drh:\n {4}name: Drh\n\ncriteria:/);
  assertFixes(block, b.diagnostics, b.diagnostic, after, 'block roster');
});

test('add an owner: one action per person, inserted after the item’s task or id entry, block or flow', () => {
  const text = read('test/fixtures/defects/missing-owner.rollout.yaml');
  const { doc, actions } = actionsFor(text, 'missing-owner', 2); // the task
  assert.deepEqual(actions.map(a => a.title), ['Set the owner to `ines` (Inès Robin)', 'Set the owner to `laurent` (Laurent Henry)', 'Set the owner to `alice` (Alice Morin)']);
  assert.match(apply(doc, actions[1]), /- task: Paramétrer les circuits de signature # expect: missing-owner\n {8}owner: laurent\n {8}area: technical/);
  const flow = text.replace(/- task: Paramétrer les circuits de signature # expect: missing-owner\n\s+area: technical\n\s+due: 2027-02-12/,
    '- { task: Paramétrer les circuits de signature, area: technical, due: 2027-02-12 } # expect: missing-owner');
  const f = actionsFor(flow, 'missing-owner', 2);
  const after = apply(f.doc, f.actions[0]);
  assert.match(after, /- \{ task: Paramétrer les circuits de signature, area: technical, due: 2027-02-12, owner: ines \} # expect: missing-owner/);
  assertFixes(flow, f.diagnostics, f.diagnostic, after, 'flow task');
  const fr = actionsFor(text, 'missing-owner', 4, 'fr');
  assert.equal(fr.actions[0].title, 'Désigner `ines` comme référent (Inès Robin)');
});

test('add a champion to a wave, a rollback to a go-live, exit criteria to a pilot', () => {
  const waves = read('test/fixtures/defects/missing-owner.rollout.yaml');
  const w = actionsFor(waves, 'missing-owner', 4);
  assert.match(apply(w.doc, w.actions[2]), /- id: vague-rh # expect: missing-owner\n {8}champion: alice\n/);

  const golive = read('test/fixtures/defects/go-live-without-rollback.rollout.yaml');
  const g = actionsFor(golive, 'go-live-without-rollback');
  assert.deepEqual(g.actions.map(a => a.title), ['Add a `rollback` plan to complete']);
  assert.match(apply(g.doc, g.actions[0]), /window: \{ start: 2027-01-22T18:00, end: 2027-01-23T08:00 \}\n {4}rollback: Restaurer la version précédente \(étapes à détailler\)\n {4}checklist:/);

  const pilot = read('test/fixtures/defects/pilot-without-criteria.rollout.yaml');
  const p = actionsFor(pilot, 'pilot-without-criteria');
  assert.deepEqual(p.actions.map(a => a.title), ['Add `exitCriteria: [fiches-a-jour]`', 'Add `exitCriteria` with a new criterion `pilote-agences-reussite`']);
  assert.match(apply(p.doc, p.actions[0]), /end: 2027-03-12\n {4}exitCriteria: \[fiches-a-jour\]\n {4}checklist:/);
  const created = apply(p.doc, p.actions[1]);
  assert.match(created, /\n {2}pilote-agences-reussite:\n {4}title: Pilote agences reussite\n/);
  assert.match(created, /exitCriteria: \[pilote-agences-reussite\]/);
  assertFixes(pilot, p.diagnostics, p.diagnostic, created, 'new exit criterion');
  // a gate gets `criteria`, the list its Go/No-Go decision is judged on
  const gate = actionsFor(pilot, 'pilot-without-criteria', 1);
  assert.deepEqual(gate.actions.map(a => a.title)[0], 'Add `criteria: [fiches-a-jour]`');
  assert.match(apply(gate.doc, gate.actions[0]), /after: \[pilote-agences\]\n {4}criteria: \[fiches-a-jour\]\n {4}decision: pending/);
  assertFixes(pilot, gate.diagnostics, gate.diagnostic, apply(gate.doc, gate.actions[0]), 'gate criteria');
  // an empty list is filled in place
  const empty = pilot.replace('    end: 2027-03-12\n    checklist', '    end: 2027-03-12\n    exitCriteria: []\n    checklist');
  const e = actionsFor(empty, 'pilot-without-criteria');
  assert.match(apply(e.doc, e.actions[0]), /exitCriteria: \[fiches-a-jour\]\n/);
});

test('quick fixes keep CRLF line ends and the titles follow the UI language', () => {
  const text = read('test/fixtures/defects/go-live-without-rollback.rollout.yaml').replace(/\n/g, '\r\n');
  const { doc, actions, diagnostics, diagnostic } = actionsFor(text, 'go-live-without-rollback', 0, 'fr');
  assert.equal(actions[0].title, 'Ajouter un plan de `rollback` à compléter');
  const after = apply(doc, actions[0]);
  assert.ok(!/[^\r]\n/.test(after), 'only CRLF');
  assertFixes(text, diagnostics, diagnostic, after, 'crlf');
});

test('no quick fix when only other kinds are asked for, or for a diagnostic that is not the plan’s', () => {
  const text = read('test/fixtures/defects/go-live-without-rollback.rollout.yaml');
  const s = service();
  const doc = docOf(text);
  const [d] = s.diagnostics(doc);
  assert.deepEqual(s.codeActions(doc, d.range, { diagnostics: [d], only: [CodeActionKind.Refactor] }), []);
  assert.equal(s.codeActions(doc, d.range, { diagnostics: [d], only: [CodeActionKind.QuickFix] }).length, 1);
  assert.deepEqual(s.codeActions(doc, d.range, { diagnostics: [{ ...d, source: 'yaml' }] }), []);
  assert.deepEqual(s.codeActions(doc, d.range, { diagnostics: [] }), []);
});

test('quick fixes on a 1,000-phase plan only touch the piece involved', () => {
  const example = read('examples/parcours-commande.rollout.yaml');
  const start = example.indexOf('  - id: pilote');
  const copies = Array.from({ length: 200 }, (_, i) => example.slice(start).replace(/\bid: ([\w-]+)/g, `id: $1-${i}`).replace(/after: \[([\w-]+)\]/g, `after: [$1-${i}]`));
  copies[150] = copies[150].replace('    owner: ines\n    start: 2026-06-01', '    start: 2026-06-01');
  const big = example.slice(0, start) + copies.join('\n');
  const s = service();
  const doc = docOf(big);
  const t0 = performance.now();
  const [d] = s.diagnostics(doc).filter(x => x.code === 'missing-owner');
  const actions = s.codeActions(doc, d.range, { diagnostics: [d] });
  assert.equal(actions.length, 8);
  const edits = actions[0].edit!.changes![doc.uri];
  assert.equal(edits.length, 1);
  assert.equal(edits[0].newText, '    owner: marie\n');
  assert.ok(performance.now() - t0 < 5000);
});
