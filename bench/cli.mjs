#!/usr/bin/env node
// The CLI's target of issue 7: `rollout-plan check` on 200 plans of ~350 lines must finish within
// 1.5x of the time the `yaml` library alone takes to parse the same files.
//   node bench/cli.mjs [--plans 200] [--runs 5]
// Both sides are timed as whole fresh processes (Node start, reading the files, work), median of
// --runs after one warm-up run each: the floor reads and `yaml.parseDocument`s every file, the CLI checks them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planText } from './gen-plan.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const plans = option('--plans', 200);
const runs = option('--runs', 5);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-cli-bench-'));
let lines = 0;
for (let i = 0; i < plans; i++) {
  const text = planText(10, 1000 + i); // 10 phases ≈ 340 lines
  lines += text.split('\n').length;
  fs.writeFileSync(path.join(dir, `plan-${String(i).padStart(3, '0')}.rollout.yaml`), text);
}

const yamlModule = path.join(root, 'node_modules', 'yaml');
const floorScript = `
const fs = require('fs'), path = require('path'), { parseDocument } = require(${JSON.stringify(yamlModule)});
const dir = process.argv[1];
for (const f of fs.readdirSync(dir)) parseDocument(fs.readFileSync(path.join(dir, f), 'utf8'));`;
function time(command, argv) {
  const started = process.hrtime.bigint();
  let output;
  try {
    output = execFileSync(command, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    output = error.stdout ?? ''; // exit 1 would mean findings: reported below
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, output };
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const measure = (command, argv) => {
  time(command, argv); // warm the file cache
  return Array.from({ length: runs }, () => time(command, argv));
};
const floor = measure(process.execPath, ['-e', floorScript, dir]);
const cli = measure(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--format', 'json', '.']);
const diagnostics = JSON.parse(cli[0].output).reduce((n, f) => n + f.diagnostics.length, 0);
if (diagnostics !== 0) throw new Error(`generated plans should be clean, the CLI found ${diagnostics} diagnostics`);

const f = median(floor.map(r => r.ms));
const c = median(cli.map(r => r.ms));
const ratio = c / f;
console.log(`rollout-plan check: ${plans} plans, ${lines} lines, ${runs} runs (median, whole processes)`);
console.log(`| yaml parse of the same files (floor) | ${f.toFixed(0)} ms |`);
console.log(`| rollout-plan check | ${c.toFixed(0)} ms |`);
console.log(`| ratio | ${ratio.toFixed(2)}x (target <= 1.5x): ${ratio <= 1.5 ? 'PASS' : 'FAIL'} |`);
fs.rmSync(dir, { recursive: true, force: true });
