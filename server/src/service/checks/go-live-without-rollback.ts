// The method: no go-live without a way back.
import type { Check } from './check';

export const goLiveWithoutRollback: Check = {
  code: 'go-live-without-rollback',
  run(ctx) {
    for (const phase of ctx.model.phases) {
      if (phase.type?.value !== 'go-live' || phase.rollback?.value.trim()) continue;
      ctx.report({
        code: 'go-live-without-rollback',
        loc: phase.anchor,
        message: ctx.t('go-live-without-rollback', { id: phase.id?.value ?? '?' }),
        data: { fix: 'add-rollback' },
      });
    }
  },
};
