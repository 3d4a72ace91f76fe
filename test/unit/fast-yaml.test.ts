// The fast parse path (plan/fast-yaml.ts) against `yaml` itself: on the examples, every fixture,
// generated plans and their pieces, hand-picked snippets and seeded random mutations, it either
// declines or gives yaml's tree field for field; and it reads every example and generated plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOne, MAX_NESTING } from '../../server/src/service/plan/bounded-yaml';
import { fastParse } from '../../server/src/service/plan/fast-yaml';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { applyEdit, randomEdit } from '../fuzz/edits';
import { below, pick, random } from '../fuzz/prng';
import { fastMismatch, PARSE_OPTIONS } from './fast-yaml-oracle';
import { planTexts, withPieces } from './fast-yaml-inputs';
import { docOf, TODAY } from './helpers';

const texts = planTexts();
const inputs = texts.then(withPieces);

test('examples, fixtures, generated plans and their pieces: the fast tree is yaml\'s, and every plan is read fast', async () => {
  const mismatches: string[] = [];
  const declined: string[] = [];
  for (const input of await inputs) {
    const mismatch = fastMismatch(input.text);
    if (mismatch) mismatches.push(`${input.name}: ${mismatch}`);
    if (input.mustAccept && !fastParse(input.text, PARSE_OPTIONS, MAX_NESTING)) declined.push(input.name);
  }
  assert.deepEqual(mismatches, []);
  assert.deepEqual(declined, []);
});

// what plans use, each read by the fast path (and equal to yaml's reading)
const ACCEPTED = [
  'a: 1\nb: -2\nc: 0x1F\nd: 0o17\ne: 1.50\nf: .inf\ng: -.Inf\nh: .nan\ni: 1e3\nj: ~\nk: null\nl: true\nm: False\nn: 2027-01-05\no: 12:30\n',
  'key:\n- a\n- b\nnext: 1\n',
  'list:\n  - id: x\n    more: y\n  - - nested\n    - list\n  -\n  - ""\n',
  "q: 'it''s'\nd: \"tab\\t\\\"x\\\" \\u00e9 \\x41 \\\\\"\n",
  'people:\n  marie: { name: Marie, role: Cheffe }\n  empty: {}\n  list: [a, [b, c], { d: e }, []]\n  pad: [ a , "b" ]\n',
  'a: |\n  one\n\n  two\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  kept\n\nd: >\n  x\n',
  '# head\n\na: 1 # trailing\n# between\nb:\n  # inside\n  c: 2\n\n# end\n',
  '  - id: phase\n    title: indented piece\n\n',
  'url: http://x.example/a#b\ncolon: a:b\nhash: a#b\n',
];

// outside the subset, or not clean YAML: left to yaml, so its messages stay the ones users see
const DECLINED = [
  'a:\tb\n', 'a: 1\r\nb: 2\r\n', 'a: &x 1\nb: *x\n', 'a: !tag 1\n', '? a\n: b\n', '<<: {}\n', '%YAML 1.2\n---\na: 1\n',
  '---\na: 1\n', 'a: 1\n...\n', 'a: multi\n  line\n', 'a: "open\n  quote"\n', 'a: [1,\n  2]\n', 'a\n', 'a: b: c\n',
  'a: 1\n b: 2\n', 'a: |2\n  x\n', 'a: "\\N"\n', 'a: [a, ]\n', 'a: {b}\n', '', '# only a comment\n', 'plain\n', '\ufeffa: 1\n',
];

test('the subset plans use is read fast, as yaml reads it; the rest is declined', () => {
  for (const text of ACCEPTED) {
    assert.ok(fastParse(text, PARSE_OPTIONS, MAX_NESTING), `declined ${JSON.stringify(text)}`);
    assert.equal(fastMismatch(text), undefined, JSON.stringify(text));
  }
  for (const text of DECLINED) assert.equal(fastParse(text, PARSE_OPTIONS, MAX_NESTING), undefined, `accepted ${JSON.stringify(text)}`);
});

test('nesting past MAX_NESTING is declined, so bounded-yaml cuts it as before', () => {
  const depth = MAX_NESTING + 5;
  const block = Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
  const flow = `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  for (const text of [block, flow]) {
    assert.equal(fastParse(text, PARSE_OPTIONS, MAX_NESTING), undefined);
    assert.ok(parseOne(text, PARSE_OPTIONS).errors.some(e => e.code === 'RESOURCE_EXHAUSTION'));
  }
});

/** `text` after one to four of the fuzz campaign's random edits (characters, YAML snippets and lines). */
function mutate(next: () => number, text: string): string {
  for (let edits = 1 + below(next, 4); edits > 0; edits--) text = applyEdit(text, randomEdit(text, next));
  return text;
}

test('seeded random mutations of plans and their pieces: declined, or yaml\'s tree', async () => {
  const sources = (await inputs).filter(input => input.mustAccept && input.text.length < 20_000).map(input => input.text);
  const next = random(20);
  const deadline = performance.now() + 5000;
  const mismatches: string[] = [];
  let accepted = 0;
  for (let i = 0; i < 20_000 && performance.now() < deadline && mismatches.length < 5; i++) {
    const text = mutate(next, pick(next, sources));
    const mismatch = fastMismatch(text);
    if (mismatch) mismatches.push(`${mismatch}: ${JSON.stringify(text)}`);
    else if (fastParse(text, PARSE_OPTIONS, MAX_NESTING)) accepted++;
  }
  assert.deepEqual(mismatches, []);
  assert.ok(accepted > 100, `only ${accepted} mutated texts were read fast: the property was hardly tested`);
});

test('the service gives the same diagnostics on the fast and the reference parse', async () => {
  const fast = new RolloutPlanService({ today: () => TODAY });
  const reference = new RolloutPlanService({ today: () => TODAY, referenceParse: true });
  for (const input of await texts) {
    const doc = docOf(input.text);
    assert.deepEqual(fast.diagnostics(doc), reference.diagnostics(doc), input.name);
  }
});
