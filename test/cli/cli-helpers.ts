// Shared by the CLI tests: run `node dist/cli.js` as a user would, in throwaway folders.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the CLI; English, no colour and no inherited locale unless `env` says otherwise. With
 * `timeoutMs`, a run that hangs is killed and reported as code -1 (a test then fails instead of waiting).
 */
export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '', ...options.env };
  const started = performance.now();
  return new Promise(resolve => {
    execFile(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env, maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder holding `files` (path → text or bytes), removed when the test file ends. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-cli-'));
  created.push(dir);
  for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
  return dir;
}

export function write(dir: string, rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
export const fixture = (rel: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures', rel));

export const CLEAN = example('intune-pilote.rollout.yaml');
/** 5 missing-owner warnings, no error */
export const WARNINGS = fixture('defects/missing-owner.rollout.yaml').toString('utf8');
/** 2 duplicate-id errors */
export const ERRORS = fixture('defects/duplicate-id.rollout.yaml').toString('utf8');

/**
 * A copy of `plan` that is another plan of the same programme: its own `metadata.id`, and every
 * date `4 × shift` years later (a multiple of 4 keeps 29 February valid), so none of its go-live
 * windows or waves overlaps the original's (no duplicate-id, overlapping-go-lives or
 * overloaded-champion across the copies). Its lines stay those of the original.
 */
export function distinctPlan(plan: string, id: string, shift = 1): string {
  const renamed = plan.replace(/^(metadata:\r?\n(?:[ \t].*\r?\n)*?[ \t]+id:[ \t]*)\S+/m, `$1${id}`);
  return renamed.replace(/\b(\d{4})(-\d\d-\d\d)/g, (_, year: string, rest: string) => `${Number(year) + 4 * shift}${rest}`);
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function json<T = any>(text: string): T {
  return JSON.parse(text) as T;
}
