// An open high or critical risk needs a mitigation before anyone decides to go.
import { isUnmitigated } from '../plan/readiness';
import type { Check } from './check';

export const unmitigatedRisk: Check = {
  code: 'unmitigated-risk',
  run(ctx) {
    for (const phase of ctx.model.phases) {
      for (const risk of phase.risks) {
        if (!isUnmitigated(risk)) continue;
        const severity = risk.severity!.value as 'high' | 'critical';
        ctx.report({
          code: 'unmitigated-risk',
          loc: risk.anchor,
          message: ctx.t('unmitigated-risk', { id: risk.id?.value ?? risk.title?.value ?? '?', severity: ctx.t(`severity.${severity}`) }),
        });
      }
    }
  },
};
