// What a file's summary keeps for its programme: a plan's id, phases (dates, windows, links as
// written, waves and champions, open items), people and references; a programme file's roster and
// freezes; ranges that point at the values in the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/service/plan/analysis';
import { SegmentCache } from '../../server/src/service/plan/parse';
import { translator } from '../../server/src/service/l10n/translate';
import { rangeOf } from '../../server/src/service/programme/places';
import { summarize } from '../../server/src/service/programme/summary';
import { fromSummaryJson, packSummary, summaryJson, unpackSummary } from '../../server/src/cli/summary-store';
import { detached } from '../../server/src/service/shared/detached';
import { ROOT } from './helpers';

const summaryOf = (uri: string, text: string) => {
  const doc = TextDocument.create(uri, 'rollout-plan', 1, text);
  return { doc, summary: summarize(doc, analyze(text, new SegmentCache(), translator('en'), '2026-12-01')) };
};

test('a plan: id, phases with dates, window and links as written, waves with champions, open items, references, criteria', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../../examples/parcours-commande.rollout.yaml'), 'utf8')
    .replace('after: [go-no-go]', 'after: [go-no-go, erp-finance/bascule]');
  const { doc, summary } = summaryOf('file:///ws/parcours.rollout.yaml', text);
  assert.equal(summary.kind, 'plan');
  assert.equal(summary.id?.value, 'altura-parcours-commande');
  assert.equal(doc.getText(rangeOf(summary.id!.place)), 'altura-parcours-commande');
  const golive = summary.phases.find(p => p.type === 'go-live')!;
  assert.ok(golive.window?.start, 'the go-live window');
  assert.deepEqual(golive.after.map(a => a.value), ['go-no-go', 'erp-finance/bascule']);
  assert.equal(doc.getText(rangeOf(golive.after[1].place)), 'erp-finance/bascule');
  const scale = summary.phases.find(p => p.waves.length > 0)!;
  assert.ok(scale.waves.every(w => w.champion && doc.getText(rangeOf(w.champion.place)) === w.champion.value), 'each champion where it is written');
  assert.ok(summary.phases.some(p => p.openItems > 0));
  assert.ok(summary.people && summary.people.length > 0);
  assert.ok(summary.references.some(r => r.kind === 'phase' && r.name.value === 'erp-finance/bascule'));
  assert.ok(summary.references.some(r => r.kind === 'person'));
  assert.deepEqual(summary.freezes, []);
  const conversion = summary.criteria?.find(c => c.id === 'taux-conversion');
  assert.ok(conversion?.title, 'a criterion with its title');
  assert.equal(doc.getText(rangeOf(conversion.place)), 'taux-conversion');
  assert.equal(summary.syntaxErrors, 0);
});

test('a programme file: its roster and freezes (with the plans they apply to), no phases', () => {
  const text = [
    'apiVersion: plan-as-code/v1', 'kind: Programme', 'metadata:', '  id: transformation-2027', '  title: Programme 2027', '  owner: pmo',
    'people:', '  pmo: { name: Nadia Benali, role: Directrice de programme }',
    'freezes:', '  - id: cloture-annuelle', '    title: Clôture annuelle', '    start: 2026-12-20', '    end: 2027-01-10', '    plans: [erp-finance]',
    '  - id: ete', '    title: Été', '    start: 2027-07-14', '    end: 2027-08-15', '',
  ].join('\n');
  const { doc, summary } = summaryOf('file:///ws/programme.rollout.yaml', text);
  assert.equal(summary.kind, 'programme');
  assert.deepEqual(summary.people?.map(p => p.id), ['pmo']);
  assert.deepEqual(summary.freezes.map(f => [f.id?.value, f.start, f.end, f.plans?.map(p => p.value)]),
    [['cloture-annuelle', '2026-12-20', '2027-01-10', ['erp-finance']], ['ete', '2027-07-14', '2027-08-15', undefined]]);
  assert.equal(doc.getText(rangeOf(summary.freezes[0].id!.place)), 'cloture-annuelle');
  assert.deepEqual(summary.phases, []);
});

test('a text of another kind is `other`; a broken plan counts its syntax errors', () => {
  assert.equal(summaryOf('file:///ws/a.yaml', 'apiVersion: plan-as-code/v1\nkind: Something\n').summary.kind, 'other');
  assert.ok(summaryOf('file:///ws/b.rollout.yaml', 'apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata: [unclosed\n').summary.syntaxErrors > 0);
});

test('packed for the cache file and the worker threads, a summary is a fraction of its size and comes back the same', () => {
  for (const file of fs.readdirSync(path.resolve(__dirname, '../../../examples'))) {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../examples', file), 'utf8');
    const { summary } = summaryOf(`file:///ws/${file}`, text);
    // a place in another file (none in a summary today) stays as it is
    const withForeign = { ...summary, references: [...summary.references, { kind: 'phase' as const, name: { value: 'x/y', place: { ...(summary.phases[0]?.place ?? summary.id!.place), uri: 'file:///other.rollout.yaml' } } }] };
    const packed = packSummary(withForeign);
    // as JSON carries it (keys whose value is undefined are dropped, with or without packing)
    assert.deepEqual(unpackSummary(JSON.parse(JSON.stringify(packed))), JSON.parse(JSON.stringify(withForeign)), file);
    // a plan's places are most of it (four numbers without their keys); a programme file has fewer
    const share = JSON.stringify(packed).length / JSON.stringify(summary).length;
    assert.ok(share < (summary.kind === 'plan' ? 0.6 : 0.7), `${file}: packed to ${(share * 100).toFixed(0)} %`);
  }
  // anything that is no packed summary comes back as it is, for the cache's shape check to drop
  assert.deepEqual(unpackSummary([1, 2]), [1, 2]);
  assert.deepEqual(unpackSummary({ uri: 'file:///a', place: [1, 'x', 2, 3] }), { uri: 'file:///a', place: [1, 'x', 2, 3] });
});

test('a summary detached from its analysis, or handed to another thread as JSON, is the same data as JSON carries it', () => {
  for (const file of fs.readdirSync(path.resolve(__dirname, '../../../examples'))) {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../examples', file), 'utf8');
    const uri = `file:///ws/${file}`;
    const { summary } = summaryOf(uri, text);
    const asJson = JSON.parse(JSON.stringify(summary)) as unknown;
    assert.deepEqual(detached(summary, uri), asJson, file);
    assert.deepEqual(fromSummaryJson(summaryJson(summary)), asJson, file);
  }
  // values of every kind, nested, a key named __proto__ kept as data, repeated strings
  const odd = JSON.parse('{"a":["x","x",{"b":"x","__proto__":"x"}],"n":1,"t":true,"z":null,"e":[],"o":{}}') as unknown;
  assert.deepEqual(detached(odd, 'file:///a'), odd);
  assert.equal(Object.getPrototypeOf((detached(odd, 'file:///a') as { a: object[] }).a[2]), Object.prototype);
});

test('a summary kept per phase across edits is the summary of the same text analysed afresh', async () => {
  const { planText } = await import(pathToFileURL(path.join(ROOT, 'bench/gen-plan.mjs')).href) as { planText: (phases: number, seed: number) => string };
  const uri = 'file:///ws/large.rollout.yaml';
  const cache = new SegmentCache();
  const summarised = (text: string, segments: SegmentCache) => {
    const analysis = analyze(text, segments, translator('en'), '2026-12-01');
    return { mode: analysis.parsed.mode, summary: summarize(TextDocument.create(uri, 'rollout-plan', 1, text), analysis) };
  };
  let text = planText(60, 7);
  summarised(text, cache);
  // a phase in the middle: its `type` line, where a line can be inserted and removed
  const middle = text.indexOf('\n    type: ', text.length / 2) + 1;
  const edits: [string, (t: string) => string][] = [
    ['a character typed in a phase title', t => t.replace(/(\n {4}title: )/, '$1x')],
    ['a line inserted before the later phases', t => t.slice(0, middle) + '    objectif: ajouté\n' + t.slice(middle)],
    ['the line removed again', t => t.replace('    objectif: ajouté\n', '')],
    ['a phase id renamed', t => t.replace(/^ {2}- id: (\S+)$/m, '  - id: renamed')],
    ['an owner changed near the end', t => t.slice(0, t.lastIndexOf('owner: ') + 7) + 'zz' + t.slice(t.lastIndexOf('owner: ') + 7)],
  ];
  for (const [what, edit] of edits) {
    const before = text;
    text = edit(text);
    assert.notEqual(text, before, what);
    const { mode, summary } = summarised(text, cache);
    // parsed piece by piece: the phases before and after the edit are kept from the last version
    assert.equal(mode, 'pieces', what);
    assert.deepEqual(summary, summarised(text, new SegmentCache()).summary, what);
  }
});
