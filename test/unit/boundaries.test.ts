// The boundaries of docs/architecture.md ("Boundaries") are lint rules. Each one is shown failing
// on the mistake it exists for, so a config change that quietly disables a rule fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from './helpers';

const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.mjs') });

/** `rule: message` for each problem ESLint finds in `text`, linted as if it were the file `file`. */
async function problems(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return result.messages.map(m => `${m.ruleId}: ${m.message}`);
}

const IN_SERVICE = 'server/src/service/plan/boundary-probe.ts';
const SERVICE_PACKAGES = 'The service runs in Node and in a Web Worker: it may import only yaml, vscode-languageserver-types and vscode-languageserver-textdocument (no Node module, no vscode, no vscode-languageserver).';

test('the service may not import a Node module, vscode or vscode-languageserver', async () => {
  for (const module of ['node:fs', 'path', 'vscode', 'vscode-languageserver/node', 'vscode-languageserver']) {
    assert.deepEqual(await problems(IN_SERVICE, `import * as m from '${module}';\nexport const x = m;\n`),
      [`@typescript-eslint/no-restricted-imports: '${module}' import is restricted from being used by a pattern. ${SERVICE_PACKAGES}`], module);
  }
});

test('the service may not import a file outside its folder', async () => {
  assert.deepEqual(await problems(IN_SERVICE, `import { isPersonId } from '../../protocol';\nexport const x = isPersonId;\n`),
    ['import-x/no-restricted-paths: Unexpected path "../../protocol" imported in restricted zone. The service imports nothing outside server/src/service but schemas/ (docs/architecture.md, "Boundaries").']);
});

test('ajv is for its types only in the service: the validators are compiled at build time', async () => {
  assert.deepEqual(await problems(IN_SERVICE, `import type { ErrorObject } from 'ajv';\nexport type E = ErrorObject;\n`), []);
  assert.deepEqual(await problems(IN_SERVICE, `import Ajv from 'ajv';\nexport const x = Ajv;\n`),
    ["@typescript-eslint/no-restricted-imports: 'ajv' import is restricted from being used by a pattern. The service imports ajv for its types only: the validators are compiled at build time (scripts/gen-validators.mjs)."]);
});

test('the service may import its own files, the schemas and the packages that run anywhere', async () => {
  const imports = [
    `import { parseOne } from './bounded-yaml';`,
    `import { absStart } from '../plan/parse';`,
    `import schema from '../../../../schemas/rollout-plan.schema.json';`,
    `import { parseDocument } from 'yaml';`,
    `import { Range } from 'vscode-languageserver-types';`,
    `import { TextDocument } from 'vscode-languageserver-textdocument';`,
  ];
  const text = `${imports.join('\n')}\nexport const all = [parseOne, absStart, schema, parseDocument, Range, TextDocument];\n`;
  assert.deepEqual(await problems(IN_SERVICE, text), []);
});

test('front ends may import Node modules', async () => {
  assert.deepEqual(await problems('server/src/node/boundary-probe.ts', `import fs from 'node:fs';\nexport const x = fs;\n`), []);
});

test('an import cycle fails the lint anywhere in the project', async () => {
  // no-cycle follows imports on disk, so both files of the cycle are written (and removed after)
  const dir = fs.mkdtempSync(path.join(ROOT, 'test', 'unit', 'cycle-probe-'));
  try {
    fs.writeFileSync(path.join(dir, 'first.ts'), `import { second } from './second';\nexport const first = () => second();\n`);
    fs.writeFileSync(path.join(dir, 'second.ts'), `import { first } from './first';\nexport const second = () => first();\n`);
    const [result] = await eslint.lintFiles([path.join(dir, 'first.ts')]);
    assert.deepEqual(result.messages.map(m => `${m.ruleId}: ${m.message}`), ['import-x/no-cycle: Dependency cycle detected']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a cycle through type-only imports fails the lint too (scripts/import-cycles.mjs)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
  try {
    fs.mkdirSync(path.join(root, 'server/src'), { recursive: true });
    fs.writeFileSync(path.join(root, 'server/src/a.ts'), "import type { B } from './b';\nexport interface A { b?: B }\n");
    fs.writeFileSync(path.join(root, 'server/src/b.ts'), "export type { A as B } from './a';\n");
    const cycle = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import-cycles.mjs'), '--root', root], { encoding: 'utf8' });
    assert.equal(cycle.status, 1);
    assert.equal(cycle.stderr.trim(), 'import cycle (type imports included): server/src/a.ts → server/src/b.ts → server/src/a.ts');
    fs.writeFileSync(path.join(root, 'server/src/b.ts'), 'export type B = string;\n');
    assert.equal(spawnSync(process.execPath, [path.join(ROOT, 'scripts/import-cycles.mjs'), '--root', root]).status, 0);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
