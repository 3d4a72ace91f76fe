// References completed from the plan itself: its criteria (with their status), its people (or the
// names it already uses when it has no roster) and its phases (nearest first, those that would
// close a dependency cycle last and marked).
import { CompletionItemKind, CompletionItemTag, type CompletionItem } from 'vscode-languageserver-types';
import type { ValueContext } from '../cursor/contexts';
import { criterionDetail, describeCriterion, describePerson, describePhase, personDetail, personValues, phaseDetail } from '../hover/describe';
import type { Phase } from '../../plan/model';
import { absStart } from '../../plan/parse';
import { DETAILS, markdown, type CompletionEnv, type Detailed } from './completion-env';

export type ValueMaker = (label: string, kind: CompletionItemKind, sort: string, extra?: Partial<Detailed>) => CompletionItem;

export function criterionItems(env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const { index, readiness } = env.analysis;
  return [...index.criteria.values()].map((c, i) => {
    const status = readiness.criteria.get(c.id.value) ?? 'unknown';
    return value(c.id.value, CompletionItemKind.Reference, `1${String(i).padStart(5, '0')}`, {
      [DETAILS]: () => ({ detail: criterionDetail(env.t, c, status), documentation: markdown(describeCriterion(env.t, c, status)) }),
    });
  });
}

export function personItems(env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const { index } = env.analysis;
  if (index.people) {
    return [...index.people.values()].map((p, i) => value(p.id.value, CompletionItemKind.Reference, `1${String(i).padStart(5, '0')}`, {
      detail: personDetail(personValues(p)), documentation: markdown(describePerson(env.t, personValues(p))),
    }));
  }
  // no roster: the names already used in the plan
  const names = new Set(index.references.filter(r => r.kind === 'person').map(r => r.name.value));
  return [...names].map((name, i) => value(name, CompletionItemKind.Reference, `1${String(i).padStart(5, '0')}`));
}

/** The phase the cursor is in (the last one starting before it), when the path is under `phases`. */
function phaseAt(env: CompletionEnv): Phase | undefined {
  const phases = env.analysis.model.phases;
  let lo = 0;
  let hi = phases.length - 1;
  let found: Phase | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (absStart(phases[mid].loc) <= env.offset) {
      found = phases[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The phase before a new phase inserted here: an empty `- ` item is not in the model, so it is the last one starting before. */
export const phaseBefore = phaseAt;

export function phaseItems(ctx: ValueContext, env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const { model } = env.analysis;
  const current = ctx.path[0] === 'phases' ? phaseAt(env) : undefined;
  const self = current?.id?.value;
  // phases that already depend on this one, directly or not: naming them in `after` closes a cycle
  const dependents = new Map<string, string>();
  if (self) {
    const rev = new Map<string, string[]>();
    for (const p of model.phases) {
      if (!p.id) continue;
      for (const a of p.after) rev.set(a.value, [...(rev.get(a.value) ?? []), p.id.value]);
    }
    const queue = [self];
    while (queue.length) {
      const id = queue.shift()!;
      for (const d of rev.get(id) ?? []) {
        if (dependents.has(d) || d === self) continue;
        dependents.set(d, id);
        queue.push(d);
      }
    }
  }
  const at = current ? model.phases.indexOf(current) : model.phases.length;
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  model.phases.forEach((p, i) => {
    const id = p.id?.value;
    if (!id || id === self || seen.has(id)) return;
    seen.add(id);
    const cycle = dependents.has(id);
    // nearest earlier phases first, then later ones, cycles last
    const rank = cycle ? 2 : i < at ? 0 : 1;
    const order = i < at ? at - i : i;
    items.push(value(id, CompletionItemKind.Reference, `${1 + rank}${String(order).padStart(5, '0')}`, {
      detail: cycle ? `⚠ ${env.t('completion.cycle', { id: self!, other: id })}` : phaseDetail(p),
      documentation: markdown(describePhase(env.t, p)),
      ...(cycle ? { tags: [CompletionItemTag.Deprecated] } : {}),
    }));
  });
  return items;
}
