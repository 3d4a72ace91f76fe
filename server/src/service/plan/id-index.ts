// What a plan defines (criteria, phases, people, waves, risks, tasks) and every place that refers
// to a definition. Rebuilt from the model on each analysis: it is linear and cheap, and it keeps
// references, rename and the cross-reference checks in step with every edit.
import type { Criterion, Person, Phase, PlanModel, Str } from './model';

/** The form of every id a plan defines (the schema's `slug`). */
export const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

export type RefKind = 'criterion' | 'phase' | 'person';
export type DefKind = RefKind | 'wave' | 'risk' | 'task';

export interface Definition {
  kind: DefKind;
  id: Str;
}

export interface Reference {
  kind: RefKind;
  name: Str;
}

export interface PlanIndex {
  definitions: Definition[];
  references: Reference[];
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

export function buildIndex(model: PlanModel): PlanIndex {
  const definitions: Definition[] = [];
  const references: Reference[] = [];
  const refs = (kind: RefKind, names: (Str | undefined)[]) => {
    for (const name of names) if (name) references.push({ kind, name });
  };
  const def = (kind: DefKind, id: Str | undefined) => { if (id) definitions.push({ kind, id }); };

  for (const p of model.people ?? []) def('person', p.id);
  refs('person', [model.metadata.owner, model.metadata.sponsor]);
  for (const c of model.criteria) {
    def('criterion', c.id);
    refs('person', [c.owner]);
  }
  for (const phase of model.phases) {
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
  }
  return {
    definitions,
    references,
    criteria: firstById(model.criteria, c => c.id),
    phases: firstById(model.phases, p => p.id),
    people: model.people && firstById(model.people, p => p.id),
  };
}
