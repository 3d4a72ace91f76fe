// Small modules with one concern: a file of the service over MAX_LINES says at its top why
// (a first line starting with "// Over 400 lines"), so a newcomer knows it is meant to be long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

const MAX_LINES = 400;
const REASON = /^\/\/ Over 400 lines\b/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

test('every service file is under 400 lines, or says at its top why it is not', () => {
  const files = sourceFiles(path.join(ROOT, 'server/src/service'));
  assert.ok(files.length > 50, `${files.length} files read`);
  const long = files.filter(f => {
    const text = fs.readFileSync(f, 'utf8');
    return text.split('\n').length > MAX_LINES && !REASON.test(text);
  });
  assert.deepEqual(long.map(f => path.relative(ROOT, f)), []);
});
