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

/** The chunks of one opened file read so far; its size as stat gave it bounds what is asked. */
class Chunks {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private ended = false;
  constructor(private readonly size: number, private readonly maxBytes: number) {}

  /** the bytes to ask for next, 0 once the file has ended or passed the cap */
  want(): number {
    return this.ended ? 0 : nextChunk(this.size, this.total, this.maxBytes);
  }

  /**
   * The file has ended at a read of nothing, or at a short one that reached the size stat gave (so
   * a file is read in one call); a file that announced no size (/proc, some FUSE mounts) may give
   * short reads before its end, and is read until a read gives nothing.
   */
  add(buffer: Buffer, bytesRead: number, asked: number): void {
    this.chunks.push(buffer.subarray(0, bytesRead));
    this.total += bytesRead;
    this.ended = bytesRead === 0 || (bytesRead < asked && this.size > 0 && this.total >= this.size);
  }

  result(): UntrustedRead {
    return this.total > this.maxBytes ? { refused: tooLarge(this.maxBytes) } : { text: decode(Buffer.concat(this.chunks, this.total)) };
  }
}

export async function readUntrusted(file: string, maxBytes: number): Promise<UntrustedRead> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, OPEN_FLAGS);
    const stat = await handle.stat();
    const refused = refusal(stat, maxBytes);
    if (refused) return { refused };
    const chunks = new Chunks(stat.size, maxBytes);
    for (let want; (want = chunks.want()) > 0;) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(want), 0, want, null);
      chunks.add(buffer, bytesRead, want);
    }
    return chunks.result();
  } catch (error) {
    return { refused: ioReason(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // what was read stands; a descriptor that will not close is the system's to reclaim
  }
}

/**
 * readUntrusted on the calling thread, for a front end with nothing else to do meanwhile (the
 * command line): each call of the asynchronous one is a round trip through libuv's thread pool,
 * which at 2,000 small files cost more than the reads themselves.
 */
export function readUntrustedSync(file: string, maxBytes: number): UntrustedRead {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
    const stat = fs.fstatSync(fd);
    const refused = refusal(stat, maxBytes);
    if (refused) return { refused };
    const chunks = new Chunks(stat.size, maxBytes);
    for (let want; (want = chunks.want()) > 0;) {
      const buffer = Buffer.allocUnsafe(want);
      chunks.add(buffer, fs.readSync(fd, buffer, 0, want, null), want);
    }
    return chunks.result();
  } catch (error) {
    return { refused: ioReason(error) };
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}
