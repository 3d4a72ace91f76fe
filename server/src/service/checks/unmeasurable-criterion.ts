// A quantitative success criterion must say what number counts as success.
import { parseTarget } from '../plan/readiness';
import type { Criterion } from '../plan/model';
import type { Check } from './check';
import { findingsMemo } from './findings-memo';

const memo = findingsMemo<Criterion[]>();

export const unmeasurableCriterion: Check = {
  code: 'unmeasurable-criterion',
  run(ctx) {
    const { t, model } = ctx;
    const findings = memo(model.criteria, [t], (criteria, report) => {
      for (const c of criteria) {
        if (c.kind !== 'quantitative') continue;
        if (!c.target) {
          report({ code: 'unmeasurable-criterion', loc: c.loc, message: t('unmeasurable-criterion.noTarget', { id: c.id.value }) });
        } else if (!parseTarget(c.target.value)) {
          report({ code: 'unmeasurable-criterion', loc: c.target.loc, message: t('unmeasurable-criterion.badTarget', { target: c.target.value }) });
        }
      }
    });
    for (const f of findings) ctx.report(f);
  },
};
