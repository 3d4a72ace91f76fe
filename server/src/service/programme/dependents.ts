// The plans whose cross-plan findings may change when one file changes: a programme file's plans
// (roster, freezes); a plan's links both ways, followed back transitively (a cycle or a gate through
// several plans), the plans with the same id, and the plans of its programme that share go-live
// windows or champions with it. Each plan is visited once, so a cycle of links ends.
import type { Membership } from './membership';
import { folderOf } from './membership';
import type { FileSummary } from './programme-types';

/** The plan id an `after` item names, or undefined for a link inside the plan. */
export const linkedPlanOf = (after: string): string | undefined => {
  const slash = after.indexOf('/');
  return slash < 0 ? undefined : after.slice(0, slash);
};

/** What a plan shares with others, derived once per summary: each change asks it of every plan of the programme. */
interface Ties {
  linkedPlans: Set<string>;
  hasWindow: boolean;
  champions: Set<string>;
}
const tiesOf = new WeakMap<FileSummary, Ties>();
function ties(plan: FileSummary): Ties {
  let found = tiesOf.get(plan);
  if (!found) {
    tiesOf.set(plan, found = {
      linkedPlans: new Set(plan.phases.flatMap(p => p.after.flatMap(a => linkedPlanOf(a.value) ?? []))),
      hasWindow: plan.phases.some(p => p.window),
      champions: new Set(plan.phases.flatMap(p => p.waves.flatMap(w => w.champion?.value ?? []))),
    });
  }
  return found;
}

/** `summary`: the changed file as it is now, or as it was before it changed (or was deleted). */
/** `files`: every file's summary, asked only when a programme file changed. */
export function dependents(summary: FileSummary, state: Membership, files: () => readonly FileSummary[]): string[] {
  if (summary.kind === 'programme') {
    // its plans: those below its folder that no nearer programme file claims (also once it is deleted)
    const scope = folderOf(summary.uri);
    const governed = (plan: FileSummary) => folderOf(state.programmeFileOf(plan.uri)?.uri ?? scope).length <= scope.length;
    return files().filter(f => f.kind === 'plan' && f.uri.startsWith(scope) && governed(f)).map(f => f.uri);
  }
  if (summary.kind !== 'plan') return [];
  const plans = state.programmeOf(summary.uri).plans.filter(p => p.uri !== summary.uri);
  const found = new Set<string>();
  const id = summary.id?.value;
  const own = ties(summary);
  for (const plan of plans) {
    const theirs = ties(plan);
    const shares = (id !== undefined && plan.id?.value === id)
      || (own.hasWindow && theirs.hasWindow)
      || [...theirs.champions].some(c => own.champions.has(c));
    if (shares || (plan.id && own.linkedPlans.has(plan.id.value))) found.add(plan.uri);
  }
  // the plans that link to it, directly or through other plans
  const pending = id === undefined ? [] : [id];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const target = pending.pop()!;
    for (const plan of plans) {
      if (!ties(plan).linkedPlans.has(target)) continue;
      found.add(plan.uri);
      const next = plan.id?.value;
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return [...found];
}
