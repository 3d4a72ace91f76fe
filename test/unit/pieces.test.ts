// The piecewise parse must read a plan exactly as a whole-document parse does: same findings (code,
// range, message), for flow-style phases, for plans that only the whole parse handles, and for broken
// YAML whose effect runs past a phase boundary (an unclosed quote, bracket or brace, a block scalar).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/service/plan/analysis';
import { offsetsOf } from '../../server/src/service/checks/diagnostics';
import { translator } from '../../server/src/service/l10n/translate';
import { SegmentCache } from '../../server/src/service/plan/parse';
import { splitAgain, splitPieces } from '../../server/src/service/plan/split';
import { unchangedEnds } from '../../server/src/service/plan/unchanged-ends';
import { random } from '../fuzz/prng';
import { planFiles, ROOT, TODAY } from './helpers';

const t = translator('en');

function analysed(text: string, cache: SegmentCache) {
  const { parsed, findings } = analyze(text, cache, t, TODAY);
  return {
    mode: parsed.mode,
    findings: findings.map(f => {
      const { start, end } = offsetsOf(f.loc);
      return `${start}-${end} ${f.code}: ${f.message}`;
    }),
  };
}

/** Analyses `text` piece by piece and as one document; asserts the same findings; returns them. */
function bothWays(text: string): { mode: string; findings: string[] } {
  const pieces = analysed(text, new SegmentCache());
  const whole = analysed(text, new SegmentCache({ whole: true }));
  assert.equal(whole.mode, 'whole');
  assert.deepEqual(pieces.findings, whole.findings, `piecewise (${pieces.mode}) and whole parses differ for:\n${text}`);
  return pieces;
}

const HEAD = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: pieces
  title: Pieces
  owner: marie
people:
  marie: { name: Marie }
`;

const phase = (id: string, type: string, extra = '') => `  - id: ${id}\n    type: ${type}\n    owner: marie\n${extra}`;

/** `start-end code: message` of the finding expected at the first occurrence of `needle` (after `from`). */
const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return start;
};
const startsAt = (findings: string[], offset: number) => findings.filter(f => f.startsWith(`${offset}-`));

test('the examples give the same findings piecewise and as a whole', () => {
  for (const file of planFiles('examples')) {
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(bothWays(text).mode, 'pieces', file);
  }
});

test('flow-style phases: each item\'s schema error is reported once, at its own value', () => {
  // the first item holds dashes (`pre-prod`), the others none: a dash-based key made them share results
  const text = `${HEAD}phases: [ {id: pre-prod, type: pilot, owner: marie, exitCriteria: []}, {id: b, type: bogus, owner: marie}, {id: c, type: bogus, owner: marie}, {id: d, type: run, owner: marie, colour: red} ]\n`;
  const { findings } = bothWays(text);
  const first = at(text, 'bogus');
  const second = at(text, 'bogus', first + 1);
  assert.equal(startsAt(findings, first).length, 1, findings.join('\n'));
  assert.equal(startsAt(findings, second).length, 1, findings.join('\n'));
  assert.match(startsAt(findings, second)[0], /schema: .*`bogus`/);
  assert.equal(startsAt(findings, at(text, 'colour')).length, 1, findings.join('\n'));
});

test('flow-style phases: a syntax error in one item hides the noise of that item only', () => {
  const text = `${HEAD}phases: [ {id: a-b, type: bogus, owner: marie}, {id: c, type: gate, owner: marie, title: "x" y} ]\n`;
  const { findings } = bothWays(text);
  assert.equal(startsAt(findings, at(text, 'bogus')).length, 1, findings.join('\n'));
});

test('whole-document mode: only `phases` holds phases, other top-level lists are not phases', () => {
  const text = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: lists
  title: Lists
people:
  - id: marie
  - id: paul
criteria:
  - id: nps
risks:
  - id: marie
phases:
  - id: marie
    type: run
    owner: paul
`;
  const { findings } = bothWays(text);
  assert.deepEqual(findings.filter(f => /duplicate-id|missing-owner/.test(f)), []);
  assert.ok(findings.some(f => /schema: .*`risks`/.test(f)), findings.join('\n'));
});

test('whole-document mode through the service (an anchor in the plan): no false duplicate-id or missing-owner', () => {
  const text = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: lists
  title: &title Lists
people:
  - id: run
criteria:
  - id: run
phases:
  - id: run
    type: run
    title: *title
`;
  const cache = new SegmentCache();
  const { mode, findings } = analysed(text, cache);
  assert.equal(mode, 'whole');
  assert.deepEqual(findings.filter(f => /duplicate-id/.test(f)), []);
  assert.equal(findings.filter(f => /missing-owner/.test(f)).length, 1, findings.join('\n')); // the phase's own
});

// [what, the line left open, its opening character, the message, whether YAML reads the phase after the next one again]
const UNCLOSED: [string, string, string, string, boolean][] = [
  ['a double quote', '    title: "Pilote\n', '"', 'this string never closes', false],
  ['a single quote', "    title: 'Pilote\n", "'", 'this string never closes', false],
  ['a bracket', '    after: [cadrage, go\n', '[', 'this list never closes', true],
  ['a brace', '    window: { start: 2026-01-01T08:00\n', '{', 'this map never closes', true],
];

for (const [what, line, opener, message, recovers] of UNCLOSED) {
  test(`${what} left open in one phase: the error is at the opening character, nothing comes from text YAML does not read as a phase`, () => {
    const text = `${HEAD}phases:\n${phase('cadrage', 'definition')}${phase('pilote', 'pilot', line)}${phase('b', 'bogus')}${phase('c', 'bogus')}`;
    const { findings } = bothWays(text);
    const open = at(text, opener, at(text, 'id: pilote'));
    const syntax = findings.filter(f => / yaml-syntax: /.test(f));
    assert.equal(syntax[0], `${open}-${open + 1} yaml-syntax: YAML syntax error: ${message}. Fix the indentation or punctuation here.`, findings.join('\n'));
    // a string swallows every later phase; after a flow collection `yaml` garbles the next phase
    // (its own syntax errors, nothing else), and reads the one after it as a phase again
    const schemaAt = (offset: number) => startsAt(findings, offset).filter(f => / schema: /.test(f));
    const next = at(text, 'bogus');
    assert.deepEqual(schemaAt(next), []);
    assert.equal(schemaAt(at(text, 'bogus', next + 1)).length, recovers ? 1 : 0, findings.join('\n'));
  });
}

test('an unclosed quote in the last top-level entry before the phases swallows them, as in a whole parse', () => {
  const text = `${HEAD.replace('title: Pieces', 'title: "Pieces')}phases:\n${phase('b', 'bogus')}`;
  const { findings } = bothWays(text);
  assert.equal(findings.filter(f => / yaml-syntax: /.test(f))[0]?.split(' ')[0], `${at(text, '"Pieces')}-${at(text, '"Pieces') + 1}`);
  assert.deepEqual(findings.filter(f => f.includes('bogus')), []);
});

test('a quote closed in a later phase: the phases in between are what the YAML parser reads', () => {
  const text = `${HEAD}phases:\n${phase('pilote', 'pilot', '    title: "Pilote\n')}${phase('b', 'bogus', '    title: "B"\n')}${phase('c', 'bogus')}`;
  bothWays(text);
});

test('a block scalar whose content is dedented to the phase items\' column runs into the next phase as a whole parse reads it', () => {
  const text = `${HEAD}phases:\n${phase('cadrage', 'definition', '    rollback: |\n  Restaurer la version N-1\n')}${phase('b', 'bogus')}${phase('c', 'gate')}`;
  const { findings } = bothWays(text);
  assert.deepEqual(findings.filter(f => f.includes('bogus')), []);
});

test('a block scalar as a phase item, its content at the items\' column', () => {
  bothWays(`${HEAD}phases:\n  - |\n  texte\n${phase('b', 'bogus')}`);
});

test('a block scalar with odd but valid indentation stays piecewise and is read the same', () => {
  const text = `${HEAD}phases:\n${phase('cadrage', 'definition', '    rollback: |\n          profond\n        moins profond\n\n')}${phase('b', 'bogus')}`;
  const { mode, findings } = bothWays(text);
  assert.equal(mode, 'pieces');
  assert.equal(startsAt(findings, at(text, 'bogus')).length, 1, findings.join('\n'));
});

test('a syntax error that stays inside its phase keeps the plan piecewise and the other phases checked', () => {
  const text = `${HEAD}phases:\n${phase('cadrage', 'definition', '    title: a: b\n')}${phase('b', 'bogus')}`;
  const { mode, findings } = bothWays(text);
  assert.equal(mode, 'pieces');
  assert.equal(startsAt(findings, at(text, 'bogus')).length, 1, findings.join('\n'));
});

test('an open quote: the phases it runs into are read with it, the others stay reused; closed again, one piece is re-parsed', () => {
  const valid = `${HEAD}phases:\n${phase('cadrage', 'definition')}${phase('pilote', 'pilot', '    title: "Pilote"\n')}${phase('b', 'gate')}${phase('c', 'gate')}`;
  const cache = new SegmentCache();
  const first = cache.parse(valid);
  assert.equal(first.mode, 'pieces');
  const broken = cache.parse(valid.replace('"Pilote"', '"Pilote'));
  assert.equal(broken.mode, 'pieces');
  assert.equal(broken.segments.length, first.segments.length - 2); // pilote, b and c read as one
  assert.equal(broken.segments.filter(seg => !first.segments.includes(seg)).length, 1);
  const fixed = cache.parse(valid);
  assert.equal(fixed.mode, 'pieces');
  assert.equal(fixed.segments.filter(seg => !first.segments.includes(seg)).length, 3);
});

test('an open quote in a phase that runs into a top-level entry after the phases: read as a whole', () => {
  const text = `${HEAD}phases:\n${phase('pilote', 'pilot', '    title: "Pilote\n')}${phase('b', 'bogus')}criteria:\n  nps: { title: NPS, target: ">= 30", owner: marie }\n`;
  assert.equal(bothWays(text).mode, 'whole');
});

test('nested collections left open: each is reported at its own bracket; a bracket inside an open string is not', () => {
  const nested = `${HEAD}phases:\n${phase('pilote', 'pilot', '    after: [cadrage, {id: go\n')}`;
  const syntax = (text: string) => bothWays(text).findings.filter(f => / yaml-syntax: /.test(f)).map(f => f.replace(/ Fix .*/, ''));
  const list = at(nested, '[cadrage');
  const map = at(nested, '{id: go');
  assert.deepEqual(syntax(nested), [
    `${map}-${map + 1} yaml-syntax: YAML syntax error: this map never closes.`,
    `${list}-${list + 1} yaml-syntax: YAML syntax error: this list never closes.`,
  ]);
  const quoted = `${HEAD}phases:\n  - { id: pilote, type: pilot, title: 'Pilote }\n${phase('b', 'bogus')}`;
  const quote = at(quoted, "'Pilote");
  assert.deepEqual(syntax(quoted), [`${quote}-${quote + 1} yaml-syntax: YAML syntax error: this string never closes.`]);
});

test('a list left open inside a list left open: both brackets are reported', () => {
  const text = `${HEAD}phases:\n${phase('pilote', 'pilot', '    exitCriteria: [nps, [x\n')}`;
  const starts = bothWays(text).findings.filter(f => /never closes/.test(f)).map(f => Number(f.split('-')[0])).sort((a, b) => a - b);
  assert.deepEqual(starts, [at(text, '[nps'), at(text, '[x')]);
});

test('an opening quote, bracket or brace inserted anywhere in an example: the same findings both ways', () => {
  let seed = 14;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (const file of planFiles('examples')) {
    const text = fs.readFileSync(file, 'utf8');
    for (let i = 0; i < 25; i++) {
      const at = Math.floor(next() * text.length);
      bothWays(`${text.slice(0, at)}${'"\'[{'[Math.floor(next() * 4)]}${text.slice(at)}`);
    }
  }
});

test('split again after an edit, a plan is cut where a split of the whole new text cuts it', async () => {
  const { planText } = await import(pathToFileURL(path.join(ROOT, 'bench/gen-plan.mjs')).href) as { planText: (phases: number, seed: number) => string };
  const next = random(8);
  const pick = (n: number) => Math.floor(next() * n);
  // what changes where a plan is cut: lines, items, top-level keys, indents, comments, the `phases` key itself
  const snippets = ['x', '\n', '\n  - id: nouvelle\n', '\n- ', '\nphases:\n', '\nrisks:\n', '\n# note\n', '  ', '\n    ', ': ', 'phases', '\n\n', '#'];
  const texts = [planText(40, 3), ...planFiles('examples').map(f => fs.readFileSync(f, 'utf8'))];
  let resumed = 0;
  for (const original of texts) {
    let text = original;
    for (let i = 0; i < 150; i++) {
      const at = pick(text.length);
      const edited = text.slice(0, at) + snippets[pick(snippets.length)] + text.slice(at + pick(4));
      const before = splitPieces(text);
      const expected = splitPieces(edited);
      if (before) {
        const again = splitAgain(edited, before, unchangedEnds(text, edited));
        assert.deepEqual(again, expected, `edit ${i} at ${at}`);
        if (again && expected) resumed++;
      }
      // keep going from the edited text while it still splits, else from the original
      text = expected ? edited : original;
    }
  }
  assert.ok(resumed > 300, `only ${resumed} edits split both ways`);
});

test('a NUL typed into a plan read before makes it binary; taken out again, the plan is read piece by piece', () => {
  const text = fs.readFileSync(planFiles('examples')[0], 'utf8');
  const cache = new SegmentCache();
  assert.equal(cache.parse(text).mode, 'pieces');
  const middle = text.length >> 1;
  assert.equal(cache.parse(`${text.slice(0, middle)}\0${text.slice(middle)}`).root, 'binary');
  assert.equal(cache.parse(text).mode, 'pieces');
  assert.equal(cache.parse(`${text}\0`).root, 'binary');
});
