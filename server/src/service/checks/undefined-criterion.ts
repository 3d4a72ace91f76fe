import { undefinedReferenceCheck } from './undefined-reference';

export const undefinedCriterion = undefinedReferenceCheck('undefined-criterion', 'criterion', ctx => ctx.index.criteria, c => c.loc);
