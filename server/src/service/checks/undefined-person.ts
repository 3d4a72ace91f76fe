import { undefinedReferenceCheck } from './undefined-reference';

// Only plans that keep a `people` roster get their person references checked.
export const undefinedPerson = undefinedReferenceCheck('undefined-person', 'person', ctx => ctx.index.people, p => p.loc);
