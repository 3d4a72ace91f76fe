// Bad input is normal input for an editor: each of these gets a clear diagnostic or is handled,
// never a crash, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { diagnose, ROOT } from './helpers';

const read = (name: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures/bad-input', name), 'utf8');
const codes = async (text: string) => (await diagnose(text)).map(d => d.code);

test('an empty file asks for the required keys', async () => {
  const diags = await diagnose(read('empty.rollout.yaml'));
  assert.deepEqual(diags.map(d => String(d.message)).filter(m => /apiVersion|kind|metadata|phases/.test(m)).length, 4);
});

test('a file that is only a comment is treated like an empty plan', async () => {
  assert.ok((await codes(read('only-comment.rollout.yaml'))).every(c => c === 'schema'));
});

test('a list at the top level says a plan must be a map', async () => {
  const diags = await diagnose(read('top-level-list.rollout.yaml'));
  assert.equal(diags.length, 1);
  assert.match(String(diags[0].message), /must be a YAML map/);
});

test('a string where the phase list is expected is a type error on that value', async () => {
  const diags = (await diagnose(read('string-not-map.rollout.yaml'))).filter(d => d.code === 'schema');
  assert.ok(diags.some(d => /`phases` must be a list/.test(String(d.message))), JSON.stringify(diags.map(d => String(d.message))));
});

test('tab indentation is a yaml-syntax error that names tabs', async () => {
  const diags = (await diagnose(read('tabs.rollout.yaml'))).filter(d => d.code === 'yaml-syntax');
  assert.ok(diags.some(d => /tabs/.test(String(d.message))));
});

for (const name of ['crlf.rollout.yaml', 'bom.rollout.yaml', 'anchors-merge.rollout.yaml']) {
  test(`${name} is a valid plan and gets no diagnostic`, async () => {
    assert.deepEqual((await diagnose(read(name))).map(d => `${d.range.start.line + 1}:${d.code} ${d.message}`), []);
  });
}

test('CRLF line endings keep ranges on the right line and column', async () => {
  const text = read('crlf.rollout.yaml').replace(/type: pilot/, 'type: pliot');
  const [d] = await diagnose(text);
  const line = text.split('\r\n').findIndex(l => l.includes('pliot'));
  assert.equal(d.range.start.line, line);
  assert.equal(d.range.start.character, text.split('\r\n')[line].indexOf('pliot'));
});

test('a Latin-1 file decoded with replacement characters is still checked', async () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/bad-input/latin1.rollout.yaml')).toString('utf8');
  assert.ok(text.includes('\uFFFD'));
  assert.deepEqual(await codes(text), []);
});

test('an alias bomb gets a diagnostic instead of exhausting memory', async () => {
  const started = Date.now();
  const diags = await diagnose(read('alias-bomb.rollout.yaml'));
  assert.ok(diags.some(d => /alias/i.test(String(d.message))), JSON.stringify(diags.map(d => String(d.message))));
  assert.ok(Date.now() - started < 5000);
});

test('binary bytes are reported as not text', async () => {
  const diags = await diagnose(read('binary.rollout.yaml'));
  assert.deepEqual(diags.map(d => d.code), ['yaml-syntax']);
  assert.match(String(diags[0].message), /not text/);
});

test('deeply nested junk and a 10 MB plan are handled', async () => {
  assert.ok((await diagnose(`phases: ${'['.repeat(10000)}${']'.repeat(10000)}\n`)).length > 0);
  const example = fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8');
  const [head, phases] = example.split(/^phases:\s*$/m);
  let big = `${head}phases:\n`;
  for (let i = 0; big.length < 10_000_000; i++) big += phases.replace(/(- id: |after: \[|\n {6}- )([a-z-]+)/g, `$1$2-${i}`);
  const diags = await diagnose(big);
  assert.ok(Array.isArray(diags));
});

test("yaml's debugging switches in the environment never print into the server's stdout (the LSP channel)", async () => {
  // yaml's CommonJS build logs every token to stdout when LOG_TOKENS is set; over --stdio that output
  // would corrupt the protocol. The bundles use yaml's ES module build, which has no such switch (esbuild.mjs).
  const printed: unknown[] = [];
  const log = console.log;
  process.env.LOG_TOKENS = '1';
  process.env.LOG_STREAM = '1';
  console.log = (...args: unknown[]) => { printed.push(args); };
  try {
    await diagnose(fs.readFileSync(path.join(ROOT, 'examples', 'intune-pilote.rollout.yaml'), 'utf8'));
  } finally {
    console.log = log;
    delete process.env.LOG_TOKENS;
    delete process.env.LOG_STREAM;
  }
  assert.deepEqual(printed, []);
});
