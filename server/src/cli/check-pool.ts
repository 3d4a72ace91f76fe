// The worker threads of `rollout-plan check` (./check-worker), from the main thread's side: a
// summary goes to the worker with the fewest pending, a plan's check to the worker that summarised
// it (else the least busy), and each answer comes back by id. Each summary is handed on to the
// other workers as soon as it comes back, with its file's text, so a worker that is through with
// its own share takes them in while the others finish theirs; then every worker is handed the
// run's listing and the files no worker summarised (`share`), never reading them again. The main
// thread keeps the order of the results (collectPlans sorts them), so the output is the same
// whichever worker checked which plan.
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../service';
import type { SummaryJson } from './summary-store';

/** what a worker needs to build the same session as the main thread */
export interface WorkerData {
  cwd: string;
  locale: Locale;
  config: string | undefined;
  inputs: readonly string[];
  today: string;
}

/** a file the main thread read, with its text's hash and its summary */
export interface SharedFile {
  uri: string;
  text: string;
  hash: string;
  summary: SummaryJson;
}

export type WorkerRequest =
  | { kind: 'summarize'; id: number; uri: string; text: string; hash: string }
  | { kind: 'check'; id: number; uri: string; text: string }
  /** files the worker did not summarise itself: it reads and hashes none again; with the run's plan-named files, the last of them */
  | { kind: 'files'; files: SharedFile[]; listing?: readonly string[] };

/** a worker's answer for a checked plan */
export interface CheckAnswer {
  diagnostics: Diagnostic[];
  programmeFile: boolean;
}

export type WorkerReply = { id: number } & ({ summary: SummaryJson } | { checked: CheckAnswer } | { error: string });

/** dist/cli.js itself: off the main thread it serves checks (cli.ts), so the package stays one file */
const WORKER_FILE = __filename;

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

export class CheckPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[];
  /** which worker summarised each plan: it holds the plan's own findings, so its check goes there */
  private readonly summarisedBy = new Map<string, number>();
  private nextId = 0;

  constructor(count: number, data: WorkerData) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(WORKER_FILE, { workerData: data });
      const pending = new Map<number, Pending>();
      worker.on('message', (reply: WorkerReply) => {
        pending.get(reply.id)?.resolve(reply);
        pending.delete(reply.id);
        if (pending.size === 0) worker.unref();
      });
      // a worker that dies fails what it was asked, never the wait of the whole run
      worker.on('error', error => {
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      // an idle worker keeps no process alive (a run that fails early need not stop them)
      worker.unref();
      return { worker, pending };
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** the summary's JSON (the main thread parses it only when it needs it: the cache) */
  async summarize(uri: string, text: string, hash: string): Promise<SummaryJson> {
    const reply = await this.ask({ kind: 'summarize', id: this.nextId++, uri, text, hash }, this.leastBusy());
    this.summarisedBy.set(uri, reply.worker);
    if (!('summary' in reply)) throw new Error('error' in reply ? reply.error : 'no summary');
    const files = [{ uri, text, hash, summary: reply.summary }];
    this.workers.forEach(({ worker }, index) => { if (index !== reply.worker) worker.postMessage({ kind: 'files', files } satisfies WorkerRequest); });
    return reply.summary;
  }

  async check(uri: string, text: string): Promise<CheckAnswer> {
    const reply = await this.ask({ kind: 'check', id: this.nextId++, uri, text }, this.summarisedBy.get(uri) ?? this.leastBusy());
    if ('checked' in reply) return reply.checked;
    throw new Error('error' in reply ? reply.error : 'no diagnostics');
  }

  /** whether a worker was asked for this file's summary (it has been handed on, if there was one) */
  summarised(uri: string): boolean {
    return this.summarisedBy.has(uri);
  }

  /**
   * Once every summary is back: every worker gets the run's listing and `files`, those no worker
   * summarised (the cache's), before any check it is asked afterwards (messages keep their order).
   */
  share(listing: readonly string[], files: SharedFile[]): void {
    for (const { worker } of this.workers) worker.postMessage({ kind: 'files', listing, files } satisfies WorkerRequest);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /** the worker with the fewest requests pending */
  private leastBusy(): number {
    let best = 0;
    this.workers.forEach((w, i) => { if (w.pending.size < this.workers[best].pending.size) best = i; });
    return best;
  }

  private ask(request: Exclude<WorkerRequest, { kind: 'files' }>, index: number): Promise<WorkerReply & { worker: number }> {
    const target = this.workers[index];
    return new Promise((resolve, reject) => {
      target.pending.set(request.id, { resolve: reply => resolve({ ...reply, worker: index }), reject });
      target.worker.ref();
      target.worker.postMessage(request);
    });
  }
}
