// One pass over a plan: parse (reusing unchanged segments), build the model and its index,
// compute readiness, run every check. Everything the editor and the CLI show derives from this.
import type { Node } from 'yaml';
import { checksFor } from '../checks';
import { offsetsOf } from '../checks/diagnostics';
import type { Finding } from '../checks/check';
import type { Translate } from '../l10n/translate';
import { buildModel, type PlanModel } from './model';
import type { ParsedPlan, SegmentCache } from './parse';
import { buildIndex, type PlanIndex } from './id-index';
import { IdCensus } from './id-census';
import { computeReadiness, type Readiness } from './readiness';
import { documentKind, type DocumentKind } from './document-kind';

export interface Analysis {
  /** a programme file or a plan, from its `kind`: which schema and checks apply */
  kind: DocumentKind;
  parsed: ParsedPlan;
  model: PlanModel;
  index: PlanIndex;
  readiness: Readiness;
  findings: Finding[];
}

/** Each document's census, updated by each analysis of it (its cache lives as long as the document's state). */
const censuses = new WeakMap<SegmentCache, IdCensus>();

export function analyze(text: string, cache: SegmentCache, t: Translate, today: string): Analysis {
  const parsed = cache.parse(text);
  const model = buildModel(parsed);
  const index = buildIndex(model);
  let census = censuses.get(cache);
  if (!census) censuses.set(cache, census = new IdCensus());
  census.update(index.parts);
  const readiness = computeReadiness(model);
  const kind = documentKind(parsed);
  const findings: Finding[] = [];
  const ctx = { kind, parsed, model, index, census, readiness, today, t, report: (f: Finding) => { findings.push(f); } };
  for (const check of checksFor(kind)) check.run(ctx);
  return { kind, parsed, model, index, readiness, findings: withoutNoiseOfBrokenYaml(parsed, findings) };
}

/**
 * Where the parser had to recover, what it built is a guess (a stray `: ` turns the rest of a phase
 * into a nested map). Inside the phase or top-level entry holding a syntax error only that error
 * is shown; every other part of the plan is still checked in full.
 */
function withoutNoiseOfBrokenYaml(parsed: ParsedPlan, findings: Finding[]): Finding[] {
  // a duplicate key leaves the rest of the parse intact: it hides nothing
  const errors = parsed.syntaxErrors.filter(e => e.code !== 'DUPLICATE_KEY');
  if (errors.length === 0) return findings;
  const units: [number, number][] = [
    ...parsed.phases.map(p => [p.seg.base + p.start, p.seg.base + (p.node?.range?.[2] ?? p.start)] as [number, number]),
    ...parsed.top.filter(e => e.key !== 'phases').map(e => [e.seg.base + (e.pair.key.range?.[0] ?? 0), e.seg.base + ((e.pair.value as Node | null)?.range?.[2] ?? 0)] as [number, number]),
  ];
  const broken = units.filter(([start, end]) => errors.some(e => e.start >= start && e.start <= end));
  if (broken.length === 0) return findings;
  return findings.filter(f => {
    if (f.code === 'yaml-syntax') return true;
    const { start } = offsetsOf(f.loc);
    return !broken.some(([s, e]) => start >= s && start <= e);
  });
}
