// Reads many blobs through one `git cat-file --batch` process (one process per blob would cost
// ~5 ms each: 200 plans must stay within twice a `check`). The blobs come from the repository's
// history, so they are untrusted like files: a size cap, and a binary blob (a NUL byte) refused.
import { spawn } from 'node:child_process';
import type { Message } from '../service';
import { GIT_TIMEOUT_MS, GitError, gitEnv } from './git-run';
import { decode } from './untrusted-file';

/** the text, or why it was not read (a catalog message) */
export type BlobRead = { text: string } | { refused: Message };

/** A blob to read: its object id and the size `ls-tree -l` announced (so the output can be bounded). */
export interface BlobRef {
  oid: string;
  size: number;
}

const NL = 0x0a;

/** Cuts `cat-file --batch` output (`<oid> <type> <size>\n<bytes>\n`, or `<oid> missing\n`) into each object's bytes. */
export function parseBatch(out: Buffer): Map<string, Buffer | undefined> {
  const objects = new Map<string, Buffer | undefined>();
  for (let at = 0; at < out.length;) {
    const eol = out.indexOf(NL, at);
    if (eol < 0) break;
    const [oid, type, size] = out.subarray(at, eol).toString('latin1').split(' ');
    if (type === 'missing' || size === undefined) {
      objects.set(oid, undefined);
      at = eol + 1;
      continue;
    }
    const end = eol + 1 + Number(size);
    objects.set(oid, out.subarray(eol + 1, end));
    at = end + 1;
  }
  return objects;
}

const binary: Message = { key: 'git.reason.binary' };

/** The text of a blob's bytes as the service reads a file: UTF-8, without a byte order mark; line ends kept. */
export const blobText = (bytes: Buffer): BlobRead => (bytes.includes(0) ? { refused: binary } : { text: decode(bytes) });

/** Reads every blob in one `git cat-file --batch` run in `cwd`; a blob git does not have maps to undefined. */
export function readBlobs(cwd: string, blobs: readonly BlobRef[], timeoutMs = GIT_TIMEOUT_MS): Promise<Map<string, BlobRead | undefined>> {
  if (blobs.length === 0) return Promise.resolve(new Map());
  // headers are at most ~60 bytes each; more than announced means the objects are not the ones listed
  const maxBytes = blobs.reduce((n, b) => n + b.size + 128, 0);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--no-pager', 'cat-file', '--batch'], { cwd, env: gitEnv(), windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let received = 0;
    let stderr = '';
    let failure: GitError | undefined;
    const fail = (error: GitError) => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => fail(new GitError({ key: 'git.timeout', args: { command: 'cat-file', seconds: Math.round(timeoutMs / 1000) } })), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) fail(new GitError({ key: 'git.tooMuchOutput', args: { command: 'cat-file', max: Math.ceil(maxBytes / 1024 / 1024) } }));
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', (error: NodeJS.ErrnoException) => fail(new GitError(error.code === 'ENOENT' ? { key: 'git.missing' } : { key: 'git.failed', args: { command: 'cat-file', detail: error.message } })));
    // git may exit before reading everything (a broken repository): its exit code says so, not EPIPE
    child.stdin.on('error', () => undefined);
    child.on('close', code => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      if (code !== 0) return reject(new GitError({ key: 'git.failed', args: { command: 'cat-file', detail: stderr.trim() || `exit ${code}` } }));
      const objects = parseBatch(Buffer.concat(chunks, received));
      resolve(new Map(blobs.map(b => {
        const bytes = objects.get(b.oid);
        return [b.oid, bytes === undefined ? undefined : blobText(bytes)];
      })));
    });
    child.stdin.end(blobs.map(b => `${b.oid}\n`).join(''));
  });
}
