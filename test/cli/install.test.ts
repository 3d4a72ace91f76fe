// The installable CLI: `npm pack` ships dist/cli.js, the schemas and the user's docs and nothing
// else; that tarball installed into an empty folder, offline and with no dependency, gives a
// working `npx rollout-plan` (check, report, init, diff). Packs the dist that `npm test` just built.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ERRORS, ROOT, tempTree, write } from './cli-helpers';
import { run } from './package-helpers';

const EXPECTED_FILES = [
  'LICENSE',
  'README.md',
  'dist/cli.js',
  'docs/checks.md',
  'docs/ci.md',
  'docs/format.md',
  'docs/readiness.md',
  'docs/security.md',
  'package.json',
  'schemas/rollout-plan.config.schema.json',
  'schemas/rollout-plan.schema.fr.json',
  'schemas/rollout-plan.schema.json',
];
/** dist/cli.js is about 1.2 MB and compresses to a quarter: an extension bundle or a source map would pass these */
const MAX_TARBALL_BYTES = 400_000;
const MAX_UNPACKED_BYTES = 1_600_000;

/** English, no colour, and no npm settings of the `npm run` that started the tests */
const ENV: NodeJS.ProcessEnv = Object.fromEntries([
  ...Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
  ['LANG', 'C.UTF-8'], ['LC_ALL', ''], ['LC_MESSAGES', ''], ['NO_COLOR', '1'],
]);
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Packed { filename: string; size: number; unpackedSize: number; files: { path: string }[] }
let packed: Packed;
let app: string;

const npx = (args: string[], cwd = app) => run('npx', ['--no', '--', 'rollout-plan', ...args], cwd, ENV);

before(async () => {
  const out = tempTree();
  const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], ROOT, ENV);
  assert.equal(pack.code, 0, pack.stderr);
  packed = (JSON.parse(pack.stdout) as Packed[])[0];
  app = tempTree({ 'package.json': JSON.stringify({ name: 'plans', version: '1.0.0', private: true }) });
  const install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(out, packed.filename)], app, ENV);
  assert.equal(install.code, 0, install.stderr);
  fs.cpSync(path.join(ROOT, 'examples'), path.join(app, 'plans'), { recursive: true });
});

test('npm pack ships exactly the CLI bundle, the schemas, the user docs, README, LICENSE and package.json', () => {
  assert.deepEqual(packed.files.map(f => f.path).sort(), EXPECTED_FILES);
  assert.ok(packed.size < MAX_TARBALL_BYTES, `tarball of ${packed.size} bytes`);
  assert.ok(packed.unpackedSize < MAX_UNPACKED_BYTES, `unpacked ${packed.unpackedSize} bytes`);
});

test('the package installs offline with no dependency and its bin is rollout-plan, at the package version', async () => {
  const installed = fs.readdirSync(path.join(app, 'node_modules')).filter(name => !name.startsWith('.'));
  assert.deepEqual(installed, ['rollout-plans'], 'nothing but the package itself: every bundle is self-contained');
  const r = await npx(['--version']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), version);
});

test('npx rollout-plan check passes the examples and fails a plan with errors', async () => {
  const clean = await npx(['check'], path.join(app, 'plans'));
  assert.equal(clean.code, 0, clean.stdout + clean.stderr);
  // the four plans and their programme file
  assert.equal(clean.stdout, 'No problems in 4 plans and 1 programme file.\n');
  write(app, 'broken/dup.rollout.yaml', ERRORS);
  const broken = await npx(['check', 'broken']);
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /duplicate-id/);
});

test('npx rollout-plan report prints the Markdown report with the timeline block', async () => {
  const r = await npx(['report', 'plans/intune-pilote.rollout.yaml', '--locale', 'en']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# Readiness report\n/);
  assert.match(r.stdout, /^## Pilote de gestion des appareils mobiles avec Intune \(`intune-pilote`\)$/m);
  assert.match(r.stdout, /^```mermaid\ngantt$/m);
});

test('npx rollout-plan init writes a starter plan that the check passes', async () => {
  const r = await npx(['init', 'new/crm.rollout.yaml']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(fs.readFileSync(path.join(app, 'new/crm.rollout.yaml'), 'utf8'), /^kind: RolloutPlan$/m);
  assert.equal((await npx(['check', 'new'])).code, 0);
});

test('npx rollout-plan diff compares a plan with a git ref', async () => {
  const diffHelp = await npx(['diff', '--help']);
  assert.equal(diffHelp.code, 0, diffHelp.stderr);
  assert.match(diffHelp.stdout, /--base/);
  const repo = path.join(app, 'repo');
  fs.mkdirSync(repo);
  const plan = fs.readFileSync(path.join(ROOT, 'examples/intune-pilote.rollout.yaml'), 'utf8');
  write(repo, 'intune-pilote.rollout.yaml', plan);
  const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], repo, ENV);
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-qm', 'plan']]) assert.equal((await git(...args)).code, 0);
  write(repo, 'intune-pilote.rollout.yaml', plan.replace(/^ {2}title: Pilote de gestion.*$/m, '  title: Pilote Intune'));
  const diff = await npx(['diff', '--base', 'HEAD', '--format', 'json'], repo);
  assert.equal(diff.code, 0, diff.stderr);
  assert.match(diff.stdout, /intune-pilote/);
});
