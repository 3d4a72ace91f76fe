// A 1,000-phase plan (bench/gen-plan.mjs) edited at random places through the incremental path
// (kept per-phase findings, the document's id census) gives exactly the diagnostics of a fresh
// analysis: edits that make ids collide and part again, break references and restore them, link
// phases out of order into cycles, move dates, delete criteria, and type random characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { random } from '../fuzz/prng';
import { docOf, ROOT, service } from './helpers';

type Edit = (text: string, pick: (n: number) => number) => string;

/** The `nth` match of `pattern` (global) in `text`, picked at random. */
function someMatch(text: string, pattern: RegExp, pick: (n: number) => number): RegExpExecArray | undefined {
  const all = [...text.matchAll(pattern)];
  return all.length ? all[pick(all.length)] : undefined;
}

const replaceAt = (text: string, m: RegExpExecArray | undefined, by: string) =>
  (m ? text.slice(0, m.index) + by + text.slice(m.index + m[0].length) : text);

const phaseIds = (text: string) => [...text.matchAll(/^ {2}- id: (\S+)$/gm)].map(m => m[1]);

const EDITS: Record<string, Edit> = {
  'a phase takes the id of another': (text, pick) => {
    const ids = phaseIds(text);
    return replaceAt(text, someMatch(text, /^ {2}- id: \S+$/gm, pick), `  - id: ${ids[pick(ids.length)]}`);
  },
  'a task takes the id of another': (text, pick) => replaceAt(text, someMatch(text, /id: tache-\d+/g, pick), `id: tache-${1 + pick(50)}`),
  'an `after` names a later phase': (text, pick) => {
    const ids = phaseIds(text);
    return replaceAt(text, someMatch(text, /after: \[[^\]\n]*\]/g, pick), `after: [${ids[pick(ids.length)]}]`);
  },
  'an exit criterion is misspelt': (text, pick) => replaceAt(text, someMatch(text, /exitCriteria: \[[a-z]/g, pick), 'exitCriteria: [x'),
  'a criterion is deleted': (text, pick) => replaceAt(text, someMatch(text, /^ {2}[a-z0-9-]+: \{ title: [^\n]*\n/gm, pick), ''),
  'an owner is not in the roster': (text, pick) => replaceAt(text, someMatch(text, /owner: [a-z]/g, pick), 'owner: q'),
  'an end moves before its start': (text, pick) => replaceAt(text, someMatch(text, /end: 2027-\d\d-\d\d/g, pick), 'end: 2026-01-01'),
  'random characters': (text, pick) => {
    const at = pick(text.length);
    const snippets = ['x', '\n', ': ', '- ', '[', '"', '#', '  '];
    return text.slice(0, at) + snippets[pick(snippets.length)] + text.slice(at + pick(6));
  },
};

test('incremental == from scratch over random edits of a 1,000-phase plan', { timeout: 600_000 }, async () => {
  const { planText } = await import(pathToFileURL(path.join(ROOT, 'bench/gen-plan.mjs')).href) as { planText: (phases: number, seed: number) => string };
  const next = random(20);
  const pick = (n: number) => Math.floor(next() * n);
  const uri = 'file:///large.rollout.yaml';
  const incremental = service();
  const versions = [planText(1000, 42)];
  incremental.diagnostics(docOf(versions[0], uri, 1));
  const kinds = Object.keys(EDITS);
  const seen = new Set<string>();
  // every kind of edit once, at a random place; after every third, back to an earlier version
  // (what collided parts again, what was broken is whole again)
  const plan = kinds.flatMap((kind, i) => (i % 3 === 2 ? [kind, 'undo'] : [kind]));
  for (const [i, kind] of plan.entries()) {
    const version = i + 2;
    const current = versions[versions.length - 1];
    const text = kind === 'undo' ? versions[pick(versions.length)] : EDITS[kind](current, pick);
    versions.push(text);
    const got = incremental.diagnostics(docOf(text, uri, version));
    const expected = service().diagnostics(docOf(text, uri, 1));
    assert.equal(JSON.stringify(got), JSON.stringify(expected), `version ${version} (${kind})`);
    for (const d of got) seen.add(String(d.code));
  }
  // the edits reached the checks that span phases
  for (const code of ['duplicate-id', 'undefined-criterion', 'undefined-person', 'date-order']) assert.ok(seen.has(code), `no ${code} in ${[...seen]}`);
});
