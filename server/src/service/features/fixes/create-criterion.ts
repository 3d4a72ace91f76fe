// "Create criterion `x` under `criteria`": a reference to an undefined criterion gets a measurable
// stub to complete, owned by the phase that asks for it (fix-context.ts `criterionStub`).
import { SLUG } from '../../plan/id-index';
import type { FixDataOf } from '../../checks/check';
import { criterionStub, defaultOwner, phaseAt, quickFix, type FixProvider } from './fix-context';

export const createCriterion: FixProvider<FixDataOf<'create-criterion'>> = ctx => {
  const id = ctx.data.name;
  if (!SLUG.test(id) || ctx.analysis.index.criteria.has(id)) return [];
  const phase = phaseAt(ctx.analysis.model, ctx.start);
  return quickFix(ctx, ctx.t('fix.createCriterion', { id }), [criterionStub(ctx, id, defaultOwner(ctx, phase))], !ctx.data.suggestion);
};
