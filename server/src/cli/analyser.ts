// How `rollout-plan check` gets each plan's diagnostics: from the language service on this thread
// (one thread, no cache: the reference every other way must match), or after a first pass that
// summarises every plan-named file once (on the worker threads when there are enough plans, from
// the cache when its text is unchanged), from the workers and the cache. The cross-plan checks
// run wherever a plan is checked, over the summaries of the first pass, so they find what a
// single-thread run finds.
import os from 'node:os';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CheckPool, type WorkerData } from './check-pool';
import { planContext, resultKey, worldDigest } from './check-keys';
import { saveCache, type CachedResult, type CheckCache } from './check-cache';
import type { PlanFile } from './plans';
import { forEachLimited, IO_CONCURRENCY } from './pool';
import { fileHash, fromSummaryJson, summaryJson, type KnownSummaries } from './summary-store';
import type { CliSession } from './workspace';

const PLAN_NAME = /\.rollout\.ya?ml$/i;
/** below this many plans per thread, a worker's start-up costs more than it saves */
export const MIN_PLANS_PER_THREAD = 40;
/** summaries asked of each worker at a time: enough that none waits for the next, few enough to balance */
const SUMMARIES_IN_FLIGHT = 4;

/** `forced` (--jobs; 0 or none: as many as the machine has cores), never more threads than plans to analyse */
export function threadCount(forced: number | undefined, work: number): number {
  const wanted = forced || Math.floor(work / MIN_PLANS_PER_THREAD);
  return Math.max(1, Math.min(forced ? wanted : Math.min(wanted, os.availableParallelism()), work));
}

/** Whether a run summarises every plan-named file first (a cache, or threads), rather than checking each plan on this thread as it comes. */
export const summarisesFirst = (jobs: number | undefined, cached: boolean) => cached || threadCount(jobs, Number.MAX_SAFE_INTEGER) > 1;

export interface AnalyserOptions {
  session: CliSession;
  /** the summaries the session's workspace gives back (PlanWorkspace.knownSummary) */
  known: KnownSummaries;
  /** --jobs */
  jobs: number | undefined;
  /** --cache: where it is, and what it held */
  cache?: { file: string; held: CheckCache };
  worker: WorkerData;
  version: string;
}

export interface AnalyserStats {
  analysed: number;
  reused: number;
  threads: number;
}

/** what check reports of one plan */
export interface PlanResult {
  diagnostics: Diagnostic[];
  /** the file is its programme's `kind: Programme` file */
  programmeFile: boolean;
}

export interface Analyser {
  resultOf(plan: PlanFile): Promise<PlanResult>;
  /** stops the workers and writes the cache */
  finish(): Promise<AnalyserStats>;
}

type ListedFile = { uri: string; text?: string; hash?: string };

/** The listed plan-named files, each read once, with its text's hash (none: it could not be read). */
async function readListing(session: CliSession): Promise<ListedFile[]> {
  const files: ListedFile[] = (await session.workspace.listFiles()).filter(uri => PLAN_NAME.test(uri)).map(uri => ({ uri }));
  await forEachLimited(files, IO_CONCURRENCY, async file => {
    const read = await session.workspace.readFile(file.uri);
    if ('text' in read) Object.assign(file, { text: read.text, hash: fileHash(file.uri, read.text) });
  });
  return files;
}

export function createAnalyser(options: AnalyserOptions): Analyser {
  const { session, jobs, cache } = options;
  const run = { version: options.version, today: options.worker.today };
  const stats: AnalyserStats = { analysed: 0, reused: 0, threads: 1 };
  const programmeFileOf = async (uri: string) => (await session.service.programme(uri)).file?.uri === uri;
  if (!summarisesFirst(jobs, cache !== undefined)) {
    return {
      resultOf: async plan => (stats.analysed++, { diagnostics: await session.service.diagnostics(plan.doc), programmeFile: await programmeFileOf(plan.uri) }),
      finish: async () => stats,
    };
  }
  let pool: CheckPool | undefined;
  const fresh = new Map<string, CachedResult>();
  /** summaries made this run: the cache has changed */
  let summarised = 0;
  const listing = readListing(session);
  // the world of this run, against the one the cache was written in: the same, and every cached context holds
  const world = cache && listing.then(files => worldDigest(session, files, run.version));
  let summaries: Promise<void> | undefined;
  /** the first pass, when a plan needs it (every plan without a cache; with one, a plan whose context may have changed) */
  const summariseAll = () => (summaries ??= listing.then(summariseMissing));
  if (!cache) void summariseAll().catch(() => undefined); // started at once: the checks wait for it

  async function summariseMissing(files: ListedFile[]): Promise<void> {
    const held = cache?.held.summaries();
    const read = files.filter((f): f is Required<ListedFile> => f.text !== undefined);
    const missing = read.filter(({ uri, hash }) => {
      const entry = held?.get(uri);
      if (entry?.hash !== hash) return true;
      options.known.set(uri, entry);
      return false;
    });
    // with a cache, the plans to analyse again are about those whose text changed
    const threads = threadCount(jobs, cache ? missing.length : files.length);
    stats.threads = threads;
    summarised = missing.length;
    if (threads > 1) await summariseOnThreads(new CheckPool(threads, options.worker), files, missing);
    else for (const file of missing) summariseHere(file);
  }

  function summariseHere({ uri, text, hash }: Required<ListedFile>): void {
    const { service } = session;
    try {
      options.known.set(uri, { hash, summary: service.summary(TextDocument.create(uri, 'rollout-plan', 0, text)) });
      service.release(uri); // its check reuses its own findings
    } catch {
      // the programme index meets the same failure, as in a single-thread run
    }
  }

  /**
   * each missing summary made by a worker (a few asked of each at a time, so that the one that is
   * through first takes the next, and the summaries handed on reach it between its own); then each
   * worker is handed the listing and the cache's summaries, so it reads none
   */
  async function summariseOnThreads(threads: CheckPool, listed: ListedFile[], missing: Required<ListedFile>[]): Promise<void> {
    pool = threads;
    await forEachLimited(missing, threads.size * SUMMARIES_IN_FLIGHT, async ({ uri, text, hash }) => {
      try {
        const summary = await threads.summarize(uri, text, hash);
        // the main thread reads summaries only for the cache's keys
        if (cache) options.known.set(uri, { hash, summary: fromSummaryJson(summary) });
      } catch {
        // as summariseHere
      }
    });
    const files = listed.flatMap(({ uri, text, hash }) => {
      const known = options.known.get(uri);
      return !threads.summarised(uri) && known && text !== undefined && hash !== undefined ? [{ uri, text, hash, summary: summaryJson(known.summary) }] : [];
    });
    // the unreadable files too: each worker's programme index finds them so as well
    threads.share(listed.map(f => f.uri), files);
  }

  const analyse = async (plan: PlanFile): Promise<PlanResult> => {
    stats.analysed++;
    if (pool) return pool.check(plan.uri, plan.doc.getText());
    return { diagnostics: await session.service.diagnostics(plan.doc), programmeFile: await programmeFileOf(plan.uri) };
  };

  /** the cached result when its key is this run's, asking the programme index only when the world changed */
  async function cachedOrAnalysed(held: CheckCache, plan: PlanFile): Promise<PlanResult> {
    const entry = held.results.get(plan.uri);
    if (entry && held.world === await world && entry.key === await resultKey(session, plan, entry.context, run)) {
      stats.reused++;
      return entry;
    }
    await summariseAll();
    const context = await planContext(session, options.known, plan);
    const key = await resultKey(session, plan, context, run);
    if (entry?.key === key) {
      stats.reused++;
      return entry;
    }
    const result = await analyse(plan);
    fresh.set(plan.uri, { key, context, ...result });
    return result;
  }
  /** writes the cache unless nothing is new and nothing gone: the file on disk is then already this cache (writing it costs more than the rest of a warm run) */
  async function saveChanged({ file, held }: { file: string; held: CheckCache }): Promise<void> {
    const files = await listing;
    // plans not checked this time keep their entry while they exist
    const kept = new Set(files.map(f => f.uri));
    const results = new Map([...held.results].filter(([uri]) => kept.has(uri)));
    for (const [uri, result] of fresh) results.set(uri, result);
    const thisWorld = (await world)!;
    if (fresh.size === 0 && summarised === 0 && thisWorld === held.world && results.size === held.results.size) return;
    await summariseAll(); // the summaries kept: the cache's that still hold, and those made now
    const summaries: KnownSummaries = new Map([...options.known].filter(([uri]) => kept.has(uri)));
    saveCache(file, options.version, { world: thisWorld, summaries, results });
  }

  return {
    async resultOf(plan) {
      if (cache) return cachedOrAnalysed(cache.held, plan);
      await summariseAll();
      return analyse(plan);
    },
    async finish() {
      try {
        if (cache) await saveChanged(cache);
      } finally {
        await pool?.close();
      }
      return stats;
    },
  };
}
