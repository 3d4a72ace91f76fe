// How `rollout-plan check` gets each plan's diagnostics: from the language service on this thread
// (one thread, no cache: the reference every other way must match), or after a first pass that
// summarises every plan-named file once (on the worker threads when there are enough plans, from
// the cache when its text is unchanged), from the workers and the cache. The cross-plan checks
// run wherever a plan is checked, over the summaries of the first pass, so they find what a
// single-thread run finds.
import os from 'node:os';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FileSummary } from '../service';
import { CheckPool, type WorkerData } from './check-pool';
import { resultKey } from './check-keys';
import { saveCache, type CachedResult, type CheckCache } from './check-cache';
import type { PlanFile } from './plans';
import { forEachLimited, IO_CONCURRENCY } from './pool';
import { fileHash, type KnownSummaries } from './summary-store';
import type { CliSession } from './workspace';

const PLAN_NAME = /\.rollout\.ya?ml$/i;
/** below this many plans per thread, a worker's start-up costs more than it saves */
export const MIN_PLANS_PER_THREAD = 40;

/** `forced` (--jobs; 0 or none: as many as the machine has cores), never more threads than plans to analyse */
export function threadCount(forced: number | undefined, work: number): number {
  const wanted = forced || Math.floor(work / MIN_PLANS_PER_THREAD);
  return Math.max(1, Math.min(forced ? wanted : Math.min(wanted, os.availableParallelism()), work));
}

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

export interface Analyser {
  diagnosticsOf(plan: PlanFile): Promise<Diagnostic[]>;
  /** stops the workers and writes the cache */
  finish(): Promise<AnalyserStats>;
}

export function createAnalyser(options: AnalyserOptions): Analyser {
  const { session, jobs, cache } = options;
  const stats: AnalyserStats = { analysed: 0, reused: 0, threads: 1 };
  if (!cache && threadCount(jobs, Number.MAX_SAFE_INTEGER) === 1) {
    return {
      diagnosticsOf: plan => (stats.analysed++, session.service.diagnostics(plan.doc)),
      finish: async () => stats,
    };
  }
  let pool: CheckPool | undefined;
  let listed: string[] = [];
  const fresh = new Map<string, CachedResult>();
  /** summaries made this run: the cache has changed */
  let summarised = 0;
  const prepared = summariseAll();

  async function summariseAll(): Promise<void> {
    const { service, workspace } = session;
    listed = (await workspace.listFiles()).filter(uri => PLAN_NAME.test(uri));
    const texts = new Map<string, string>();
    await forEachLimited(listed, IO_CONCURRENCY, async uri => {
      const read = await workspace.readFile(uri);
      if ('text' in read) texts.set(uri, read.text);
    });
    const missing: [string, string][] = [];
    for (const [uri, text] of texts) {
      const hash = fileHash(uri, text);
      const held = cache?.held.summaries.get(uri);
      if (held?.hash === hash) options.known.set(uri, held);
      else missing.push([uri, text]);
    }
    // with a cache, the plans to analyse again are about those whose text changed
    const threads = threadCount(jobs, cache ? missing.length : texts.size);
    if (threads > 1) pool = new CheckPool(threads, options.worker);
    stats.threads = threads;
    const summarise = async ([uri, text]: [string, string]): Promise<void> => {
      let summary: FileSummary;
      try {
        if (pool) summary = await pool.summarize(uri, text);
        else {
          summary = service.summary(TextDocument.create(uri, 'rollout-plan', 0, text));
          service.release(uri); // its check reuses its own findings
        }
      } catch {
        return; // the programme index meets the same failure, as in a single-thread run
      }
      options.known.set(uri, { hash: fileHash(uri, text), summary });
    };
    summarised = missing.length;
    await Promise.all(missing.map(summarise));
    pool?.share(options.known);
  }

  const analyse = (plan: PlanFile): Promise<Diagnostic[]> => {
    stats.analysed++;
    return pool ? pool.check(plan.uri, plan.doc.getText()) : session.service.diagnostics(plan.doc);
  };

  return {
    async diagnosticsOf(plan) {
      await prepared;
      if (!cache) return analyse(plan);
      const key = await resultKey(session, options.known, plan, { version: options.version, today: options.worker.today });
      const held = cache.held.results.get(plan.uri);
      if (held?.key === key) {
        stats.reused++;
        return held.diagnostics;
      }
      const diagnostics = await analyse(plan);
      fresh.set(plan.uri, { key, diagnostics });
      return diagnostics;
    },
    async finish() {
      await prepared.catch(() => undefined);
      await pool?.close();
      if (cache) {
        // plans not checked this time keep their entry while they exist
        const kept = new Set(listed);
        const results = new Map([...cache.held.results].filter(([uri]) => kept.has(uri)));
        for (const [uri, result] of fresh) results.set(uri, result);
        const summaries: KnownSummaries = new Map([...options.known].filter(([uri]) => kept.has(uri)));
        // nothing new and nothing gone: the file on disk is already this cache (writing it costs more than the rest of a warm run)
        const same = fresh.size === 0 && summarised === 0 && summaries.size === cache.held.summaries.size && results.size === cache.held.results.size;
        if (!same) saveCache(cache.file, options.version, { summaries, results });
      }
      return stats;
    },
  };
}
