// `after` links through several plans: cycles (dependency-cycle, each step named `plan/phase`, on
// the plan's own links of the cycle; a cycle inside one plan is the plan's own check's) and a phase
// starting before the end of the phase of another plan it depends on (starts-before-dependency).
import type { Range } from 'vscode-languageserver-types';
import { MAX_CYCLE_STEPS } from '../checks/dependency-cycle';
import { parseDate } from '../plan/dates';
import { linkedPlanOf } from './dependents';
import { rangeOf } from './places';
import type { ProgrammeContext } from './programme-finding';
import { lookupOf, type PhaseNode as Node, type ProgrammeLookup } from './programme-lookup';
import type { PhaseSummary } from './programme-types';

export function crossPlanLinks(ctx: ProgrammeContext): void {
  const { own } = ctx;
  const ownId = own.id?.value;
  const lookup = lookupOf(ctx.programme);
  if (ownId === undefined || lookup.byId.get(ownId) !== own) return;
  // a cycle through another plan leaves this one by one of its `plan/phase` links; a lone plan has none
  if (!own.phases.some(p => p.after.some(a => linkedPlanOf(a.value) !== undefined))) return;
  for (const phase of own.phases) {
    const from = lookup.nodes.get(`${ownId}/${phase.id}`);
    if (!from || from.phase !== phase) continue;
    for (const item of phase.after) {
      const to = lookup.target(from, item.value);
      if (!to) continue;
      const cycle = cycleThroughPlans(lookup, from, to);
      if (cycle) {
        ctx.report({
          code: 'dependency-cycle', range: rangeOf(item.place),
          message: ctx.t('dependency-cycle', { cycle: cycleName(ctx, [from, ...cycle]) }),
          related: [{ place: to.phase.place, message: ctx.t('related.cycleLink', { from: from.name, to: to.name }) }],
        });
      }
      if (to.plan !== own) startsAfter(ctx, phase, rangeOf(item.place), to);
    }
  }
}

/**
 * The shortest path of `after` links from `to` back to `from` when the link from → to closes a
 * cycle through another plan (inside one plan, it is the plan's own check's), else undefined.
 * Such a path stays in the link's strongly connected component: the search looks nowhere else.
 */
function cycleThroughPlans(lookup: ProgrammeLookup, from: Node, to: Node): Node[] | undefined {
  const { cycles } = lookup;
  const component = cycles.componentOf(from);
  if (component === undefined || cycles.componentOf(to) !== component) return undefined;
  if (cycles.members(component).every(n => n.plan === from.plan)) return undefined;
  // breadth-first, each phase once, within the component
  const parent = new Map<Node, Node | undefined>([[to, undefined]]);
  const queue = [to];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    if (current === from) {
      const path: Node[] = [];
      for (let n: Node | undefined = current; n; n = parent.get(n)) path.unshift(n);
      return path.some(n => n.plan !== from.plan) ? path : undefined;
    }
    for (const item of current.phase.after) {
      const next = lookup.target(current, item.value);
      if (next && !parent.has(next) && cycles.componentOf(next) === component) {
        parent.set(next, current);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** `a/x → b/y → a/x` (the path ends where it starts), or the first steps and a count. */
function cycleName(ctx: ProgrammeContext, path: Node[]): string {
  const names = path.map(n => n.name);
  const steps = names.length - 1;
  if (steps <= MAX_CYCLE_STEPS) return names.join(' → ');
  return ctx.t('dependency-cycle.more', { steps: names.slice(0, MAX_CYCLE_STEPS).join(' → '), count: steps - MAX_CYCLE_STEPS });
}

function startsAfter(ctx: ProgrammeContext, phase: PhaseSummary, range: Range, dep: Node): void {
  const start = phase.start === undefined ? undefined : parseDate(phase.start);
  const end = dep.phase.end === undefined ? undefined : parseDate(dep.phase.end);
  if (start === undefined || end === undefined || start >= end) return;
  ctx.report({
    code: 'starts-before-dependency', range,
    message: ctx.t('starts-before-dependency', { start: phase.start!, dependency: dep.name, end: dep.phase.end! }),
    related: [{ place: dep.phase.place, message: ctx.t('related.definedHere', { id: dep.name }) }],
  });
}
