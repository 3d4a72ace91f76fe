// `check --cache`: what a run leaves for the next one, in one JSON file. Per file, its summary by
// the hash of its text (its own places packed, ./summary-store); per plan, its diagnostics by a key of everything they depend on
// (./check-keys). A file that does not read as this version's cache (corrupt, truncated, hostile,
// another version) is ignored and rewritten; it is written whole to a temporary file, then renamed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FileSummary } from '../service';
import { packSummary, unpackSummary, type KnownSummaries } from './summary-store';

/** the default name, in the folder of the config that applies at the working folder, else there */
export const CACHE_FILE = '.rollout-plan-cache';
const FORMAT = 3;

/**
 * What the cache is valid for: the package's version and a hash of the running bundle itself, so a
 * build that changes any check (same version number, a development build) never reads an older
 * build's findings or summaries.
 */
export function cacheBuild(version: string, bundle: string | undefined = typeof __filename === 'string' ? __filename : undefined): string {
  try {
    return bundle ? `${version}+${createHash('sha256').update(fs.readFileSync(bundle)).digest('hex').slice(0, 16)}` : version;
  } catch {
    return version; // an unreadable bundle: the version alone, as a released package's is
  }
}

export interface CachedResult {
  key: string;
  diagnostics: Diagnostic[];
}

export interface CheckCache {
  summaries: KnownSummaries;
  results: Map<string, CachedResult>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isPosition = (p: unknown) => isObject(p) && Number.isInteger(p.line) && Number.isInteger(p.character);
const isRange = (r: unknown) => isObject(r) && isPosition(r.start) && isPosition(r.end);

/** The shapes the formatters and the programme checks read; anything else drops the entry. */
const isDiagnostic = (d: unknown) => isObject(d) && isRange(d.range) && typeof d.message === 'string'
  && (d.relatedInformation === undefined || (Array.isArray(d.relatedInformation) && d.relatedInformation.every(r =>
    isObject(r) && typeof r.message === 'string' && isObject(r.location) && typeof r.location.uri === 'string' && isRange(r.location.range))));

const isSummary = (uri: string, s: unknown): s is FileSummary => isObject(s) && s.uri === uri
  && (s.kind === 'plan' || s.kind === 'programme' || s.kind === 'other') && typeof s.syntaxErrors === 'number'
  && Array.isArray(s.phases) && Array.isArray(s.freezes) && Array.isArray(s.references);

const empty = (): CheckCache => ({ summaries: new Map(), results: new Map() });

/** The cache `file` holds for `version`; an empty one when there is none or it does not read as one. */
export function loadCache(file: string, version: string): CheckCache {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return empty();
  }
  if (!isObject(data) || data.format !== FORMAT || data.version !== version || !isObject(data.summaries) || !isObject(data.results)) return empty();
  const cache = empty();
  for (const [uri, entry] of Object.entries(data.summaries)) {
    if (!isObject(entry) || typeof entry.hash !== 'string') continue;
    let summary: unknown;
    try {
      summary = unpackSummary(entry.summary);
    } catch {
      continue; // nested past the stack (a hostile file): the entry goes
    }
    if (isSummary(uri, summary)) cache.summaries.set(uri, { hash: entry.hash, summary });
  }
  for (const [uri, entry] of Object.entries(data.results)) {
    if (isObject(entry) && typeof entry.key === 'string' && Array.isArray(entry.diagnostics) && entry.diagnostics.every(isDiagnostic)) {
      cache.results.set(uri, { key: entry.key, diagnostics: entry.diagnostics as Diagnostic[] });
    }
  }
  return cache;
}

/** Writes the whole cache to a temporary file beside `file`, then renames it over: a reader never sees half of one. */
export function saveCache(file: string, version: string, cache: CheckCache): void {
  const summaries = Object.fromEntries([...cache.summaries].map(([uri, { hash, summary }]) => [uri, { hash, summary: packSummary(summary) }]));
  const text = JSON.stringify({ format: FORMAT, version, summaries, results: Object.fromEntries(cache.results) });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
