// What a plan defines (criteria, phases, people, waves, risks, tasks) and every place that refers
// to a definition. Kept in parts: the roster, the metadata, the criteria, then one part per phase,
// each derived once per model object (once-per.ts), so an edit rebuilds the part of the phase it
// touched; what spans phases (the id maps, the flat lists features read) is combined per analysis.
import type { Criterion, Person, Phase, PlanModel, Str } from './model';
import { oncePer } from './once-per';

/** The form of every id a plan defines (the schema's `slug`). */
export const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

export type RefKind = 'criterion' | 'phase' | 'person';
export type DefKind = RefKind | 'wave' | 'risk' | 'task';

/** Ids form three namespaces: people, criteria, and one for phases, waves, risks and checklist items. */
export const NAMESPACE: Record<DefKind, 'people' | 'criteria' | 'plan'> = {
  person: 'people', criterion: 'criteria', phase: 'plan', wave: 'plan', risk: 'plan', task: 'plan',
};

export interface Definition {
  kind: DefKind;
  id: Str;
}

export interface Reference {
  kind: RefKind;
  name: Str;
}

/** The definitions and references of one part of the plan, in text order. */
export interface IndexPart {
  definitions: Definition[];
  references: Reference[];
  /** the references of each kind: what one cross-reference check reads */
  referencesOf: Record<RefKind, Reference[]>;
}

export interface PlanIndex {
  /** the roster, the metadata, the criteria, then each phase: flattened, the lists below */
  parts: IndexPart[];
  /** every definition, in text order (flattened from the parts when first read) */
  readonly definitions: Definition[];
  /** every reference, in text order (flattened from the parts when first read) */
  readonly references: Reference[];
  criteria: Map<string, Criterion>;
  phases: Map<string, Phase>;
  /** undefined when the plan keeps no `people` roster */
  people?: Map<string, Person>;
}

function firstById<T>(items: T[], id: (item: T) => Str | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = id(item)?.value;
    if (key !== undefined && !map.has(key)) map.set(key, item);
  }
  return map;
}

/** Collects one part: `def` and `refs` in text order. */
function part(fill: (def: (kind: DefKind, id: Str | undefined) => void, refs: (kind: RefKind, names: (Str | undefined)[]) => void) => void): IndexPart {
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  const referencesOf: Record<RefKind, Reference[]> = { criterion: [], phase: [], person: [] };
  fill(
    (kind, id) => { if (id) definitions.push({ kind, id }); },
    (kind, names) => {
      for (const name of names) {
        if (!name) continue;
        const reference = { kind, name };
        references.push(reference);
        referencesOf[kind].push(reference);
      }
    },
  );
  return { definitions, references, referencesOf };
}

const rosterPart = oncePer((people: Person[]) => part(def => { for (const p of people) def('person', p.id); }));

const criteriaPart = oncePer((criteria: Criterion[]) => part((def, refs) => {
  for (const c of criteria) {
    def('criterion', c.id);
    refs('person', [c.owner]);
  }
}));

const phasePart = oncePer((phase: Phase) => part((def, refs) => {
  def('phase', phase.id);
  refs('phase', phase.after);
  refs('criterion', [...phase.exitCriteria, ...phase.criteria]);
  refs('person', [phase.owner, ...phase.approvers]);
  for (const t of [...phase.checklist, ...phase.postChecks]) {
    def('task', t.id);
    refs('person', [t.owner]);
  }
  for (const r of phase.risks) {
    def('risk', r.id);
    refs('person', [r.owner]);
  }
  for (const w of phase.waves) {
    def('wave', w.id);
    refs('person', [w.champion]);
    refs('criterion', w.exitCriteria);
    for (const t of w.checklist) {
      def('task', t.id);
      refs('person', [t.owner]);
    }
  }
}));

const criteriaById = oncePer((criteria: Criterion[]) => firstById(criteria, c => c.id));
const peopleById = oncePer((people: Person[]) => firstById(people, p => p.id));

export function buildIndex(model: PlanModel): PlanIndex {
  const metadata = part((_, refs) => refs('person', [model.metadata.owner, model.metadata.sponsor]));
  const parts = [rosterPart(model.people ?? []), metadata, criteriaPart(model.criteria), ...model.phases.map(phasePart)];
  let definitions: Definition[] | undefined;
  let references: Reference[] | undefined;
  return {
    parts,
    get definitions() {
      definitions ??= parts.flatMap(p => p.definitions);
      return definitions;
    },
    get references() {
      references ??= parts.flatMap(p => p.references);
      return references;
    },
    criteria: criteriaById(model.criteria),
    phases: firstById(model.phases, p => p.id),
    people: model.people && peopleById(model.people),
  };
}
