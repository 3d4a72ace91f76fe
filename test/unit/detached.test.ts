// The detached copy (shared/detached.ts) is the copy JSON makes: the same plain data, whatever the
// strings it shares with other copies, and a key `__proto__` stays a key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detached } from '../../server/src/service/shared/detached';

test('a detached copy is the JSON copy: undefined left out, nested arrays and objects, short and long strings', () => {
  const long = 'a title longer than the values shared across copies, kept once per copy';
  const value = { uri: 'file:///a.rollout.yaml', id: 'p1', title: long, gone: undefined, items: [{ key: 'checklist:0', due: '2027-01-11', done: true }, null, [1, long]], n: 0 };
  const copy = detached(value, 'file:///a.rollout.yaml');
  assert.deepEqual(copy, JSON.parse(JSON.stringify(value)));
  assert.notEqual(copy.items[0], value.items[0]);
});

test('a key named __proto__ stays an own key of the copy, and the copy\'s prototype is Object\'s', () => {
  const value = JSON.parse('{"people": {"__proto__": {"name": "x"}, "b": "y"}}') as { people: Record<string, unknown> };
  const copy = detached(value, 'file:///a.rollout.yaml');
  assert.equal(Object.getPrototypeOf(copy.people), Object.prototype);
  assert.deepEqual(Object.keys(copy.people), ['__proto__', 'b']);
  assert.deepEqual(Object.getOwnPropertyDescriptor(copy.people, '__proto__')?.value, { name: 'x' });
});
