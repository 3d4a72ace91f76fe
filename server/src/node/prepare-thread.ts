// The Node server's second thread for a repository's first build (issue 20): closed files are
// prepared there (the service's FilePreparer) while the main thread keeps to edits, requests and
// its own share of the build. Started for the first file, ended once idle: a repository read once
// costs the thread's memory only while it is read. The thread is dist/server.js itself (server.ts).
import { setPriority } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { FilePreparer, preparedFromJson, type Offload, type PrepareRequest } from '../service';

/** the thread ends when no file came for this long (a first build sends them back to back) */
const IDLE_MS = 250;
/**
 * The thread's own heap: a young generation larger than the main thread's (its garbage is one plan's
 * analysis at a time, the costliest part of its collections), an old one that a pathological file
 * cannot grow without bound (the thread then ends, and the main thread prepares that file itself).
 */
const LIMITS = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 96 };

/** nice 19: the thread runs when the main thread has nothing to do */
const LOWEST_PRIORITY = 19;
/** a thread that fails this many times is not started again */
const MAX_FAILURES = 3;

interface Asked { id: number; request: PrepareRequest }
interface Answered { id: number; json?: string }

/** One thread: started when first asked, ended once idle, started again when asked again. */
class PreparingThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, (json: string | undefined) => void>();
  private nextId = 0;
  private idle: NodeJS.Timeout | undefined;
  /** threads that failed (out of memory, or could not start): past a few, the main thread prepares every file */
  private failures = 0;

  constructor(private readonly file: string) {}

  get load(): number {
    return this.pending.size;
  }

  /** the file's PreparedFile as JSON, or undefined (the thread failed, or could not start) */
  prepare(request: PrepareRequest): Promise<string | undefined> {
    clearTimeout(this.idle);
    if (this.failures >= MAX_FAILURES) return Promise.resolve(undefined);
    try {
      const worker = (this.worker ??= this.start());
      return new Promise(resolve => {
        const id = this.nextId++;
        this.pending.set(id, resolve);
        // while a file is away the thread keeps the process alive, so that its answer or its failure comes
        worker.ref();
        worker.postMessage({ id, request } satisfies Asked);
      });
    } catch {
      this.failures++;
      return Promise.resolve(undefined);
    }
  }

  private start(): Worker {
    const started = new Worker(this.file, { resourceLimits: LIMITS });
    started.on('message', ({ id, json }: Answered) => {
      this.pending.get(id)?.(json);
      this.pending.delete(id);
      if (this.pending.size > 0) return;
      started.unref();
      this.idle = setTimeout(() => void started.terminate(), IDLE_MS).unref();
    });
    // out of memory, or any failure: what it was asked is prepared on the main thread, and the next file starts another (MAX_FAILURES)
    started.on('error', () => this.failures++);
    const gone = () => {
      if (this.worker !== started) return;
      this.worker = undefined;
      for (const resolve of this.pending.values()) resolve(undefined);
      this.pending.clear();
    };
    started.on('exit', gone);
    return started;
  }
}

/**
 * The Offload of `count` threads started from `file` (this bundle), each file to the least busy; a
 * file they could not prepare is answered undefined, to be prepared on the main thread.
 */
export function preparingThreads(file: string, count: number): Offload {
  const threads = Array.from({ length: count }, () => new PreparingThread(file));
  return async request => {
    const json = await threads.reduce((best, t) => (t.load < best.load ? t : best)).prepare(request);
    return json === undefined ? undefined : preparedFromJson(json, request.uri);
  };
}

/** The thread's side: prepares each file it is sent, in turn. */
export function servePreparing(): void {
  // the editor's thread first, always: on Linux a thread's nice value is its own (elsewhere this
  // call would lower the whole server's); typing waited half as long (p95 15 ms, not 26–33)
  if (process.platform === 'linux') {
    try {
      setPriority(LOWEST_PRIORITY);
    } catch {
      // kept at the server's priority
    }
  }
  const preparer = new FilePreparer();
  const port = parentPort!;
  port.on('message', ({ id, request }: Asked) => {
    let json: string | undefined;
    try {
      json = preparer.prepare(request);
    } catch {
      // the main thread prepares it, and reports what fails there
    }
    port.postMessage({ id, json } satisfies Answered);
  });
}
