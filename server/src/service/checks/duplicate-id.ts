// Ids are one namespace across phases, waves, risks and checklist items; people and criteria
// each form their own. The second use is reported, pointing back at the first.
import type { DefKind } from '../plan/id-index';
import type { Str } from '../plan/model';
import type { Check } from './check';

const NAMESPACE: Record<DefKind, string> = {
  phase: 'plan', wave: 'plan', risk: 'plan', task: 'plan', person: 'people', criterion: 'criteria',
};

export const duplicateId: Check = {
  code: 'duplicate-id',
  run(ctx) {
    const firsts: Record<string, Map<string, Str>> = Object.fromEntries(Object.values(NAMESPACE).map(ns => [ns, new Map()]));
    for (const def of ctx.index.definitions) {
      const first = firsts[NAMESPACE[def.kind]];
      const previous = first.get(def.id.value);
      if (!previous) {
        first.set(def.id.value, def.id);
        continue;
      }
      ctx.report({
        code: 'duplicate-id',
        loc: def.id.loc,
        message: ctx.t('duplicate-id', { id: def.id.value, kind: ctx.t(`kind.${def.kind}`) }),
        related: [{ loc: previous.loc, message: ctx.t('duplicate-id.first', { id: def.id.value }) }],
      });
    }
  },
};
