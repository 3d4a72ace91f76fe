// Docs that cannot drift: docs/architecture.md has a row for every source file (the service, the
// server's front ends, the VS Code client) and no row for a file that is gone; every check code
// has its section in docs/checks.md and a defect fixture that expects it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CHECK_CODES } from '../../server/src/service';
import { expectedMarkers, ROOT } from './helpers';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const filesUnder = (dir: string) => fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
  .filter(f => fs.statSync(path.join(ROOT, dir, f)).isFile()).map(f => f.split(path.sep).join('/'));

// How the module tables name a file: from the service's folder for the service, from server/src
// for the server's front ends, from the repository for the client.
const SERVICE = 'server/src/service';
const BASES = [SERVICE, 'server/src', '.'];

function sourceFiles(): string[] {
  const service = filesUnder(SERVICE);
  const server = filesUnder('server/src').filter(f => !f.startsWith('service/'));
  const client = filesUnder('client/src').map(f => `client/src/${f}`);
  return [...service, ...server, ...client];
}

/** The files a module table's rows name: every backquoted path in a row's first cell. */
function tableRows(doc: string): string[] {
  return doc.split('\n').filter(l => l.startsWith('| `'))
    .flatMap(l => [...l.split('|')[1].matchAll(/`([^`]+)`/g)].map(m => m[1]));
}

test('docs/architecture.md has a row for every file of the service, the server and the client', () => {
  const rows = new Set(tableRows(read('docs/architecture.md')));
  const missing = sourceFiles().filter(f => !rows.has(f));
  assert.deepEqual(missing, [], 'add a row for each of these files to docs/architecture.md');
});

test('every file docs/architecture.md has a row for exists', () => {
  const gone = tableRows(read('docs/architecture.md')).filter(name => !BASES.some(base => fs.existsSync(path.join(ROOT, base, name))));
  assert.deepEqual(gone, [], 'docs/architecture.md describes files that are not there');
});

test('every check code has its section in docs/checks.md', () => {
  const headings = new Set(read('docs/checks.md').split('\n').filter(l => l.startsWith('## ')).map(l => l.slice(3).trim()));
  for (const code of Object.keys(CHECK_CODES)) assert.ok(headings.has(code), `docs/checks.md has a section "## ${code}"`);
});

test('every check code has a defect fixture that expects it, and every fixture is named after its code', () => {
  const fixtures = filesUnder('test/fixtures/defects').filter(f => /\.rollout\.ya?ml$/.test(f));
  // `<code>.rollout.yaml`, or `<code>.<case>.rollout.yaml` for a code with several fixtures, or
  // `<code>/<file>.rollout.yaml` for a check across the plans of a programme
  const codeOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/(\.[\w-]+)?\.rollout\.ya?ml$/, ''));
  for (const code of Object.keys(CHECK_CODES)) {
    const own = fixtures.filter(f => codeOf(f) === code);
    assert.ok(own.length > 0, `test/fixtures/defects has ${code}.rollout.yaml (or ${code}.<case>.rollout.yaml)`);
    const codes = own.flatMap(file => expectedMarkers(read(`test/fixtures/defects/${file}`)).map(m => m.split(':')[1]));
    assert.ok(codes.includes(code), `the fixtures of ${code} expect it`);
    // each file of a one-plan fixture expects its code; in a programme, one of its plans does
    for (const file of own.filter(f => !f.includes('/'))) {
      assert.ok(expectedMarkers(read(`test/fixtures/defects/${file}`)).some(m => m.endsWith(`:${code}`)), `${file} expects ${code}`);
    }
  }
  assert.deepEqual(fixtures.filter(f => !Object.hasOwn(CHECK_CODES, codeOf(f))), [], 'fixtures named after no check code');
});
