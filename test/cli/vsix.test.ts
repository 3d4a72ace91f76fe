// The extension's .vsix, built by `vsce package --no-dependencies` from the built dist as
// `npm run package` does: exactly the files .vscodeignore lets through, whatever npm ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempTree } from './cli-helpers';
import { run, zipEntries } from './package-helpers';

const EXPECTED_ENTRIES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/dist/cli.js',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/timeline-renderer.js',
  'extension/dist/timeline-webview.js',
  'extension/dist/web/client.js',
  'extension/dist/web/server.js',
  'extension/docs/images/browser.png',
  'extension/docs/images/problems-panel.png',
  'extension/docs/images/readiness-sidebar.png',
  'extension/docs/images/timeline.png',
  'extension/l10n/bundle.l10n.fr.json',
  'extension/language-configuration.json',
  'extension/media/rollout.svg',
  'extension/package.json',
  'extension/package.nls.fr.json',
  'extension/package.nls.json',
  'extension/readme.md',
  'extension/schemas/rollout-plan.config.schema.json',
  'extension/schemas/rollout-plan.schema.fr.json',
  'extension/schemas/rollout-plan.schema.json',
  'extension/snippets/rollout-plan.code-snippets',
  'extension/syntaxes/rollout-plan.tmLanguage.json',
];

let packaged: Promise<string[]> | undefined;
/** the .vsix's entries, packaged once for the tests of this file */
function packageEntries(): Promise<string[]> {
  packaged ??= (async () => {
    const vsix = path.join(tempTree(), 'rollout-plans.vsix');
    const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const r = await run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], ROOT);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    return zipEntries(vsix);
  })();
  return packaged;
}

test('vsce package --no-dependencies builds a .vsix with exactly the extension\'s files', async () => {
  assert.deepEqual((await packageEntries()).sort(), EXPECTED_ENTRIES);
});

// the manifest's fields that name a file or folder of the extension (a command's `$(icon)` is a codicon)
const FILE_KEYS = new Set(['main', 'browser', 'l10n', 'icon', 'path', 'url', 'configuration']);
const SKIPPED = new Set(['scripts', 'devDependencies', 'repository', 'bin']);

/** Every file or folder the manifest names, as the path inside the package (`extension/…`). */
function namedFiles(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    const local = FILE_KEYS.has(key) && !value.startsWith('$(') && !/^[a-z]+:/i.test(value);
    return local ? [`extension/${path.posix.normalize(value)}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap(v => namedFiles(v, key));
  if (value && typeof value === 'object') return Object.entries(value).filter(([k]) => !SKIPPED.has(k)).flatMap(([k, v]) => namedFiles(v, k));
  return [];
}

test('every file the manifest names (both entries, grammar, snippets, schemas, l10n, icons…) is in the .vsix', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as unknown;
  const named = namedFiles(manifest);
  for (const expected of ['extension/dist/client.js', 'extension/dist/web/client.js', 'extension/l10n', 'extension/media/rollout.svg']) {
    assert.ok(named.includes(expected), `the manifest names ${expected}`);
  }
  const entries = await packageEntries();
  const missing = named.filter(file => !entries.some(e => e === file || e.startsWith(`${file}/`)));
  assert.deepEqual(missing, [], 'files the manifest names but the .vsix lacks');
});
