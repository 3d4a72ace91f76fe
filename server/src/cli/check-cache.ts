// `check --cache`: what a run leaves for the next one, in one file of two JSON lines. The first: the
// run's world digest and, per plan, its diagnostics by a key of everything they depend on, with
// its context (./check-keys); the second: per file, its summary by the hash of its text (its own
// places packed, ./summary-store), read only when the world changed (a run over the same world
// needs no summary). A file that does not read as this version's cache (corrupt, truncated,
// hostile, another version) is ignored and rewritten; it is written whole to a temporary file,
// then renamed.
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
  /** what the key took from other files (planContext): valid again while the world is the same */
  context: string;
  /** the file is its programme's `kind: Programme` file */
  programmeFile: boolean;
  diagnostics: Diagnostic[];
}

export interface CheckCache {
  /** the world digest of the run that wrote it (worldDigest) */
  world: string | undefined;
  results: Map<string, CachedResult>;
  /** the summaries, read from the file when first asked */
  summaries: () => KnownSummaries;
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

const empty = (): CheckCache => ({ world: undefined, results: new Map(), summaries: () => new Map() });

const isResult = (entry: unknown): entry is CachedResult => isObject(entry) && typeof entry.key === 'string' && typeof entry.context === 'string'
  && typeof entry.programmeFile === 'boolean' && Array.isArray(entry.diagnostics) && entry.diagnostics.every(isDiagnostic);

/** The summaries line: the entries that read as summaries of their file. */
function readSummaries(text: string): KnownSummaries {
  const summaries: KnownSummaries = new Map();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return summaries;
  }
  if (!isObject(data)) return summaries;
  for (const [uri, entry] of Object.entries(data)) {
    if (!isObject(entry) || typeof entry.hash !== 'string') continue;
    const summary = unpackSummary(entry.summary);
    if (isSummary(uri, summary)) summaries.set(uri, { hash: entry.hash, summary });
  }
  return summaries;
}

/** The cache `file` holds for `version`; an empty one when there is none or it does not read as one. */
export function loadCache(file: string, version: string): CheckCache {
  let bytes: Buffer;
  let head: unknown;
  try {
    bytes = fs.readFileSync(file);
    const end = bytes.indexOf(0x0a);
    if (end < 0) return empty();
    head = JSON.parse(bytes.toString('utf8', 0, end));
    bytes = bytes.subarray(end + 1);
  } catch {
    return empty();
  }
  if (!isObject(head) || head.format !== FORMAT || head.version !== version || typeof head.world !== 'string' || !isObject(head.results)) return empty();
  // a file cut short (a full disk, a copy interrupted) is no cache, though its first line reads
  if (head.summariesBytes !== bytes.length) return empty();
  const results = new Map<string, CachedResult>();
  for (const [uri, entry] of Object.entries(head.results)) if (isResult(entry)) results.set(uri, entry);
  let summaries: KnownSummaries | undefined;
  return { world: head.world, results, summaries: () => (summaries ??= readSummaries(bytes.toString('utf8'))) };
}

/** Writes the whole cache to a temporary file beside `file`, then renames it over: a reader never sees half of one. */
export function saveCache(file: string, version: string, cache: { world: string; results: Map<string, CachedResult>; summaries: KnownSummaries }): void {
  const summaries = Object.fromEntries([...cache.summaries].map(([uri, { hash, summary }]) => [uri, { hash, summary: packSummary(summary) }]));
  const tail = Buffer.from(JSON.stringify(summaries));
  const head = JSON.stringify({ format: FORMAT, version, world: cache.world, summariesBytes: tail.length, results: Object.fromEntries(cache.results) });
  const text = Buffer.concat([Buffer.from(`${head}\n`), tail]);
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
