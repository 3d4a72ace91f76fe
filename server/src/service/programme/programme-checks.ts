// A file's findings across its programme (plan-format "Checks, across plans"), computed from the
// programme's summaries alone: no other plan is parsed again. The plan's own checks defer to these
// where they know less (`deferredLocalFindings`).
import type { Finding } from '../checks/check';
import type { Translate } from '../l10n/translate';
import { goLivesInFreezes, overlappingGoLives, overloadedChampions } from './calendar-checks';
import { crossPlanLinks } from './cross-links';
import { undefinedPlanPhases, undefinedRosterPeople } from './cross-references';
import type { ProgrammeContext, ProgrammeFinding } from './programme-finding';
import { duplicateFreezeIds, duplicatePlanIds, programmeProblems } from './programme-ids';
import { lookupOf } from './programme-lookup';
import type { FileSummary, Programme } from './programme-types';

const PLAN_RULES = [undefinedPlanPhases, undefinedRosterPeople, duplicatePlanIds, crossPlanLinks, goLivesInFreezes, overlappingGoLives, overloadedChampions, programmeProblems];
const PROGRAMME_RULES = [duplicateFreezeIds, programmeProblems];

export function programmeFindings(own: FileSummary, programme: Programme, t: Translate,
  elsewhere: (planId: string) => readonly FileSummary[]): ProgrammeFinding[] {
  const findings: ProgrammeFinding[] = [];
  // the programme's copy of the file (a programme file that does not read has its roster dropped)
  const lookup = lookupOf(programme);
  const member = own.kind === 'programme' ? (programme.file?.uri === own.uri ? programme.file : own) : lookup.byUri.get(own.uri) ?? own;
  const ctx: ProgrammeContext = { own: member, programme, t, elsewhere: id => elsewhere(id).filter(p => !lookup.members.has(p)), report: f => findings.push(f) };
  for (const rule of own.kind === 'programme' ? PROGRAMME_RULES : own.kind === 'plan' ? PLAN_RULES : []) rule(ctx);
  return findings;
}

/**
 * The plan's own findings that the programme's replace: person references when the programme has a
 * roster (the plan's check knows only its own `people`). `plan/phase` links are never checked
 * locally (checks/undefined-phase.ts leaves them to the programme).
 */
export function deferredLocalFinding(programme: Programme, checked: FileSummary): (finding: Finding) => boolean {
  // the programme file's own references resolve against its own roster: its local check is the one
  const roster = programme.file?.people !== undefined && checked.kind === 'plan';
  return finding => roster && finding.code === 'undefined-person';
}
