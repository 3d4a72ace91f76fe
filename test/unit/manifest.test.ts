// The .vsix holds only what .vscodeignore lets through: every file the manifest points at must be
// among them (a missing activity-bar icon or grammar only shows once the extension is installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { ROOT } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const kept = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n')
  .filter(line => line.startsWith('!')).map(line => line.slice(1).trim());

/** Every relative file path the manifest refers to. */
function referencedFiles(): string[] {
  const files = [manifest.main, ...Object.values(manifest.bin as Record<string, string>)];
  const c = manifest.contributes;
  for (const l of c.languages) if (l.configuration) files.push(l.configuration);
  for (const g of c.grammars) files.push(g.path);
  for (const s of c.snippets) files.push(s.path);
  for (const j of c.jsonValidation) files.push(j.url);
  for (const v of Object.values(c.viewsContainers ?? {}).flat() as { icon?: string }[]) if (v.icon) files.push(v.icon);
  files.push('l10n/bundle.l10n.fr.json', 'package.nls.json', 'package.nls.fr.json', 'dist/server.js');
  return files.map(f => path.normalize(f));
}

test('every file the manifest refers to exists and goes into the .vsix', () => {
  for (const file of referencedFiles()) {
    assert.ok(fs.existsSync(path.join(ROOT, file)) || file.startsWith('dist'), `${file} exists`);
    assert.ok(kept.some(pattern => minimatch(file, pattern)), `${file} is kept by .vscodeignore`);
  }
});

test("the README's command for other editors starts the server with the client's Node options", () => {
  const { execArgv } = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/src/node-flags.json'), 'utf8')) as { execArgv: string[] };
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.ok(readme.includes(`node ${execArgv.join(' ')} dist/server.js --stdio`), 'README.md shows a different command');
});
