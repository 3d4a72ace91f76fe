// Ids are one namespace across phases, waves, risks and checklist items; people and criteria
// each form their own. The second use is reported, pointing back at the first.
// Most edits leave every id unique: the document's census (plan/id-census.ts) says so without a pass over them.
import { NAMESPACE } from '../plan/id-index';
import type { Str } from '../plan/model';
import type { Check } from './check';

export const duplicateId: Check = {
  code: 'duplicate-id',
  run(ctx) {
    if (!ctx.census.someIdTwice) return;
    const firsts: Record<string, Map<string, Str>> = Object.fromEntries(Object.values(NAMESPACE).map(ns => [ns, new Map()]));
    for (const part of ctx.index.parts) {
      for (const def of part.definitions) {
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
    }
  },
};
