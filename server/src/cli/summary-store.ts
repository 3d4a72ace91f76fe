// Summaries made once per text (by a worker, or kept in the cache) and handed back to a language
// service through PlanWorkspace.knownSummary: a summary stands for a file only while its text hashes the same.
import { createHash } from 'node:crypto';
import type { FileSummary, Place } from '../service';

export const textHash = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** the last text hashed per file, and its hash: a run asks for the same file's hash several times */
const hashes = new Map<string, { text: string; hash: string }>();

/** textHash of a file's text, computed once per text of that file in this thread */
export function fileHash(uri: string, text: string): string {
  const last = hashes.get(uri);
  if (last?.text === text) return last.hash;
  const hash = textHash(text);
  hashes.set(uri, { text, hash });
  return hash;
}

/** Takes the hash of a file's text from the thread that computed it (fileHash of the same text gives it back). */
export function rememberHash(uri: string, text: string, hash: string): void {
  hashes.set(uri, { text, hash });
}

/** by file URI: the hash of the text summarised, and its summary */
export type KnownSummaries = Map<string, { hash: string; summary: FileSummary }>;

export const knownSummaryOf = (known: KnownSummaries) => (uri: string, text: string): FileSummary | undefined => {
  const entry = known.get(uri);
  return entry && entry.hash === fileHash(uri, text) ? entry.summary : undefined;
};

/** a place in the summary's own file, as [start line, start character, end line, end character] */
type PackedPlace = [number, number, number, number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Copies `value` with `place` rewritten where `rewrite` gives another form (arrays and objects walked, the rest as is). */
function mapPlaces(value: unknown, rewrite: (place: unknown) => unknown, key = ''): unknown {
  if (key === 'place') {
    const rewritten = rewrite(value);
    if (rewritten !== undefined) return rewritten;
  }
  if (Array.isArray(value)) return value.map(item => mapPlaces(item, rewrite));
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = mapPlaces(v, rewrite, k);
  return copy;
}

/**
 * A summary as the cache file and the worker threads carry it: each place in its own file is four
 * numbers without its keys and URI (about 220 of them per plan were most of its weight).
 */
export function packSummary(summary: FileSummary): unknown {
  return mapPlaces(summary, place => {
    if (!isRecord(place) || place.uri !== summary.uri) return undefined;
    const { line, character, endLine, endCharacter } = place as unknown as Place;
    return [line, character, endLine, endCharacter] satisfies PackedPlace;
  });
}

/**
 * The summary `packSummary` packed (or anything else, as it is: the caller checks its shape), in
 * place: it is the caller's own freshly parsed JSON, and a copy of every object was half the cost.
 */
export function unpackSummary(packed: unknown): unknown {
  if (!isRecord(packed) || typeof packed.uri !== 'string') return packed;
  const uri = packed.uri;
  const stack: unknown[] = [packed];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    if (!isRecord(node)) continue;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (key === 'place' && Array.isArray(value) && value.length === 4 && value.every(n => Number.isInteger(n))) {
        const [line, character, endLine, endCharacter] = value as PackedPlace;
        node[key] = { uri, line, character, endLine, endCharacter } satisfies Place;
      } else if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return packed;
}

/**
 * A summary as it crosses between threads: the JSON of its packed form. A structured clone costs
 * per object (the main thread's clone of every summary for every worker held the workers at the
 * share for ~0.9 s at 2,000 plans), a string's is one copy; the JSON is made and read on the
 * workers, in parallel. Packed, it is half the size (peak RSS).
 */
export type SummaryJson = string;

export const summaryJson = (summary: FileSummary): SummaryJson => JSON.stringify(packSummary(summary));

export const fromSummaryJson = (json: SummaryJson): FileSummary => unpackSummary(JSON.parse(json)) as FileSummary;
