// `after` links through several plans: cycles (dependency-cycle, each step named `plan/phase`, on
// the plan's own links of the cycle; a cycle inside one plan is the plan's own check's) and a phase
// starting before the end of the phase of another plan it depends on (starts-before-dependency).
import { MAX_CYCLE_STEPS } from '../checks/dependency-cycle';
import { parseDate } from '../plan/dates';
import { linkedPlanOf } from './dependents';
import { plansById, type ProgrammeContext } from './programme-finding';
import type { FileSummary, PhaseSummary } from './programme-types';

/** A phase of the programme, named `plan/phase`. */
interface Node {
  plan: FileSummary;
  phase: PhaseSummary;
  name: string;
}

/** The programme's phases and their `after` targets, resolved across plans. */
function phaseGraph(byId: Map<string, FileSummary>) {
  const nodes = new Map<string, Node>();
  for (const [planId, plan] of byId) for (const phase of plan.phases) {
    const name = `${planId}/${phase.id}`;
    if (!nodes.has(name)) nodes.set(name, { plan, phase, name });
  }
  const target = (from: Node, after: string): Node | undefined =>
    nodes.get(linkedPlanOf(after) === undefined ? `${from.plan.id!.value}/${after}` : after);
  return { nodes, target };
}

export function crossPlanLinks(ctx: ProgrammeContext): void {
  const { own } = ctx;
  const ownId = own.id?.value;
  const byId = plansById(ctx.programme);
  if (ownId === undefined || byId.get(ownId) !== own) return;
  // a cycle through another plan leaves this one by one of its `plan/phase` links; a lone plan has none
  if (!own.phases.some(p => p.after.some(a => linkedPlanOf(a.value) !== undefined))) return;
  const { nodes, target } = phaseGraph(byId);
  for (const phase of own.phases) {
    const from = nodes.get(`${ownId}/${phase.id}`);
    if (!from || from.phase !== phase) continue;
    for (const item of phase.after) {
      const to = target(from, item.value);
      if (!to) continue;
      const cycle = pathBack(to, from, target);
      if (cycle && cycle.some(n => n.plan !== own)) {
        ctx.report({
          code: 'dependency-cycle', range: item.place.range,
          message: ctx.t('dependency-cycle', { cycle: cycleName(ctx, [from, ...cycle]) }),
          related: [{ place: to.phase.place, message: ctx.t('related.cycleLink', { from: from.name, to: to.name }) }],
        });
      }
      if (to.plan !== own) startsAfter(ctx, phase, item.place.range, to);
    }
  }
}

/** The shortest path of `after` links from `start` back to `goal` (breadth-first, each phase once), or undefined. */
function pathBack(start: Node, goal: Node, target: (from: Node, after: string) => Node | undefined): Node[] | undefined {
  const parent = new Map<Node, Node | undefined>([[start, undefined]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    if (current === goal) {
      const path: Node[] = [];
      for (let n: Node | undefined = current; n; n = parent.get(n)) path.unshift(n);
      return path;
    }
    for (const item of current.phase.after) {
      const next = target(current, item.value);
      if (next && !parent.has(next)) {
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

function startsAfter(ctx: ProgrammeContext, phase: PhaseSummary, range: Node['phase']['place']['range'], dep: Node): void {
  const start = phase.start === undefined ? undefined : parseDate(phase.start);
  const end = dep.phase.end === undefined ? undefined : parseDate(dep.phase.end);
  if (start === undefined || end === undefined || start >= end) return;
  ctx.report({
    code: 'starts-before-dependency', range,
    message: ctx.t('starts-before-dependency', { start: phase.start!, dependency: dep.name, end: dep.phase.end! }),
    related: [{ place: dep.phase.place, message: ctx.t('related.definedHere', { id: dep.name }) }],
  });
}
