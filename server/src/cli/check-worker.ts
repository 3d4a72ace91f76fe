// A worker thread of `rollout-plan check` (./check-pool), started from dist/cli.js itself: its own language service over the same
// files, summarising and checking the plans the main thread hands it. The main thread hands it
// the run's listing and every file it did not summarise itself, with its text, hash and summary:
// its programme index lists, reads, hashes and summarises nothing again. A plan's check goes to
// the worker that summarised it, which kept its own findings: each plan is analysed once, as in a
// single-thread run.
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fromSummaryJson, knownSummaryOf, rememberHash, summaryJson, type KnownSummaries } from './summary-store';
import type { WorkerData, WorkerReply, WorkerRequest } from './check-pool';
import { cliSession, type CliSession } from './workspace';

type Asked = Exclude<WorkerRequest, { kind: 'files' }>;

async function answer(session: CliSession, known: KnownSummaries, request: Asked): Promise<WorkerReply> {
  const { service } = session;
  try {
    if (request.kind === 'summarize') {
      // as the programme index summarises a closed file: version 0, released afterwards (the pool
      // asks this worker for the plan's check, which then reuses its own findings)
      const json = summaryJson(service.summary(TextDocument.create(request.uri, 'rollout-plan', 0, request.text)));
      // kept as read back from its JSON: the summary itself holds slices of the parse's copies of the text
      known.set(request.uri, { hash: request.hash, summary: fromSummaryJson(json) });
      return { id: request.id, summary: json };
    }
    // as collectPlans hands a plan to the single-thread check
    const diagnostics = await service.diagnostics(TextDocument.create(request.uri, 'rollout-plan', 1, request.text));
    return { id: request.id, checked: { diagnostics, programmeFile: (await service.programme(request.uri)).file?.uri === request.uri } };
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
  /** the texts the main thread handed over, by URI: what the programme index reads */
  const texts = new Map<string, string>();
  let listed: (listing: readonly string[]) => void;
  const listing = new Promise<readonly string[]>(resolve => (listed = resolve));
  const session = cliSession(data.cwd, data.locale, data.config, data.inputs, {
    knownSummary: knownSummaryOf(known), today: data.today, handed: { listing, text: uri => texts.get(uri) },
  });
  const port = parentPort!;
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'files') {
      for (const { uri, text, hash, summary } of request.files) {
        texts.set(uri, text);
        rememberHash(uri, text, hash);
        known.set(uri, { hash, summary: fromSummaryJson(summary) });
      }
      if (request.listing) listed(request.listing);
      return;
    }
    if (request.kind === 'summarize') {
      texts.set(request.uri, request.text);
      rememberHash(request.uri, request.text, request.hash);
    }
    void answer(session, known, request).then(reply => port.postMessage(reply));
  });
}
