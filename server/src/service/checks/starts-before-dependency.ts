// A phase that starts before a phase it depends on has ended: the plan's order and dates disagree.
import { parseDate } from '../plan/dates';
import type { Check } from './check';

export const startsBeforeDependency: Check = {
  code: 'starts-before-dependency',
  run(ctx) {
    for (const phase of ctx.model.phases) {
      const start = phase.start && parseDate(phase.start.value);
      if (start === undefined || !phase.start) continue;
      for (const ref of phase.after) {
        const dep = ctx.index.phases.get(ref.value);
        const depEnd = dep?.end && parseDate(dep.end.value);
        if (!dep?.end || depEnd === undefined || start >= depEnd) continue;
        ctx.report({
          code: 'starts-before-dependency',
          loc: phase.start.loc,
          message: ctx.t('starts-before-dependency', { start: phase.start.value, dependency: ref.value, end: dep.end.value }),
          related: [{ loc: dep.end.loc, message: ctx.t('related.dependencyEnds', { id: ref.value }) }],
        });
      }
    }
  },
};
