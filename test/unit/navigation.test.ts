// Go to definition, find all references, rename and prepareRename for plan ids (criterion, phase,
// person, wave, risk, checklist item), on the examples and on half-typed plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { isRefusal } from '../../server/src/service';
import { caret } from './caret';
import { docOf, ROOT, service } from './helpers';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8');

/** The example with `|` put inside the `nth` occurrence of `needle`, `at` characters into it. */
function inExample(needle: string, at = 1, nth = 0, text = EXAMPLE) {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} is in the text`);
  return caret(text.slice(0, offset + at) + '|' + text.slice(offset + at));
}

const lineOf = (text: string, range: Range) => text.split('\n')[range.start.line];
const textAt = (text: string, range: Range) => {
  const doc = docOf(text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
};

function applyRename(text: string, edit: WorkspaceEdit | { error: string }): string {
  assert.ok(!isRefusal(edit), isRefusal(edit) ? edit.error : '');
  const doc = docOf(text);
  return TextDocument.applyEdits(doc, (edit as WorkspaceEdit).changes![doc.uri]);
}

test('definition of a criterion referenced in a flow list is its key under criteria', () => {
  const { doc, position, text } = inExample('taux-conversion, taux-incidents]', 3);
  const [def, ...more] = service().definition(doc, position);
  assert.equal(more.length, 0);
  assert.equal(lineOf(text, def.range), '  taux-conversion:');
  assert.equal(textAt(text, def.range), 'taux-conversion');
  assert.equal(def.uri, doc.uri);
});

test('definition of a phase in `after`, a person in `owner`, in `approvers` and as `champion`', () => {
  const s = service();
  const cases: [string, number, number, string][] = [
    ['after: [pilote]', 9, 0, '  - id: pilote'],
    ['owner: paul', 8, 0, '  paul: { name: Paul Lambert, role: Responsable technique e-commerce, email: paul.lambert@altura.example, team: DSI }'],
    ['helene, marie, paul]', 2, 0, '  helene: { name: Hélène Garnier, role: Directrice financière, email: helene.garnier@altura.example, team: Direction }'],
    ['champion: marc', 12, 0, '  marc: { name: Marc Vidal, role: Responsable filiales Benelux et Suisse, email: marc.vidal@altura.example, team: International }'],
  ];
  for (const [needle, at, nth, expected] of cases) {
    const { doc, position, text } = inExample(needle, at, nth);
    const defs = s.definition(doc, position);
    assert.equal(defs.length, 1, needle);
    assert.equal(lineOf(text, defs[0].range), expected, needle);
  }
});

test('definition on a definition, a wave, a risk or a checklist id is that id itself', () => {
  const s = service();
  for (const needle of ['nps-pilote:', 'id: vague-france', 'id: echantillon-biaise', 'id: segment-pilote']) {
    const at = needle.startsWith('id: ') ? 6 : 2;
    const { doc, position, offset } = inExample(needle, at);
    const defs = s.definition(doc, position);
    assert.equal(defs.length, 1, needle);
    assert.ok(doc.offsetAt(defs[0].range.start) <= offset && offset <= doc.offsetAt(defs[0].range.end), needle);
  }
});

test('no definition on a key, a title, a comment or an empty line', () => {
  const s = service();
  for (const [needle, at] of [['title: Pilote', 2], ['Pilote sur 10', 3], ['# Heures creuses', 4], ['\n\n', 1]] as const) {
    const { doc, position } = inExample(needle, at);
    assert.deepEqual(s.definition(doc, position), [], needle);
  }
});

test('references of a criterion: its definition, the pilot exit criteria and the gate criteria', () => {
  const { doc, position, text } = inExample('nps-pilote:', 1);
  const refs = service().references(doc, position, true);
  assert.deepEqual(refs.map(r => lineOf(text, r.range).trim()), [
    'nps-pilote:',
    'exitCriteria: [nps-pilote, taux-conversion, taux-incidents]',
    'criteria: [nps-pilote, taux-conversion, taux-incidents, support-pret]',
  ]);
  assert.ok(refs.every(r => textAt(text, r.range) === 'nps-pilote'));
  assert.equal(service().references(doc, position, false).length, 2, 'without the declaration');
});

test('references of a person cover metadata, criteria, phases, tasks, risks, approvers and champions', () => {
  const { doc, position } = inExample('  paul: {', 3);
  const refs = service().references(doc, position, true);
  const count = EXAMPLE.match(/\bpaul\b(?!\.)/g)!.length - 1; // the e-mail address is not a reference; `supportLevel2: paul` is free text
  assert.equal(refs.length, count);
});

test('prepareRename gives the id range and text; quoted ids are renamed inside their quotes', () => {
  const s = service();
  const { doc, position } = inExample('taux-incidents]', 2);
  const prepared = s.prepareRename(doc, position);
  assert.ok(!isRefusal(prepared));
  assert.equal(prepared.placeholder, 'taux-incidents');
  const quoted = caret('apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata: { id: q, title: Q }\ncriteria:\n  "nps": { title: N, target: ">= 1", owner: x }\nphases:\n  - id: p\n    type: pilot\n    owner: x\n    exitCriteria: [\'n|ps\']\n');
  const p2 = s.prepareRename(quoted.doc, quoted.position);
  assert.ok(!isRefusal(p2));
  assert.equal(textAt(quoted.text, p2.range), 'nps');
  const renamed = applyRename(quoted.text, s.rename(quoted.doc, quoted.position, 'satisfaction'));
  assert.match(renamed, /"satisfaction": \{ title: N/);
  assert.match(renamed, /exitCriteria: \['satisfaction'\]/);
});

test('prepareRename refuses what is not an id, with a sentence saying what can be renamed', () => {
  const s = service();
  for (const [needle, at] of [['title: Pilote', 2], ['type: pilot', 7], ['apiVersion', 3], ['due: 2026-05-22', 7]] as const) {
    const { doc, position } = inExample(needle, at);
    const result = s.prepareRename(doc, position);
    assert.ok(isRefusal(result), needle);
    assert.match(result.error, /Only ids can be renamed/);
    assert.ok(isRefusal(s.rename(doc, position, 'x')));
  }
  const fr = service('fr');
  const { doc, position } = inExample('title: Pilote', 2);
  const refused = fr.prepareRename(doc, position);
  assert.ok(isRefusal(refused));
  assert.match(refused.error, /Seuls les identifiants/);
});

test('rename round trip: every reference and the definition change in one edit, the plan stays clean, renaming back restores it', () => {
  const s = service();
  for (const [needle, at, newName] of [
    ['nps-pilote:', 2, 'satisfaction-pilote'],
    ['after: [pilote]', 10, 'experimentation'],
    ['owner: ines', 8, 'ines-roux'],
    ['id: vague-france', 7, 'vague-hexagone'],
    ['id: echantillon-biaise', 6, 'panel-biaise'],
    ['id: segment-pilote', 6, 'segment'],
  ] as const) {
    const { doc, position, text } = inExample(needle, at);
    const old = s.prepareRename(doc, position);
    assert.ok(!isRefusal(old), needle);
    const edit = s.rename(doc, position, newName);
    const renamed = applyRename(text, edit);
    const left = new RegExp(`(?<![\\w.@-])${old.placeholder}(?![\\w.@-])`, 'g');
    // `pilote` is also a word of the French titles: the next test counts its edits instead
    if (old.placeholder !== 'pilote') assert.equal(renamed.match(left)?.length ?? 0, 0, `${needle}: no ${old.placeholder} left`);
    assert.deepEqual(service().diagnostics(docOf(renamed)).map(d => d.message), [], needle);
    // rename back from the first place renamed (nothing before it moved)
    const back = docOf(renamed);
    const first = (edit as WorkspaceEdit).changes![doc.uri][0].range.start;
    assert.equal(applyRename(renamed, service().rename(back, first, old.placeholder)), text, `${needle} round trip`);
  }
});

test('rename renames `pilote` the phase, not the word in titles or the criterion `nps-pilote`', () => {
  const { doc, position, text } = inExample('after: [pilote]', 10);
  const edit = service().rename(doc, position, 'essai');
  assert.ok(!isRefusal(edit));
  const edits = edit.changes![doc.uri];
  assert.equal(edits.length, 2, 'the phase id and the gate `after`');
  assert.ok(edits.every(e => textAt(text, e.range) === 'pilote'));
});

test('rename refuses a new name that is not a slug or that is already taken in the same namespace', () => {
  const s = service();
  const { doc, position } = inExample('nps-pilote:', 2);
  for (const bad of ['NPS', 'nps pilote', '-nps', '']) {
    const r = s.rename(doc, position, bad);
    assert.ok(isRefusal(r), bad);
    assert.match(r.error, /not a valid id/);
  }
  const taken = s.rename(doc, position, 'taux-incidents');
  assert.ok(isRefusal(taken));
  assert.match(taken.error, /`taux-incidents` is already used by another criterion/);
  // phases, waves, risks and checklist items share one namespace
  const phase = inExample('id: deploiement', 6);
  const clash = s.rename(phase.doc, phase.position, 'vague-france');
  assert.ok(isRefusal(clash));
  assert.match(clash.error, /another wave/);
  // a criterion may share its id with a phase: another namespace
  const ok = s.rename(doc, position, 'pilote');
  assert.ok(!isRefusal(ok));
});

test('navigation works in a half-typed plan and never throws on bad input', () => {
  const broken = fs.readFileSync(path.join(ROOT, 'test/fixtures/broken-syntax.rollout.yaml'), 'utf8');
  const s = service();
  const doc = docOf(broken);
  for (let offset = 0; offset <= broken.length; offset += 7) {
    const position = doc.positionAt(offset);
    s.definition(doc, position);
    s.references(doc, position);
    s.prepareRename(doc, position);
    s.rename(doc, position, 'nouveau');
  }
  for (const file of fs.readdirSync(path.join(ROOT, 'test/fixtures/bad-input'))) {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/bad-input', file), 'latin1');
    const d = docOf(text);
    for (let offset = 0; offset <= Math.min(text.length, 3000); offset += 11) {
      const position = d.positionAt(offset);
      s.definition(d, position);
      s.references(d, position);
      s.prepareRename(d, position);
    }
  }
  // typing a new reference: the ids defined so far still resolve
  const typing = caret(`${EXAMPLE.replace('exitCriteria: [nps-pilote,', 'exitCriteria: [nps-pilote, taux-,')}`.replace('owner: ines\n    start: 2026-06-01', 'owner: in|es\n    start: 2026-06-01'));
  assert.equal(s.definition(typing.doc, typing.position).length, 1);
});

test('definition and references answer on a 1,000-phase plan, looking only at the piece under the cursor', () => {
  const phases = EXAMPLE.slice(EXAMPLE.indexOf('  - id: pilote'));
  const header = EXAMPLE.slice(0, EXAMPLE.indexOf('  - id: pilote'));
  const copies = Array.from({ length: 200 }, (_, i) => phases.replace(/\bid: ([\w-]+)/g, `id: $1-${i}`).replace(/after: \[([\w-]+)\]/g, `after: [$1-${i}]`)).join('\n');
  const big = `${header}${copies}`;
  assert.ok(big.split('\n').length > 25_000);
  const s = service();
  const target = big.lastIndexOf('after: [go-no-go-199]') + 10;
  const doc = docOf(big.slice(0, target) + big.slice(target));
  s.analyze(doc);
  const t0 = performance.now();
  const defs = s.definition(doc, doc.positionAt(target));
  const refs = s.references(doc, doc.positionAt(big.indexOf('  nps-pilote:') + 3));
  const elapsed = performance.now() - t0;
  assert.equal(defs.length, 1);
  assert.equal(lineOf(big, defs[0].range), '  - id: go-no-go-199');
  assert.equal(refs.length, 1 + 2 * 200);
  assert.ok(elapsed < 2000, `answered in ${elapsed.toFixed(0)} ms`);
});
