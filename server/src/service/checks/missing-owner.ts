// Every phase, task, criterion and risk needs an owner, every wave a champion (the method's rule:
// nothing moves without someone accountable). Uses the readiness model's list, so the sidebar's
// "Missing owners" node and these warnings always agree.
import type { MessageKey } from '../l10n/catalog';
import type { Check } from './check';

export const missingOwner: Check = {
  code: 'missing-owner',
  run(ctx) {
    for (const missing of ctx.readiness.missingOwners) {
      const key: MessageKey = `missing-owner.${missing.kind}`;
      ctx.report({
        code: 'missing-owner',
        loc: missing.loc,
        message: ctx.t(key, { name: missing.name }),
        data: { fix: missing.kind === 'wave' ? 'add-champion' : 'add-owner', kind: missing.kind },
      });
    }
  },
};
