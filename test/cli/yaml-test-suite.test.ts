// Every input of the YAML conformance suite (test/fixtures/yaml-test-suite) through the real CLI,
// as a whole plan file and inside a phase of a plan, many files per process: each file checked, an
// exit code of 0, 1 or 2, nothing on stderr but the CLI's own `rollout-plan: …` lines (no stack
// trace, no internal error, no library warning), and no hang (a process is killed past its bound).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { HEAD, PLACES, suiteInputs, TAIL } from '../fuzz/yaml-test-suite';
import { CLI, json, tempTree } from './cli-helpers';

/** file name → plan text: each input alone, then in each place of a phase */
const FILES = new Map(suiteInputs().flatMap(({ id, text }) => [
  [`${id}.rollout.yaml`, text],
  ...Object.values(PLACES).map((place, k): [string, string] => [`${id}.in-phase-${k + 1}.rollout.yaml`, HEAD + place(text) + TAIL]),
]));
const BATCH = 200;
/** A process checking 200 small files takes about a second; past this it hangs. */
const TIMEOUT_MS = 30_000;

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** `rollout-plan check --format json .` in a fresh folder holding `names`. */
function checkFiles(names: string[]): Promise<Run> {
  const dir = tempTree(Object.fromEntries(names.map(name => [name, FILES.get(name)!])));
  return new Promise(resolve => {
    execFile(process.execPath, [CLI, 'check', '--format', 'json', '.'],
      { cwd: dir, timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', ROLLOUT_PLAN_DEBUG: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, signal: error?.signal ?? null, stdout, stderr });
      });
  });
}

function problem(run: Run, names: string[]): string | undefined {
  if (run.signal) return `killed by ${run.signal} after ${TIMEOUT_MS} ms`;
  if (run.code === null || ![0, 1, 2].includes(run.code)) return `exit code ${run.code}`;
  const foreign = run.stderr.split('\n').filter(line => line !== '' && !line.startsWith('rollout-plan: '));
  if (foreign.length > 0 || /internal error/.test(run.stderr)) return `stderr: ${run.stderr.slice(0, 600)}`;
  const checked = json<{ file: string }[]>(run.stdout).map(f => f.file).sort();
  if (checked.join('\n') !== [...names].sort().join('\n')) return `checked ${checked.length} of ${names.length} files`;
  return undefined;
}

/** The files of a failing batch that fail on their own, found by halving (at most `MAX_NAMED`). */
const MAX_NAMED = 8;
async function culprits(names: string[], found: string[]): Promise<void> {
  if (found.length >= MAX_NAMED) return;
  const failed = problem(await checkFiles(names), names);
  if (!failed) return;
  if (names.length === 1) found.push(`${names[0]}: ${failed}`);
  else for (const half of [names.slice(0, names.length >> 1), names.slice(names.length >> 1)]) await culprits(half, found);
}

test(`the CLI checks the yaml-test-suite inputs (${FILES.size} plans): every file, exit 0, 1 or 2, nothing foreign on stderr, no hang`, { timeout: 120_000 }, async () => {
  const names = [...FILES.keys()];
  const failures: string[] = [];
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const failed = problem(await checkFiles(batch), batch);
    if (!failed) continue;
    const before = failures.length;
    await culprits(batch, failures);
    if (failures.length === before && before < MAX_NAMED) failures.push(`a batch fails, none of its files alone: ${failed}`);
  }
  assert.deepEqual(failures, []);
});
