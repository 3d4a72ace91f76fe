// The method: no go-live without a way back.
import { phaseCheck } from './findings-memo';

export const goLiveWithoutRollback = phaseCheck('go-live-without-rollback', (phase, { t, report }) => {
  if (phase.type?.value !== 'go-live' || phase.rollback?.value.trim()) return;
  report({
    code: 'go-live-without-rollback',
    loc: phase.anchor,
    message: t('go-live-without-rollback', { id: phase.id?.value ?? '?' }),
    data: { fix: 'add-rollback' },
  });
});
