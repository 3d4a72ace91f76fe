// The schema check validates each phase's plain value; `plainValue` builds it without yaml's
// `toJS` bookkeeping. It must give exactly what `toJS` gives, and step aside for aliases and merges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseAllDocuments, type Node } from 'yaml';
import { plainValue } from '../../server/src/service/plan/nodes';
import { planFiles, ROOT } from './helpers';

const PLANS = [...planFiles('examples'), ...planFiles('test/fixtures/defects'), ...planFiles('test/fixtures/bad-input')]
  .filter(f => !f.endsWith('binary.rollout.yaml') && !f.endsWith('alias-bomb.rollout.yaml'));

function* nodesOf(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  yield node as Node;
  if (isMap(node)) for (const pair of node.items) { yield* nodesOf(pair.key); yield* nodesOf(pair.value); }
  if (isSeq(node)) for (const item of node.items) yield* nodesOf(item);
}

test('plainValue equals toJS on every node of the examples and fixtures, or leaves it to toJS', () => {
  let compared = 0;
  let deferred = 0;
  for (const file of PLANS) {
    for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'), { merge: true, uniqueKeys: true })) {
      if (!('contents' in doc)) continue;
      for (const node of nodesOf(doc.contents)) {
        const plain = plainValue(node);
        if (plain === undefined) { deferred++; continue; }
        assert.deepStrictEqual(plain, node.toJS(doc), `${path.relative(ROOT, file)} at offset ${node.range?.[0]}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 1000, `compared ${compared} nodes`);
  assert.ok(deferred > 0, 'the anchors-and-merge fixture has nodes left to toJS');
});

test('plainValue leaves aliases and << merges to toJS, and keeps a __proto__ key as data', () => {
  const [doc] = parseAllDocuments('base: &b { owner: marie }\nphase:\n  <<: *b\n  id: x\nalias: *b\ninline:\n  <<: { owner: paul }\n  id: y\nodd:\n  __proto__: { polluted: true }\n', { merge: true });
  const map = doc.contents as Node;
  assert.ok(isMap(map));
  const valueOf = (key: string) => map.items.find(p => String((p.key as { value: unknown }).value) === key)!.value as Node;
  assert.equal(plainValue(valueOf('phase')), undefined);
  assert.equal(plainValue(valueOf('alias')), undefined);
  assert.equal(plainValue(valueOf('inline')), undefined); // a merge without an alias
  assert.deepEqual(plainValue(valueOf('base')), { owner: 'marie' });
  const odd = plainValue(valueOf('odd')) as Record<string, unknown>;
  assert.deepStrictEqual(Object.keys(odd), ['__proto__']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepStrictEqual(odd, valueOf('odd').toJS(doc));
});
