import { undefinedReferenceCheck } from './undefined-reference';

// `plan/phase` names a phase of another plan of the programme: the programme's checks resolve it
export const undefinedPhase = undefinedReferenceCheck('undefined-phase', 'phase', ctx => ctx.index.phases, p => p.id!.loc, {
  elsewhere: name => name.includes('/'), rebuiltEachAnalysis: true,
});
