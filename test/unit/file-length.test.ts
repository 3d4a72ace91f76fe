// Small modules with one concern: a source file over MAX_LINES (the service, the server, the CLI,
// the client, the tests, the bench and scripts) says at its top why (a line starting with
// "// Over 400 lines" first, or second after a `#!`), so a newcomer knows it is meant to be long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

const MAX_LINES = 400;
const REASON = /^(?:#!.*\n)?\/\/ Over 400 lines\b/;
const FOLDERS = ['server/src', 'client/src', 'test', 'bench', 'scripts'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'results' ? [] : sourceFiles(p);
    return /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

test('every source file is under 400 lines, or says at its top why it is not', () => {
  const files = FOLDERS.flatMap(f => sourceFiles(path.join(ROOT, f)));
  assert.ok(files.length > 150, `${files.length} files read`);
  const long = files.filter(f => {
    const text = fs.readFileSync(f, 'utf8');
    return text.split('\n').length > MAX_LINES && !REASON.test(text);
  });
  assert.deepEqual(long.map(f => path.relative(ROOT, f)), []);
});
