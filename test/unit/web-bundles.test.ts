// The browser bundles must not need Node (a Web Worker has no file system or process): the build
// fails when one imports a Node-only module (esbuild.mjs, scripts/node-only-imports.mjs). These
// tests make that check fail on a module that does import one, and pass on one that does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers';

function checkEntry(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-bundle-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return spawnSync(process.execPath, [path.join(ROOT, 'scripts/node-only-imports.mjs'), path.join(dir, 'entry.ts')], { encoding: 'utf8', cwd: ROOT });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a browser bundle that imports a Node-only module, even two files deep, fails the check and names the importer', () => {
  const result = checkEntry({
    'entry.ts': "import { size } from './helper';\nconsole.log(size);\n",
    'helper.ts': "import { statSync } from 'node:fs';\nimport * as path from 'path';\nexport const size = statSync(path.join('a', 'b')).size;\n",
  });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /helper\.ts → node:fs/);
  assert.match(result.stdout, /helper\.ts → path/);
});

test('a browser bundle of Web APIs only passes the check', () => {
  const result = checkEntry({ 'entry.ts': 'console.log(new TextDecoder().decode(crypto.getRandomValues(new Uint8Array(4))));\n' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('the two browser entries are built, and none of their inputs imports a Node-only module', () => {
  for (const entry of ['client/src/extension-web.ts', 'server/src/server-web.ts']) {
    const result = checkEntry({ 'entry.ts': `import ${JSON.stringify(path.join(ROOT, entry))};\n` });
    assert.equal(result.status, 0, `${entry}: ${result.stdout}${result.stderr}`);
  }
  for (const bundle of ['dist/web/client.js', 'dist/web/server.js']) assert.ok(fs.existsSync(path.join(ROOT, bundle)), `${bundle} is built`);
});
