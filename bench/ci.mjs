#!/usr/bin/env node
// Issue 20's CI targets, side by side in one run on the same generated plans: `rollout-plan check`
// cold (every core) within 1.0x of `ajv validate` (npm ajv-cli, the project's schema alone), and
// `check --cache` with nothing changed within 10 % of the cold run. It also fails when a plan's
// findings differ between the threads and one thread (--jobs 1), or when either tool did not see
// every file, or when they differ between the fast parse path and `yaml` alone
// (ROLLOUT_PLAN_REFERENCE_PARSE=1, the reference). Each plan has its own id, people and dates (a programme of distinct rollouts); every
// 100th plan has a broken cross-plan link and the first three are one plan copied (same id, people
// and dates: duplicate-id and its company), so that there are findings to compare.
//   node bench/ci.mjs [--plans 2000] [--runs 3]
// Whole fresh processes, median of --runs after one warm-up run each (the file cache is warm).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memberPlanText, planText } from './gen-plan.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const plans = option('--plans', 2000);
const runs = option('--runs', 3);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cliJs = path.join(root, 'dist/cli.js');
const ajvJs = path.join(root, 'node_modules/ajv-cli/dist/index.js');

const DUPLICATES = 3;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-ci-bench-'));
const plansDir = path.join(dir, 'plans');
fs.mkdirSync(plansDir);
for (let i = 0; i < plans; i++) {
  let text = i < DUPLICATES ? planText(10, 1000) : memberPlanText(10, i);
  if (i % 100 === 50) text = text.replace('after: [cadrage-1]', 'after: [altura-0001/absent]');
  fs.writeFileSync(path.join(plansDir, `plan-${String(i).padStart(4, '0')}.rollout.yaml`), text);
}
const cacheFile = path.join(dir, 'cache', '.rollout-plan-cache');

function run(command, argv, env = {}) {
  const started = process.hrtime.bigint();
  let stdout, stderr = '';
  try {
    stdout = execFileSync(command, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ROLLOUT_PLAN_DEBUG: '1', ...env } });
  } catch (error) {
    // exit 1: findings (check) or invalid files (ajv); anything else has no output to read
    if (error.status !== 1) throw error;
    ({ stdout, stderr } = error);
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, stdout, stderr };
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const measure = (command, argv, before = () => undefined) => {
  before();
  run(command, argv); // warm-up
  return Array.from({ length: runs }, () => (before(), run(command, argv)));
};

const check = ['check', '--format', 'json', 'plans'];
const cold = measure(process.execPath, [cliJs, ...check]);
const single = run(process.execPath, [cliJs, ...check, '--jobs', '1']);
const reference = run(process.execPath, [cliJs, ...check], { ROLLOUT_PLAN_REFERENCE_PARSE: '1' });
run(process.execPath, [cliJs, ...check, '--cache-location', cacheFile]); // fills the cache
const warm = measure(process.execPath, [cliJs, ...check, '--cache-location', cacheFile]);
// ajv-cli prints `<file> valid` or `<file> invalid` (then its errors) for each file
const ajvArgs = [ajvJs, 'validate', '-s', path.join(root, 'schemas/rollout-plan.schema.json'), '-d', 'plans/*.rollout.yaml', '--strict=false', '--validate-formats=false', '--errors=line'];
const ajv = measure(process.execPath, ajvArgs);
// the parse alone, one thread: check parses each plan once (the analysis its summary comes from
// keeps its own findings for its check), split over the threads, so floor / threads is the part of
// the cold run that is the parse
// yaml's ES module build, the one dist/ bundles (its CommonJS build reads process.env on every token)
const floorScript = `import fs from 'node:fs'; import path from 'node:path';
const { parseDocument } = await import(${JSON.stringify(path.join(root, 'node_modules/yaml/browser/index.js'))});
for (const f of fs.readdirSync('plans')) parseDocument(fs.readFileSync(path.join('plans', f), 'utf8'));`;
const floor = measure(process.execPath, ['--input-type=module', '-e', floorScript]);

const files = JSON.parse(cold[0].stdout);
const ajvSaw = new Set((ajv[0].stdout + ajv[0].stderr).split('\n').flatMap(line => /^(plans\/\S+\.rollout\.yaml) (valid|invalid)\b/.exec(line)?.[1] ?? []));
const ajvInvalid = (ajv[0].stdout + ajv[0].stderr).split('\n').filter(line => /^plans\/\S+ invalid\b/.test(line)).length;
const findings = files.reduce((n, f) => n + f.diagnostics.length, 0);
const threads = /on (\d+) threads/.exec(cold[0].stderr)?.[1];
const reused = /(\d+) from the cache/.exec(warm[0].stderr)?.[1];

const c = median(cold.map(r => r.ms));
const w = median(warm.map(r => r.ms));
const a = median(ajv.map(r => r.ms));
const f = median(floor.map(r => r.ms));
const verdict = ok => (ok ? 'PASS' : 'FAIL');
const checks = [
  [`check saw every file (${files.length} of ${plans})`, files.length === plans],
  [`ajv saw every file (${ajvSaw.size} of ${plans}; it calls ${ajvInvalid} invalid)`, ajvSaw.size === plans],
  [`findings identical on ${threads} threads and on one (${findings} findings)`, single.stdout === cold[0].stdout && findings > 0],
  ['findings identical on the fast and the reference parse', reference.stdout === cold[0].stdout],
  [`--cache reused every plan (${reused} of ${plans})`, Number(reused) === plans],
  [`check cold ${(c / a).toFixed(2)}x ajv validate (target <= 1.0x)`, c <= a],
  [`check --cache ${((w / c) * 100).toFixed(1)} % of cold (target <= 10 %)`, w <= 0.1 * c],
];
console.log(`rollout-plan check vs ajv-cli: ${plans} plans, ${os.availableParallelism()} cores, ${runs} runs (median, whole processes)`);
console.log(`| ajv validate (schema only) | ${a.toFixed(0)} ms |`);
console.log(`| rollout-plan check, cold | ${c.toFixed(0)} ms |`);
console.log(`| rollout-plan check --jobs 1 (one run) | ${single.ms.toFixed(0)} ms |`);
console.log(`| rollout-plan check, cold, yaml parse only (ROLLOUT_PLAN_REFERENCE_PARSE=1, one run) | ${reference.ms.toFixed(0)} ms |`);
console.log(`| rollout-plan check --cache, nothing changed | ${w.toFixed(0)} ms |`);
console.log(`| yaml parseDocument of every file, one thread (floor) | ${f.toFixed(0)} ms; one parse per plan over ${threads} threads ≈ ${(f / Number(threads)).toFixed(0)} ms of the cold run |`);
for (const [what, ok] of checks) console.log(`${verdict(ok)} ${what}`);
fs.rmSync(dir, { recursive: true, force: true });
if (checks.slice(0, 5).some(([, ok]) => !ok)) process.exitCode = 1;
