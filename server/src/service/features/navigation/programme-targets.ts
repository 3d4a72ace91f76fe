// What the cursor names in programme terms (plan-format "Programmes"): a plan (its `metadata.id`, or
// the plan part of an `after: [plan/phase]` link), a phase of a plan (the phase part of a link, or a
// phase of this plan that other plans may link to) or a person (a roster person unless the file
// defines it). Pure: read from the file's analysis; resolved against summaries elsewhere.
import type { Location, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import type { Str } from '../../plan/model';
import { rangeOf } from '../../programme/places';
import type { FileSummary, Placed, Programme } from '../../programme/programme-types';
import { idAt, idOffsets } from './definition';

export type ProgrammeTarget =
  | { kind: 'plan'; plan: string; range: Range }
  | { kind: 'phase'; plan: string; phase: string; range: Range }
  | { kind: 'person'; id: string; range: Range; definedHere: boolean };

/** `plan/phase` split at its first slash; undefined for a plain phase id. */
export function splitLink(value: string): { plan: string; phase: string } | undefined {
  const slash = value.indexOf('/');
  return slash < 0 ? undefined : { plan: value.slice(0, slash), phase: value.slice(slash + 1) };
}

export function targetAt(analysis: Analysis, doc: TextDocument, offset: number): ProgrammeTarget | undefined {
  const range = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const planId = analysis.model.metadata.id;
  const hit = idAt(analysis, offset);
  if (hit?.kind === 'person') {
    const { start, end } = idOffsets(doc.getText(), hit.str);
    return { kind: 'person', id: hit.str.value, range: range(start, end), definedHere: analysis.index.people?.has(hit.str.value) === true };
  }
  if (hit?.kind === 'phase') {
    const { start, end } = idOffsets(doc.getText(), hit.str);
    const link = splitLink(hit.str.value);
    if (!link) return planId && { kind: 'phase', plan: planId.value, phase: hit.str.value, range: range(start, end) };
    const slash = start + link.plan.length;
    return offset <= slash
      ? { kind: 'plan', plan: link.plan, range: range(start, slash) }
      : { kind: 'phase', plan: link.plan, phase: link.phase, range: range(slash + 1, end) };
  }
  if (planId && contains(planId, offset)) {
    const { start, end } = idOffsets(doc.getText(), planId);
    return { kind: 'plan', plan: planId.value, range: range(start, end) };
  }
  return undefined;
}

const contains = (s: Str, offset: number) => s.loc.seg.base + s.loc.start <= offset && offset <= s.loc.seg.base + s.loc.end;

/** The programme as seen from `self` (the file being edited, summarised from its current text). */
export function seenFrom(programme: Programme, self: FileSummary): Programme {
  const plans = programme.plans.filter(p => p.uri !== self.uri);
  if (self.kind === 'plan') plans.push(self);
  plans.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const file = programme.file?.uri === self.uri ? self : programme.file;
  return { ...programme, file, plans };
}

export const planById = (programme: Programme, id: string) => programme.plans.find(p => p.id?.value === id);

/**
 * A value's range without the quotes around it: a summary keeps the scalar's range, and a quoted
 * scalar on one line is exactly two characters wider than its value.
 */
export function valueRange({ value, place }: Placed): Range {
  const range = rangeOf(place);
  const { start, end } = range;
  if (start.line === end.line && end.character - start.character === value.length + 2) {
    return { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } };
  }
  return range;
}

/** Part of a value on one line, `from` characters into it, `length` long. */
export function partOf(placed: Placed, from: number, length: number): Location {
  const { start } = valueRange(placed);
  return { uri: placed.place.uri, range: { start: { line: start.line, character: start.character + from }, end: { line: start.line, character: start.character + from + length } } };
}
