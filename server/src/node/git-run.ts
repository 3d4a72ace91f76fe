// Runs `git` for the readiness diff (the CLI's `diff`, the editor's "Compare with Branch…"): no
// shell (arguments are never parsed again), no prompt for credentials, English messages, bounded
// output and time. A failure is a GitError whose `reason` is a catalog message, so each front end
// words it in its own language.
import { execFile } from 'node:child_process';
import type { Message } from '../service';

/** A git list (names, refs) of a plan repository fits in far less; past this, something is wrong. */
export const MAX_GIT_OUTPUT = 64 * 1024 * 1024;
/** Long enough for a cold cache on a large repository, short enough that CI does not hang. */
export const GIT_TIMEOUT_MS = 60_000;

export class GitError extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
  }
}

/** The environment of every git run: no terminal prompt (CI would hang), C locale (stable messages), no lock taken for a read. */
export const gitEnv = (env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv =>
  ({ ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' });

export interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** The first line git wrote on stderr, without its `fatal: ` prefix, as a detail for a message. */
export const gitDetail = (stderr: string) => (stderr.split('\n').find(l => l.trim()) ?? '').replace(/^(fatal|error): /, '').trim();

/**
 * Runs `git <args>` in `cwd` and resolves with its exit code and output, whatever the code (callers
 * decide what a non-zero code means); rejects with a GitError when git is missing, too slow or too verbose.
 */
export function runGit(cwd: string, args: readonly string[], options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<GitRun> {
  const command = args[0] ?? '';
  return new Promise((resolve, reject) => {
    execFile('git', ['--no-pager', ...args], {
      cwd, env: gitEnv(), encoding: 'buffer', windowsHide: true, killSignal: 'SIGKILL',
      maxBuffer: options.maxBytes ?? MAX_GIT_OUTPUT, timeout: options.timeoutMs ?? GIT_TIMEOUT_MS,
    }, (error, stdout, stderr) => {
      if (error === null) return resolve({ code: 0, stdout, stderr: stderr.toString('utf8') });
      const code = (error as NodeJS.ErrnoException).code as string | number | undefined;
      if (code === 'ENOENT') return reject(new GitError({ key: 'git.missing' }));
      if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        return reject(new GitError({ key: 'git.tooMuchOutput', args: { command, max: Math.round((options.maxBytes ?? MAX_GIT_OUTPUT) / 1024 / 1024) } }));
      }
      if (error.killed) return reject(new GitError({ key: 'git.timeout', args: { command, seconds: Math.round((options.timeoutMs ?? GIT_TIMEOUT_MS) / 1000) } }));
      if (typeof code === 'number') return resolve({ code, stdout, stderr: stderr.toString('utf8') });
      reject(new GitError({ key: 'git.failed', args: { command, detail: String(code ?? error.message) } }));
    });
  });
}

/** `runGit` that must succeed: a non-zero exit is a GitError with git's own first line. */
export async function gitOutput(cwd: string, args: readonly string[], options?: { timeoutMs?: number; maxBytes?: number }): Promise<Buffer> {
  const run = await runGit(cwd, args, options);
  if (run.code !== 0) throw new GitError({ key: 'git.failed', args: { command: args[0] ?? '', detail: gitDetail(run.stderr) || `exit ${run.code}` } });
  return run.stdout;
}

/** NUL-separated fields (`-z` output), without the empty one after the last NUL. */
export function splitNul(bytes: Buffer): string[] {
  const fields = bytes.toString('utf8').split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  return fields;
}
