// A worker thread of `rollout-plan check` (./check-pool), started from dist/cli.js itself: its own language service over the same
// files, summarising and checking the plans the main thread hands it. The cross-plan checks read
// the summaries the main thread shares (every file's, made once across the workers); a plan's
// check goes to the worker that summarised it, which kept its own findings: each plan is analysed
// once, as in a single-thread run.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileSummary } from '../service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { knownSummaryOf, packSummary, unpackSummary, type KnownSummaries } from './summary-store';
import type { WorkerData, WorkerReply, WorkerRequest } from './check-pool';
import { cliSession, type CliSession } from './workspace';

async function answer(session: CliSession, request: Exclude<WorkerRequest, { kind: 'summaries' }>): Promise<WorkerReply> {
  const { service } = session;
  try {
    if (request.kind === 'summarize') {
      // as the programme index summarises a closed file: version 0, released afterwards (the pool
      // asks this worker for the plan's check, which then reuses its own findings)
      return { id: request.id, summary: packSummary(service.summary(TextDocument.create(request.uri, 'rollout-plan', 0, request.text))) };
    }
    // as collectPlans hands a plan to the single-thread check
    return { id: request.id, diagnostics: await service.diagnostics(TextDocument.create(request.uri, 'rollout-plan', 1, request.text)) };
  } catch (error) {
    return { id: request.id, error: String((error as Error)?.message ?? error) };
  } finally {
    if (request.kind === 'summarize') service.release(request.uri);
    else service.forget(request.uri);
  }
}

/** Answers the main thread's requests until it stops this worker. */
export function serveChecks(): void {
  const data = workerData as WorkerData;
  const known: KnownSummaries = new Map();
  const session = cliSession(data.cwd, data.locale, data.config, data.inputs, { knownSummary: knownSummaryOf(known), today: data.today });
  const port = parentPort!;
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'summaries') {
      for (const [uri, { hash, summary }] of request.entries) known.set(uri, { hash, summary: unpackSummary(summary) as FileSummary });
      return;
    }
    void answer(session, request).then(reply => port.postMessage(reply));
  });
}
