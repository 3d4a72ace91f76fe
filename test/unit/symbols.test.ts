// The plan's structure in the editor: outline (document symbols), folding ranges and selection
// ranges, on the examples, piecewise and whole-document parses, and on bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SymbolKind, type DocumentSymbol, type Range, type SelectionRange } from 'vscode-languageserver-types';
import { caret } from './caret';
import { docOf, planFiles, ROOT, service } from './helpers';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const EXAMPLE = read('examples/parcours-commande.rollout.yaml');

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** Every symbol's selection range lies in its range, and every child in its parent. */
function assertWellFormed(symbols: DocumentSymbol[], parent?: DocumentSymbol) {
  for (const s of symbols) {
    assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection inside range`);
    if (parent) assert.ok(contains(parent.range, s.range), `${s.name} inside ${parent.name}`);
    assert.ok(s.name.trim().length > 0);
    assertWellFormed(s.children ?? [], s);
  }
}

const find = (symbols: DocumentSymbol[], name: string) => symbols.find(s => s.name === name || s.name.startsWith(`${name} — `));

test('the outline shows metadata, people, criteria and phases, phases labelled by id and title with their type', () => {
  const doc = docOf(EXAMPLE);
  const symbols = service().documentSymbols(doc);
  assert.deepEqual(symbols.map(s => s.name), ['metadata', 'people', 'criteria', 'phases']);
  assert.equal(symbols[0].detail, 'Simplifier le parcours de commande en ligne');
  const people = find(symbols, 'people')!;
  assert.deepEqual(people.children!.map(c => c.name), ['marie', 'helene', 'paul', 'ines', 'lea', 'marc', 'samia', 'bruno']);
  assert.equal(people.children![0].detail, 'Marie Dupont, Cheffe de projet');
  assert.equal(people.children![0].kind, SymbolKind.Variable);
  const criteria = find(symbols, 'criteria')!;
  assert.equal(criteria.children!.length, 6);
  assert.equal(criteria.children![0].detail, 'Satisfaction des utilisateurs pilotes');
  const phases = find(symbols, 'phases')!.children!;
  assert.deepEqual(phases.map(p => `${p.name} [${p.detail}]`), [
    'pilote — Pilote sur 10 % du trafic France [pilot]',
    'go-no-go — Réunion Go/No-Go [gate]',
    'mise-en-production — Mise en production du nouveau parcours [go-live]',
    'deploiement — Montée en charge par pays [scale-up]',
    'exploitation — Run du parcours de commande [run]',
  ]);
  assert.equal(phases[0].kind, SymbolKind.Class);
  assert.equal(phases[1].kind, SymbolKind.Event);
  // the selection range is the id, the range the whole item from its dash
  const text = EXAMPLE.split('\n');
  assert.equal(text[phases[0].selectionRange.start.line].slice(phases[0].selectionRange.start.character, phases[0].selectionRange.end.character), 'pilote');
  assert.equal(text[phases[0].range.start.line].slice(phases[0].range.start.character), '- id: pilote');
  // nested checklist items (by task), risks, waves with their own checklist
  const pilot = phases[0].children!;
  assert.deepEqual(pilot.map(c => c.name), [
    'Identifier le segment de trafic du pilote', 'Recueillir les retours des utilisateurs pilotes', 'Former les conseillers du service client',
    'echantillon-biaise — Clients du pilote non représentatifs',
  ]);
  assert.equal(pilot[0].kind, SymbolKind.Field);
  assert.equal(pilot[3].kind, SymbolKind.Struct);
  const golive = phases[2].children!;
  assert.equal(golive.length, 3 + 3 + 1, 'checklist, post-checks and the risk');
  const waves = phases[3].children!;
  assert.deepEqual(waves.map(w => [w.name, w.kind, w.children?.length]), [['vague-france', SymbolKind.Module, 2], ['vague-international', SymbolKind.Module, 2]]);
  assertWellFormed(symbols);
});

test('the outline is the same whether the plan is parsed piece by piece or as a whole', () => {
  for (const file of planFiles('examples')) {
    const text = fs.readFileSync(file, 'utf8');
    const pieces = service().documentSymbols(docOf(text));
    const whole = service().documentSymbols(docOf(`${text}\n# &whole`));
    assert.deepEqual(pieces, whole, file);
    assertWellFormed(pieces);
    assert.deepEqual(service().foldingRanges(docOf(text)).filter(f => f.kind !== 'comment'),
      service().foldingRanges(docOf(`${text}\n# &whole`)).filter(f => f.kind !== 'comment'), file);
  }
});

test('folding ranges: sections, the phase list, each phase and item, multi-line values and comment blocks', () => {
  const lines = EXAMPLE.split('\n');
  const folds = service().foldingRanges(docOf(EXAMPLE));
  const at = (prefix: string) => folds.find(f => lines[f.startLine].startsWith(prefix));
  const phases = at('phases:')!;
  assert.equal(phases.endLine, lines.length - 2, 'to the last line of the last phase');
  const pilot = at('  - id: pilote')!;
  assert.equal(lines[pilot.endLine].trim(), 'owner: ines', 'the pilot ends with its risk owner');
  assert.ok(at('    checklist:'));
  assert.ok(at('      - task: Identifier le segment'));
  assert.ok(at('  description: >-'));
  assert.ok(at('metadata:'));
  assert.ok(folds.every(f => f.endLine > f.startLine));
  assert.equal(new Set(folds.map(f => f.startLine)).size, folds.length, 'one fold per start line');
  const comments = service().foldingRanges(docOf('# one\n# two\n# three\napiVersion: plan-as-code/v1\n'));
  assert.deepEqual(comments, [{ startLine: 0, endLine: 2, kind: 'comment' }]);
});

test('folding comment runs follows the editor\'s lines: a lone CR ends a line, U+2028 does not', () => {
  const folds = (text: string) => service().foldingRanges(docOf(text)).filter(f => f.kind === 'comment');
  assert.deepEqual(folds('# one\r# two\r# three\rapiVersion: plan-as-code/v1\r# four\r\n# five\r'), [
    { startLine: 0, endLine: 2, kind: 'comment' }, { startLine: 4, endLine: 5, kind: 'comment' },
  ]);
  assert.deepEqual(folds('# one\u2028# two\napiVersion: plan-as-code/v1\n'), []);
});

function chain(r: SelectionRange): Range[] {
  const out: Range[] = [];
  for (let x: SelectionRange | undefined = r; x; x = x.parent) out.push(x.range);
  return out;
}

test('selection ranges grow from a value to its entry, item, list, phase, phase list and document', () => {
  const { doc, position, text } = caret(EXAMPLE.replace('owner: samia', 'owner: sa|mia'));
  const [sel] = service().selectionRanges(doc, [position]);
  const ranges = chain(sel);
  const texts = ranges.map(r => text.slice(doc.offsetAt(r.start), doc.offsetAt(r.end)));
  assert.equal(texts[0], 'samia');
  assert.equal(texts[1], 'owner: samia');
  assert.ok(texts.some(t => t.startsWith('- task: Former les conseillers') && t.endsWith('done: true')), 'the item with its dash');
  assert.ok(texts.some(t => t.startsWith('- id: pilote')), 'the phase');
  assert.ok(texts.some(t => t.startsWith('phases:')), 'the phase list');
  assert.equal(texts[texts.length - 1], text, 'the document');
  for (let i = 1; i < ranges.length; i++) assert.ok(contains(ranges[i], ranges[i - 1]) && JSON.stringify(ranges[i]) !== JSON.stringify(ranges[i - 1]));
  // in a flow list, and on a quoted value (its text, then with the quotes)
  const flow = caret(EXAMPLE.replace('taux-conversion, taux-incidents]', 'taux-con|version, taux-incidents]'));
  const flowTexts = chain(service().selectionRanges(flow.doc, [flow.position])[0]).map(r => flow.text.slice(flow.doc.offsetAt(r.start), flow.doc.offsetAt(r.end)));
  assert.deepEqual(flowTexts.slice(0, 3), ['taux-conversion', '[nps-pilote, taux-conversion, taux-incidents]', 'exitCriteria: [nps-pilote, taux-conversion, taux-incidents]']);
  const quoted = caret(EXAMPLE.replace('target: ">= 30"', 'target: ">= |30"'));
  const quotedTexts = chain(service().selectionRanges(quoted.doc, [quoted.position])[0]).map(r => quoted.text.slice(quoted.doc.offsetAt(r.start), quoted.doc.offsetAt(r.end)));
  assert.deepEqual(quotedTexts.slice(0, 3), ['>= 30', '">= 30"', 'target: ">= 30"']);
});

test('outline, folding and selection never throw on bad input or half-typed plans', () => {
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'test/fixtures/bad-input')).map(f => `test/fixtures/bad-input/${f}`),
    'test/fixtures/broken-syntax.rollout.yaml',
    ...fs.readdirSync(path.join(ROOT, 'test/fixtures/defects')).filter(f => f.endsWith('.yaml')).map(f => `test/fixtures/defects/${f}`),
  ];
  const s = service();
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'latin1');
    for (const variant of [text, text.slice(0, Math.floor(text.length / 2)), text.slice(0, Math.floor(text.length / 3)) + ': - [\n']) {
      const doc = docOf(variant);
      const symbols = s.documentSymbols(doc);
      assertWellFormed(symbols);
      for (const f of s.foldingRanges(doc)) assert.ok(f.endLine > f.startLine, file);
      const positions = [0, 1, 2, 3].map(i => doc.positionAt(Math.floor((variant.length * i) / 4)));
      for (const sel of s.selectionRanges(doc, positions)) {
        const ranges = chain(sel);
        for (let i = 1; i < ranges.length; i++) assert.ok(contains(ranges[i], ranges[i - 1]), file);
      }
    }
  }
  const deep = docOf(`${'['.repeat(5000)}${']'.repeat(5000)}`);
  s.documentSymbols(deep);
  s.foldingRanges(deep);
  s.selectionRanges(deep, [deep.positionAt(2500)]);
});
