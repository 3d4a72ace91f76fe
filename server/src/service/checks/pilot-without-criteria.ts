// A pilot is judged on measurable success criteria, and a Go/No-Go gate decides on them.
import { phaseCheck } from './findings-memo';

export const pilotWithoutCriteria = phaseCheck('pilot-without-criteria', (phase, { t, report }) => {
  const id = phase.id?.value ?? '?';
  if (phase.type?.value === 'pilot' && phase.exitCriteria.length === 0) {
    report({ code: 'pilot-without-criteria', loc: phase.anchor, message: t('pilot-without-criteria.pilot', { id }), data: { fix: 'add-exit-criteria', key: 'exitCriteria' } });
  } else if (phase.type?.value === 'gate' && phase.criteria.length === 0) {
    report({ code: 'pilot-without-criteria', loc: phase.anchor, message: t('pilot-without-criteria.gate', { id }), data: { fix: 'add-exit-criteria', key: 'criteria' } });
  }
});
