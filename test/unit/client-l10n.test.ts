// Every string the extension shows exists in French: the manifest's %keys% in package.nls.fr.json
// and every vscode.l10n.t(...) message of the client in l10n/bundle.l10n.fr.json, with the same
// placeholders and French typography.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort();

function clientMessages(): string[] {
  const dir = path.join(ROOT, 'client/src');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
  return files.flatMap(f => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map(m => m[1]));
}

test('every manifest %key% has an English and a French text', () => {
  const keys = [...read('package.json').matchAll(/"%([\w.]+)%"/g)].map(m => m[1]);
  const en = JSON.parse(read('package.nls.json'));
  const fr = JSON.parse(read('package.nls.fr.json'));
  for (const key of keys) {
    assert.ok(en[key], `package.nls.json has ${key}`);
    assert.ok(fr[key], `package.nls.fr.json has ${key}`);
  }
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
});

test('every client message has a French translation with the same placeholders', () => {
  const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.fr.json'));
  const messages = clientMessages();
  assert.ok(messages.length > 50);
  for (const message of messages) {
    assert.ok(message in bundle, `l10n/bundle.l10n.fr.json translates "${message}"`);
    assert.deepEqual(placeholders(bundle[message]), placeholders(message), message);
  }
});

test('French UI texts use a no-break space before : ; ? ! % and inside « »', () => {
  const texts = [...Object.values(JSON.parse(read('l10n/bundle.l10n.fr.json'))), ...Object.values(JSON.parse(read('package.nls.fr.json')))] as string[];
  for (const text of texts) {
    assert.doesNotMatch(text.replace(/\]\([^)]*\)|command:[\w.]+/g, ''), / [:;?!%]/, text);
    assert.doesNotMatch(text, /«(?!\u00a0)|(?<!\u00a0)»/, text);
  }
});

test('the French bundle holds only messages the client shows (words for plan values come from the server)', () => {
  const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.fr.json'));
  const shown = new Set(clientMessages());
  assert.deepEqual(Object.keys(bundle).filter(message => !shown.has(message)), []);
});
