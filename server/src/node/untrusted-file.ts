// Reads a file from the workspace, which is untrusted input: a plan or a config may be a FIFO (the
// read would wait forever for a writer), a link to /dev/zero (endless bytes) or simply huge. So a
// file is opened without blocking, checked on the opened descriptor (not on the path, which could
// change in between), refused unless it is a regular file within the size cap, and at most cap+1
// bytes are ever read (a file that grows while being read is refused too).
import fs from 'node:fs';
import type { Message } from '../service';

export { MAX_CONFIG_BYTES, MAX_PLAN_BYTES } from '../file-limits';

/** the text, or why it was not read (a catalog message) */
export type UntrustedRead = { text: string } | { refused: Message };

// O_NONBLOCK does not exist on Windows, where opening a named pipe does not wait for a writer
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

/** Why a file or folder could not be read, from Node's error code, as a catalog message. */
export function ioReason(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return { key: 'io.reason.ENOENT' };
    case 'EACCES': case 'EPERM': return { key: 'io.reason.EACCES' };
    case 'ELOOP': return { key: 'io.reason.ELOOP' };
    case 'ENOTDIR': return { key: 'io.reason.ENOTDIR' };
    case 'EISDIR': return { key: 'io.reason.EISDIR' };
    case 'EMFILE': case 'ENFILE': return { key: 'io.reason.EMFILE' };
    default: return { key: 'io.reason.other', args: { detail: code ?? (error as Error)?.message ?? String(error) } };
  }
}

const tooLarge = (maxBytes: number): Message => ({ key: 'io.reason.tooLarge', args: { max: Math.round(maxBytes / 1024 / 1024) } });

/** What the opened file is not allowed to be, judged on its descriptor's stat. */
function refusal(stat: fs.Stats, maxBytes: number): Message | undefined {
  if (stat.isDirectory()) return ioReason({ code: 'EISDIR' });
  if (!stat.isFile()) return { key: 'io.reason.notRegularFile' };
  return stat.size > maxBytes ? tooLarge(maxBytes) : undefined;
}

/** How much to ask for next: what stat announced (plus one byte to see growth), never past cap+1. */
const nextChunk = (size: number, total: number, maxBytes: number) => Math.min(maxBytes + 1 - total, Math.max(size + 1 - total, CHUNK));

/** UTF-8 decoding that never fails (invalid bytes become U+FFFD, as an editor shows them), without the byte order mark. */
export function decode(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function result(chunks: Buffer[], total: number, maxBytes: number): UntrustedRead {
  return total > maxBytes ? { refused: tooLarge(maxBytes) } : { text: decode(Buffer.concat(chunks, total)) };
}

export async function readUntrusted(file: string, maxBytes: number): Promise<UntrustedRead> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, OPEN_FLAGS);
    const stat = await handle.stat();
    const refused = refusal(stat, maxBytes);
    if (refused) return { refused };
    const chunks: Buffer[] = [];
    let total = 0;
    for (let want; (want = nextChunk(stat.size, total, maxBytes)) > 0;) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(want), 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return result(chunks, total, maxBytes);
  } catch (error) {
    return { refused: ioReason(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
