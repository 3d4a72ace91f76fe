// A success criterion that no phase, wave or gate uses is noise in the plan.
import type { Check } from './check';

export const unusedCriterion: Check = {
  code: 'unused-criterion',
  run(ctx) {
    for (const c of ctx.model.criteria) {
      if (!ctx.census.isReferenced(c.id.value)) ctx.report({ code: 'unused-criterion', loc: c.loc, message: ctx.t('unused-criterion', { id: c.id.value }) });
    }
  },
};
