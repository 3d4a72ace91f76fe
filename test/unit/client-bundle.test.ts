// The VS Code client imports a few pure helpers from the service's entry (the plan-detection rule):
// the service is marked free of side effects (server/src/service/package.json), so the bundler takes
// only those and the client never carries the catalog, the schema or the compiled validators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

test('dist/client.js holds none of the service’s heavy parts', () => {
  const client = fs.readFileSync(path.join(ROOT, 'dist/client.js'), 'utf8');
  assert.ok(client.includes('plan-as-code\\/v1'), 'the plan-detection rule is in the client');
  for (const [part, marker] of [
    ['the catalog', 'Fix the indentation or punctuation here.'],
    ['the plan schema', 'x-phaseTypes'],
    ['the compiled validators', 'instancePath'],
  ]) assert.ok(!client.includes(marker), `${part} is not bundled into the client`);
});
