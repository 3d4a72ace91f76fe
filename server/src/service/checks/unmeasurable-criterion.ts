// A quantitative success criterion must say what number counts as success.
import { parseTarget } from '../plan/readiness';
import type { Check } from './check';

export const unmeasurableCriterion: Check = {
  code: 'unmeasurable-criterion',
  run(ctx) {
    for (const c of ctx.model.criteria) {
      if (c.kind !== 'quantitative') continue;
      if (!c.target) {
        ctx.report({ code: 'unmeasurable-criterion', loc: c.loc, message: ctx.t('unmeasurable-criterion.noTarget', { id: c.id.value }) });
      } else if (!parseTarget(c.target.value)) {
        ctx.report({ code: 'unmeasurable-criterion', loc: c.target.loc, message: ctx.t('unmeasurable-criterion.badTarget', { target: c.target.value }) });
      }
    }
  },
};
