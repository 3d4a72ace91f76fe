// A key written as a list or a map (`? [a, b]: x`) is one diagnostic in the user's language, wherever
// it is, and nothing reaches the console: the parser's own English warning about it is silenced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from './helpers';

const PLAN = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: p
  title: P
people:
  marie: { name: Marie }
phases:
  - id: a
    type: definition
    owner: marie
    checklist:
      - task: T
        owner: marie
`;

/** The plan with `bad` written after the line holding `after`, and the line of the bad key. */
const CASES: { name: string; after: string; bad: string }[] = [
  { name: 'top level', after: '  title: P', bad: '? [a, b]: x' },
  { name: 'metadata, explicit key', after: '  title: P', bad: '  ? [a, b]\n  : x' },
  { name: 'a phase, a map as key', after: '    owner: marie', bad: '    ? { a: 1 }\n    : x' },
  { name: 'people, a list as key', after: '  marie: { name: Marie }', bad: '  ? [lea]\n  : { name: Léa }' },
  { name: 'a task, in a flow map', after: '        owner: marie', bad: '      - { task: U, owner: marie, [k]: v }' },
];

const MESSAGES = {
  en: 'A key must be a plain word, not a list or a map; write it as a word followed by `:` (`owner: marie`).',
  fr: 'Une clé doit être un mot simple, pas une liste ni une table\u00a0; écrivez-la comme un mot suivi de `:` (`owner: marie`).',
};

const brief = (d: Diagnostic) => `${d.range.start.line}:${d.code}:${d.message}`;

test('a list or a map as a key is one yaml-syntax diagnostic on that key, in English and in French', async () => {
  assert.deepEqual(await diagnose(PLAN), [], 'the plan without the key is clean');
  for (const { name, after, bad } of CASES) {
    const text = PLAN.replace(`${after}\n`, `${after}\n${bad}\n`);
    const line = text.split('\n').findIndex(l => l === bad.split('\n')[0]);
    for (const locale of ['en', 'fr'] as const) {
      const found = await diagnose(text, locale);
      assert.deepEqual(found.map(brief), [`${line}:yaml-syntax:${MESSAGES[locale]}`], `${name} (${locale})`);
      const key = found[0].range;
      const keyText = bad.includes('[k]') ? '[k]' : bad.includes('?') ? bad.split('\n')[0].trim().replace(/^\? /, '') : bad;
      assert.equal(text.split('\n')[key.start.line].slice(key.start.character, key.end.character), keyText, `${name}: the range covers the key`);
    }
  }
});

test('nothing is written to the console or emitted as a process warning while analysing', async () => {
  const written: string[] = [];
  const saved = { emitWarning: process.emitWarning, warn: console.warn, error: console.error, log: console.log };
  process.emitWarning = ((w: string | Error) => { written.push(String(w)); }) as typeof process.emitWarning;
  console.warn = console.error = console.log = (...args: unknown[]) => { written.push(args.join(' ')); };
  try {
    for (const { after, bad } of CASES) await diagnose(PLAN.replace(`${after}\n`, `${after}\n${bad}\n`));
  } finally {
    Object.assign(process, { emitWarning: saved.emitWarning });
    Object.assign(console, { warn: saved.warn, error: saved.error, log: saved.log });
  }
  assert.deepEqual(written, []);
});
