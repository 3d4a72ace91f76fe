// A success criterion that no phase, wave or gate uses is noise in the plan.
import type { Check } from './check';

export const unusedCriterion: Check = {
  code: 'unused-criterion',
  run(ctx) {
    const used = new Set(ctx.index.references.filter(r => r.kind === 'criterion').map(r => r.name.value));
    for (const c of ctx.model.criteria) {
      if (!used.has(c.id.value)) ctx.report({ code: 'unused-criterion', loc: c.loc, message: ctx.t('unused-criterion', { id: c.id.value }) });
    }
  },
};
