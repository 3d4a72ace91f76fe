import { undefinedReferenceCheck } from './undefined-reference';

export const undefinedPhase = undefinedReferenceCheck('undefined-phase', 'phase',
  ctx => new Map([...ctx.index.phases].map(([id, p]) => [id, p.id!.loc])));
