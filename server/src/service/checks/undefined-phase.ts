import { undefinedReferenceCheck } from './undefined-reference';

export const undefinedPhase = undefinedReferenceCheck('undefined-phase', 'phase', ctx => ctx.index.phases, p => p.id!.loc);
