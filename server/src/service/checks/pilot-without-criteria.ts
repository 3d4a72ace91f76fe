// A pilot is judged on measurable success criteria, and a Go/No-Go gate decides on them.
import type { Check } from './check';

export const pilotWithoutCriteria: Check = {
  code: 'pilot-without-criteria',
  run(ctx) {
    for (const phase of ctx.model.phases) {
      const id = phase.id?.value ?? '?';
      if (phase.type?.value === 'pilot' && phase.exitCriteria.length === 0) {
        ctx.report({ code: 'pilot-without-criteria', loc: phase.anchor, message: ctx.t('pilot-without-criteria.pilot', { id }), data: { fix: 'add-exit-criteria', key: 'exitCriteria' } });
      } else if (phase.type?.value === 'gate' && phase.criteria.length === 0) {
        ctx.report({ code: 'pilot-without-criteria', loc: phase.anchor, message: ctx.t('pilot-without-criteria.gate', { id }), data: { fix: 'add-exit-criteria', key: 'criteria' } });
      }
    }
  },
};
