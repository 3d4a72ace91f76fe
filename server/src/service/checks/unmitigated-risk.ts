// An open high or critical risk needs a mitigation before anyone decides to go.
import { isUnmitigated } from '../plan/readiness';
import { phaseCheck } from './findings-memo';

export const unmitigatedRisk = phaseCheck('unmitigated-risk', (phase, { t, report }) => {
  for (const risk of phase.risks) {
    if (!isUnmitigated(risk)) continue;
    const severity = risk.severity!.value as 'high' | 'critical';
    report({
      code: 'unmitigated-risk',
      loc: risk.anchor,
      message: t('unmitigated-risk', { id: risk.id?.value ?? risk.title?.value ?? '?', severity: t(`severity.${severity}`) }),
    });
  }
});
