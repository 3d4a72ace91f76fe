// A gate decided "go" while some of its criteria are unmet or not measured.
import type { Check } from './check';

export const goWithUnmetCriteria: Check = {
  code: 'go-with-unmet-criteria',
  run(ctx) {
    for (const gate of ctx.model.phases) {
      if (gate.type?.value !== 'gate' || gate.decision?.value !== 'go') continue;
      const unmet = gate.criteria.filter(ref => ctx.readiness.criteria.get(ref.value) !== 'met');
      if (unmet.length === 0) continue;
      ctx.report({
        code: 'go-with-unmet-criteria',
        loc: gate.decision.loc,
        message: ctx.t('go-with-unmet-criteria', { count: unmet.length, criteria: unmet.map(r => `\`${r.value}\``).join(', ') }),
        related: unmet.map(ref => {
          const c = ctx.index.criteria.get(ref.value);
          if (!c) return { loc: ref.loc, message: ctx.t('readiness.criterionUndefined', { id: ref.value }) };
          const unmet = ctx.readiness.criteria.get(ref.value) === 'unmet';
          return {
            loc: c.loc,
            message: unmet
              ? ctx.t('readiness.criterionUnmet', { id: ref.value, actual: c.actual?.value ?? '?', target: c.target?.value ?? '?' })
              : ctx.t('readiness.criterionUnknown', { id: ref.value }),
          };
        }),
      });
    }
  },
};
