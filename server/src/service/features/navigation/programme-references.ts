// Definitions, references and the edits of a rename across the plans of a programme, from their
// summaries alone (no other file is analysed): a `plan/phase` link's plan and phase, a plan's
// `metadata.id`, and the roster's people (a plan that defines a person itself keeps its own).
import type { Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { locationOf } from '../../programme/places';
import type { FileSummary, Placed, Programme } from '../../programme/programme-types';
import { partOf, planById, splitLink, valueRange, type ProgrammeTarget } from './programme-targets';

const at = (placed: Placed): Location => ({ uri: placed.place.uri, range: valueRange(placed) });
const phaseRefs = (file: FileSummary) => file.references.filter(r => r.kind === 'phase').map(r => r.name);

/** The roster's entry for `id`: the programme file's people. */
export const rosterPerson = (programme: Programme, id: string) => programme.file?.people?.find(p => p.id === id);

/** Where the target is defined in the programme (empty when it is not). */
export function definitionIn(programme: Programme, target: ProgrammeTarget): Location[] {
  if (target.kind === 'person') {
    const person = rosterPerson(programme, target.id);
    return person ? [locationOf(person.place)] : [];
  }
  const plan = planById(programme, target.plan);
  if (target.kind === 'plan') return plan?.id ? [at(plan.id)] : [];
  const phase = plan?.phases.find(p => p.id === target.phase);
  return phase ? [locationOf(phase.place)] : [];
}

/** Every place that names the target, its definition first when asked, in URI order. */
export function referencesIn(programme: Programme, target: ProgrammeTarget, includeDeclaration: boolean): Location[] {
  return [...(includeDeclaration ? definitionIn(programme, target) : []), ...usesIn(programme, target)];
}

/** The references to the target (the part of a link that names it), without its definition. */
function usesIn(programme: Programme, target: ProgrammeTarget): Location[] {
  const uses = target.kind === 'person' ? [...(programme.file ? personUses(programme.file, target.id) : []), ...rosterUses(programme, target.id)]
    : [...(target.kind === 'phase' ? programme.plans.flatMap(file => ownPhaseUses(file, target)) : []), ...linkUses(programme, target)];
  return uses.sort(inReadingOrder);
}

/** Places file by file (in URI order), then line and column. */
const inReadingOrder = (a: Location, b: Location) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1
  : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

const personUses = (file: FileSummary, id: string) => file.references.filter(r => r.kind === 'person' && r.name.value === id).map(r => at(r.name));

/** A roster person's references in the plans that do not define that person themselves. */
const rosterUses = (programme: Programme, id: string) => programme.plans.filter(p => !p.people?.some(q => q.id === id)).flatMap(p => personUses(p, id));

/** A plain `after` item names a phase of its own plan. */
const ownPhaseUses = (file: FileSummary, target: { plan: string; phase: string }) =>
  file.id?.value === target.plan ? phaseRefs(file).filter(name => name.value === target.phase).map(at) : [];

/** The part of each `plan/phase` link that names the target plan, or the target phase. */
function linkUses(programme: Programme, target: ProgrammeTarget): Location[] {
  return programme.plans.flatMap(file => phaseRefs(file).flatMap(name => {
    const link = splitLink(name.value);
    if (!link || target.kind === 'person' || link.plan !== target.plan) return [];
    if (target.kind === 'plan') return [partOf(name, 0, link.plan.length)];
    return link.phase === target.phase ? [partOf(name, link.plan.length + 1, link.phase.length)] : [];
  }));
}

/**
 * The edits a rename makes beyond the one-file rename of the file that defines the target (a
 * phase's plan, the roster's programme file): each link's part that names a renamed phase; a roster
 * person's references in the plans that use the roster; a plan's `metadata.id` and every link's plan part.
 */
export function renameEdits(programme: Programme, target: ProgrammeTarget, newName: string): WorkspaceEdit {
  const places = target.kind === 'plan' ? referencesIn(programme, target, true)
    : target.kind === 'phase' ? linkUses(programme, target) : rosterUses(programme, target.id);
  const changes: Record<string, TextEdit[]> = {};
  for (const { uri, range } of places) (changes[uri] ??= []).push({ range, newText: newName });
  return { changes };
}

/** Two edits of one workspace edit, file by file. */
export function mergeEdits(a: WorkspaceEdit, b: WorkspaceEdit): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = { ...a.changes };
  for (const [uri, edits] of Object.entries(b.changes ?? {})) changes[uri] = [...(changes[uri] ?? []), ...edits];
  return { changes };
}
