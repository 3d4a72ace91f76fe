// Which id is under the cursor, and where it is defined. Ids are criterion, phase, person, wave,
// risk and checklist ids, at their definition or at a reference. The lookup works on the segment
// holding the cursor: the plan's definitions and references are grouped by segment once per
// analysis, so a request on a 28,000-line plan scans one piece, not the whole plan.
import type { Location, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import type { Str } from '../../plan/model';
import { segmentAt, type Segment } from '../../plan/parse';
import type { DefKind } from '../../plan/id-index';

export interface IdOccurrence {
  kind: DefKind;
  str: Str;
  isDefinition: boolean;
}


const bySegment = new WeakMap<Analysis, Map<Segment, IdOccurrence[]>>();

function occurrencesBySegment(analysis: Analysis): Map<Segment, IdOccurrence[]> {
  let map = bySegment.get(analysis);
  if (map) return map;
  map = new Map();
  const add = (o: IdOccurrence) => {
    const list = map!.get(o.str.loc.seg);
    if (list) list.push(o);
    else map!.set(o.str.loc.seg, [o]);
  };
  for (const d of analysis.index.definitions) add({ kind: d.kind, str: d.id, isDefinition: true });
  for (const r of analysis.index.references) add({ kind: r.kind, str: r.name, isDefinition: false });
  bySegment.set(analysis, map);
  return map;
}


/** The id at `offset` (the cursor may touch either end of it). */
export function idAt(analysis: Analysis, offset: number): IdOccurrence | undefined {
  const seg = segmentAt(analysis.parsed, offset);
  if (!seg) return undefined;
  const rel = offset - seg.base;
  const candidates = occurrencesBySegment(analysis).get(seg) ?? [];
  return candidates.find(o => o.str.loc.start <= rel && rel <= o.str.loc.end);
}

/** Every definition with the same kind and id as `hit`. */
export function definitionsOf(analysis: Analysis, kind: DefKind, name: string): Str[] {
  return analysis.index.definitions.filter(d => d.kind === kind && d.id.value === name).map(d => d.id);
}

/** Every reference to `name` of this kind (wave, risk and checklist ids are never referenced). */
export function referencesOf(analysis: Analysis, kind: DefKind, name: string): Str[] {
  return analysis.index.references.filter(r => r.kind === kind && r.name.value === name).map(r => r.name);
}

/** The range of an id's text, without the quotes of a quoted scalar. */
export function idRange(doc: TextDocument, str: Str): Range {
  const { start, end } = idOffsets(doc.getText(), str);
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function idOffsets(text: string, str: Str): { start: number; end: number } {
  const start = str.loc.seg.base + str.loc.start;
  const end = str.loc.seg.base + str.loc.end;
  const raw = text.slice(start, end);
  if (raw === str.value) return { start, end };
  const at = raw.indexOf(str.value);
  if (at >= 0 && (raw[0] === '"' || raw[0] === "'")) return { start: start + at, end: start + at + str.value.length };
  return { start, end };
}

export function definition(analysis: Analysis, doc: TextDocument, offset: number): Location[] {
  const hit = idAt(analysis, offset);
  if (!hit) return [];
  return definitionsOf(analysis, hit.kind, hit.str.value).map(d => ({ uri: doc.uri, range: idRange(doc, d) }));
}
