// Summaries made once per text (by a worker, or kept in the cache) and handed back to a language
// service through PlanWorkspace.knownSummary: a summary stands for a file only while its text hashes the same.
import { createHash } from 'node:crypto';
import type { FileSummary } from '../service';

export const textHash = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** by file URI: the hash of the text summarised, and its summary */
export type KnownSummaries = Map<string, { hash: string; summary: FileSummary }>;

export const knownSummaryOf = (known: KnownSummaries) => (uri: string, text: string): FileSummary | undefined => {
  const entry = known.get(uri);
  return entry && entry.hash === textHash(text) ? entry.summary : undefined;
};
