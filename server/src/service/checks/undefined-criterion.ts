import { undefinedReferenceCheck } from './undefined-reference';

export const undefinedCriterion = undefinedReferenceCheck('undefined-criterion', 'criterion',
  ctx => new Map([...ctx.index.criteria].map(([id, c]) => [id, c.loc])));
