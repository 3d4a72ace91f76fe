#!/usr/bin/env node
// The CLI's targets. Issue 7: `rollout-plan check` on 200 plans of ~350 lines must finish within
// 1.5x of the time the `yaml` library alone takes to parse the same files. Issue 17: `rollout-plan
// diff --base main` on the same 200 plans, each changed since the commit (a date slipped, a task
// done), within 2x of `check` on the changed plans.
//   node bench/cli.mjs [--plans 200] [--runs 5] [--only check|diff]
// Every side is timed as whole fresh processes (Node start, reading the files, work), median of
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
const only = (() => { const i = args.indexOf('--only'); return i >= 0 ? args[i + 1] : undefined; })();
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cliJs = path.join(root, 'dist/cli.js');

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
function benchCheck() {
  const floor = measure(process.execPath, ['-e', floorScript, dir]);
  const cli = measure(process.execPath, [cliJs, 'check', '--format', 'json', '.']);
  const diagnostics = JSON.parse(cli[0].output).reduce((n, f) => n + f.diagnostics.length, 0);
  if (diagnostics !== 0) throw new Error(`generated plans should be clean, the CLI found ${diagnostics} diagnostics`);

  const f = median(floor.map(r => r.ms));
  const c = median(cli.map(r => r.ms));
  const ratio = c / f;
  console.log(`rollout-plan check: ${plans} plans, ${lines} lines, ${runs} runs (median, whole processes)`);
  console.log(`| yaml parse of the same files (floor) | ${f.toFixed(0)} ms |`);
  console.log(`| rollout-plan check | ${c.toFixed(0)} ms |`);
  console.log(`| ratio | ${ratio.toFixed(2)}x (target <= 1.5x): ${ratio <= 1.5 ? 'PASS' : 'FAIL'} |`);
}

/** The plan nine days later at its end, with its first open task done: a slip and a tick for the diff to find. */
function changed(text) {
  const ends = [...text.matchAll(/^ {4}end: (\d{4}-\d{2}-\d{2})$/gm)];
  const last = ends[ends.length - 1];
  const later = new Date(Date.parse(`${last[1]}T00:00:00Z`) + 9 * 86_400_000).toISOString().slice(0, 10);
  const slipped = text.slice(0, last.index) + `    end: ${later}` + text.slice(last.index + last[0].length);
  return slipped.replace('done: false', 'done: true');
}

function benchDiff() {
  const git = (...argv) => execFileSync('git', argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.test', 'commit', '-q', '-m', 'plans');
  for (const f of fs.readdirSync(dir).filter(n => n.endsWith('.rollout.yaml'))) {
    fs.writeFileSync(path.join(dir, f), changed(fs.readFileSync(path.join(dir, f), 'utf8')));
  }
  const check = measure(process.execPath, [cliJs, 'check', '--format', 'json', '.']);
  const diff = measure(process.execPath, [cliJs, 'diff', '--base', 'main', '--format', 'json', '.']);
  const compared = (diff[0].output.match(/\.rollout\.yaml/g) ?? []).length;
  if (compared < plans) throw new Error(`the diff should name the ${plans} changed plans, it named ${compared} paths`);
  const c = median(check.map(r => r.ms));
  const d = median(diff.map(r => r.ms));
  const ratio = d / c;
  console.log(`rollout-plan diff --base main: ${plans} changed plans, ${runs} runs (median, whole processes)`);
  console.log(`| rollout-plan check (the changed plans) | ${c.toFixed(0)} ms |`);
  console.log(`| rollout-plan diff --base main | ${d.toFixed(0)} ms |`);
  console.log(`| ratio | ${ratio.toFixed(2)}x (target <= 2x): ${ratio <= 2 ? 'PASS' : 'FAIL'} |`);
}

if (only !== 'diff') benchCheck();
if (only !== 'check') benchDiff();
fs.rmSync(dir, { recursive: true, force: true });
