// The extension's .vsix, built by `vsce package --no-dependencies` from the built dist as
// `npm run package` does: exactly the files .vscodeignore lets through, whatever npm ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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

test('vsce package --no-dependencies builds a .vsix with exactly the extension\'s files', async () => {
  const vsix = path.join(tempTree(), 'rollout-plans.vsix');
  const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const r = await run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], ROOT);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(zipEntries(vsix).sort(), EXPECTED_ENTRIES);
});
