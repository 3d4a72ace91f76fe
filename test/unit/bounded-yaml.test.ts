// bounded-yaml.ts finds duplicate keys itself (yaml's check is quadratic): the errors must be the
// ones yaml's `uniqueKeys: true` gives, at the same offsets, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseDocument } from 'yaml';
import { parseOne } from '../../server/src/service/plan/bounded-yaml';
import { planFiles } from './helpers';

const OPTIONS = { merge: true, prettyErrors: false, strict: true } as const;
const errors = (doc: { errors: { code: string; pos: [number, number] }[] }) => doc.errors.map(e => `${e.code}@${e.pos.join('-')}`);

const SNIPPETS = [
  'a: 1\nb: 2\na: 3\n',
  'm: { x: 1, y: 2, x: 3 }\n',
  'list:\n  - { id: a, id: b }\n  - id: c\n    id: c\n',
  '"a": 1\n\'a\': 2\na: 3\n',
  '1: a\n"1": b\n1: c\n',
  '~: a\nnull: b\n',
  '? a\n: 1\n? a\n: 2\n',
  'base: &b { x: 1 }\nm:\n  <<: *b\n  <<: *b\n  x: 2\n  x: 3\n',
  '.nan: 1\n.nan: 2\n',
  'a: 1\nb: [1, {c: 1, c: 2}\na: 2\n',
  'x:\n  y: 1\n  y: 2\n z: 3\n',
];

test('duplicate keys: the same errors as yaml with uniqueKeys, on snippets, the examples and the fixtures', () => {
  const texts = [...SNIPPETS, ...['examples', 'test/fixtures/defects', 'test/fixtures/bad-input'].flatMap(planFiles).map(f => fs.readFileSync(f, 'utf8'))];
  let duplicates = 0;
  for (const text of texts) {
    const expected = errors(parseDocument(text, { ...OPTIONS, uniqueKeys: true }));
    assert.deepEqual(errors(parseOne(text, { ...OPTIONS, uniqueKeys: false })), expected, text.slice(0, 80));
    duplicates += expected.filter(e => e.startsWith('DUPLICATE_KEY')).length;
  }
  assert.ok(duplicates >= 10, `${duplicates} duplicate keys compared`);
});
