// A file's summary (programme-types.ts) drawn from its analysis: what other plans of its programme
// need to know of it, in flat places (line and character) so it outlives the analysis and its
// segments. What comes from one phase (or one index part, or the roster's or criteria's list) is
// kept while the segment it was read from is unchanged and starts at the same line and character:
// an edit elsewhere leaves its places as they were, so a summary costs what the edit touched (issue 20).
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetsOf } from '../checks/diagnostics';
import type { Analysis } from '../plan/analysis';
import { type Phase, type Str } from '../plan/model';
import { asMap, resolve, str, strList } from '../plan/nodes';
import { nodeLoc, type Loc, type Segment } from '../plan/parse';
import { oncePer } from '../plan/once-per';
import type { IndexPart } from '../plan/id-index';
import { isUnmitigated, phaseProgress } from '../plan/readiness';
import { placeIn } from './places';
import type { FileSummary, FreezeSummary, PhaseSummary, Place, Placed, ReferenceSummary } from './programme-types';

/** what was derived from an object of the model, and where its segments started (line, character, …) in which document then */
const inPlace = new WeakMap<object, { uri: string; at: number[]; value: unknown }>();
/** the segments a part's references, or a list's ids, are read from (each once) */
const segmentsOfReferences = oncePer((part: IndexPart) => [...new Set(part.references.map(r => r.name.loc.seg))]);
const segmentOfPhase = oncePer((phase: Phase) => [phase.seg]);
const segmentsOfIds = oncePer((list: readonly { id: Str }[]) => [...new Set(list.map(item => item.id.loc.seg))]);

export function summarize(doc: TextDocument, analysis: Analysis): FileSummary {
  const { model, parsed, index } = analysis;
  const place = (loc: Loc): Place => {
    const { start, end } = offsetsOf(loc);
    return placeIn(doc.uri, { start: doc.positionAt(start), end: doc.positionAt(end) });
  };
  const placed = (s: Str | undefined): Placed | undefined => s && { value: s.value, place: place(s.loc) };
  /** where `segments` start, line and character of each */
  const startsOf = (segments: readonly Segment[]) => {
    const at: number[] = [];
    for (const seg of segments) {
      const { line, character } = doc.positionAt(seg.base);
      at.push(line, character);
    }
    return at;
  };
  const startWhere = (at: readonly number[], segments: readonly Segment[]) => {
    if (at.length !== 2 * segments.length) return false;
    for (let i = 0; i < segments.length; i++) {
      const { line, character } = doc.positionAt(segments[i].base);
      if (at[2 * i] !== line || at[2 * i + 1] !== character) return false;
    }
    return true;
  };
  /** `compute`'s value for `key`, again while `segments` start where they did (places are absolute) */
  const kept = <V>(key: object, segments: readonly Segment[], compute: () => V): V => {
    const held = inPlace.get(key);
    if (held && held.uri === doc.uri && startWhere(held.at, segments)) return held.value as V;
    const value = compute();
    inPlace.set(key, { uri: doc.uri, at: startsOf(segments), value });
    return value;
  };
  const referencesOf = (part: IndexPart): ReferenceSummary[] => kept(part, segmentsOfReferences(part), () =>
    part.references.flatMap(r => (r.kind === 'criterion' ? [] : [{ kind: r.kind, name: placed(r.name)! }])));
  const kindEntry = parsed.top.find(e => e.key === 'kind');
  const kindText = kindEntry && isScalar(kindEntry.pair.value) ? String(kindEntry.pair.value.value) : undefined;
  const kind = kindText === 'Programme' ? 'programme' : kindText === undefined || kindText === 'RolloutPlan' ? 'plan' : 'other';
  return {
    uri: doc.uri,
    kind,
    id: placed(model.metadata.id),
    title: model.metadata.title?.value,
    language: model.metadata.language?.value,
    syntaxErrors: parsed.syntaxErrors.length,
    people: model.people && kept(model.people, segmentsOfIds(model.people), () =>
      model.people!.map(p => ({ id: p.id.value, name: p.name?.value, role: p.role?.value, team: p.team?.value, place: place(p.id.loc) }))),
    phases: kind === 'plan' ? phaseSummaries(model.phases, p => kept(p, segmentOfPhase(p), () => phaseSummary(p, p.id!, place, placed))) : [],
    freezes: kind === 'programme' ? freezes(analysis, place, placed) : [],
    criteria: kept(model.criteria, segmentsOfIds(model.criteria), () => model.criteria.map(c => ({ id: c.id.value, title: c.title?.value, place: place(c.id.loc) }))),
    references: concatenated(index.parts.map(referencesOf)),
  };
}

/** The summaries of the phases that have an id. */
function phaseSummaries(phases: readonly Phase[], summary: (phase: Phase) => PhaseSummary): PhaseSummary[] {
  const out: PhaseSummary[] = [];
  for (const phase of phases) if (phase.id) out.push(summary(phase));
  return out;
}

/** The lists one after the other (`flatMap` is several times slower on the 12,000 references of a 1,000-phase plan). */
function concatenated<T>(lists: readonly (readonly T[])[]): T[] {
  const all: T[] = [];
  for (const list of lists) for (const item of list) all.push(item);
  return all;
}

function phaseSummary(phase: Phase, id: Str, place: (loc: Loc) => Place, placed: (s: Str | undefined) => Placed | undefined): PhaseSummary {
  const progress = phaseProgress(phase);
  return {
    id: id.value,
    type: phase.type?.value,
    title: phase.title?.value,
    start: phase.start?.value,
    end: phase.end?.value,
    window: phase.window && { start: phase.window.start?.value, end: phase.window.end?.value, place: place(phase.window.start?.loc ?? phase.anchor) },
    after: phase.after.map(a => placed(a)!),
    waves: phase.waves.map(w => ({
      id: w.id?.value, title: w.title?.value, champion: placed(w.champion), start: w.start?.value, end: w.end?.value,
      progress: { done: w.checklist.filter(t => t.done).length, total: w.checklist.length }, place: place(w.id?.loc ?? w.anchor),
    })),
    openItems: progress.total - progress.done,
    unmitigatedRisks: phase.risks.filter(isUnmitigated).length,
    decision: phase.decision?.value,
    decidedOn: phase.decidedOn?.value,
    progress,
    place: place(id.loc),
  };
}

/** A programme file's `freezes` list, read from its top-level entry (plans have no such key). */
function freezes(analysis: Analysis, place: (loc: Loc) => Place, placed: (s: Str | undefined) => Placed | undefined): FreezeSummary[] {
  const entry = analysis.parsed.top.find(e => e.key === 'freezes');
  if (!entry) return [];
  const { seg } = entry;
  const list = resolve(seg, entry.pair.value);
  if (!isSeq(list)) return [];
  return list.items.flatMap(item => {
    const map: YAMLMap | null = asMap(seg, item);
    if (!map || !isMap(map)) return [];
    const plans = map.items.some(p => isScalar(p.key) && p.key.value === 'plans') ? strList(seg, map, 'plans').map(s => placed(s)!) : undefined;
    return [{
      id: placed(str(seg, map, 'id')), title: str(seg, map, 'title')?.value,
      start: str(seg, map, 'start')?.value, end: str(seg, map, 'end')?.value, plans, place: place(nodeLoc(seg, map)),
    }];
  });
}
