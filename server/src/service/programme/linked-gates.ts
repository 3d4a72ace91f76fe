// A gate's reasons across plans (plan-format "Programmes": readiness follows the links): the
// phases of other plans it depends on through `after`, transitively and through both plans' links,
// read from the programme's summaries only. The plan's own phases it reaches without leaving the
// plan are readiness.ts's; those reached only through another plan are counted here. Each phase is
// visited once per gate, so a cycle of links ends. A link the programme cannot resolve, or one into
// a plan with syntax errors, is a reason of its own: the gate is not ready on what cannot be known.
import type { MessageKey } from '../l10n/catalog';
import type { MessageArgs } from '../l10n/translate';
import { MAX_GATE_REASONS } from '../plan/readiness';
import { linkedPlanOf } from './dependents';
import { lookupOf } from './programme-lookup';
import type { FileSummary, PhaseSummary, Placed, Programme } from './programme-types';

/** A reason a gate gives for another plan; `line`: the plan's own `after` link the dependency goes through. */
export interface LinkedReason {
  key: MessageKey;
  args: MessageArgs;
  line: number;
}

export interface LinkedGates {
  /** per gate id of a plan, its reasons across plans (nearest first, at most MAX_GATE_REASONS + 1: one past the cap says there are more) */
  readonly gates: ReadonlyMap<string, readonly LinkedReason[]>;
  /** the other plans the gates reach: a change in one of them may change the verdicts (the sidebar asks again) */
  readonly plans: readonly string[];
}

export const NO_LINKS: LinkedGates = { gates: new Map(), plans: [] };

/** A phase reached from a gate: its plan, and the own link the path left the gate's plan by. */
interface Step {
  plan: FileSummary;
  phase: PhaseSummary;
  exit?: Placed;
}

export function linkedGateReasons(own: FileSummary, programme: Programme): LinkedGates {
  const ownId = own.id?.value;
  // without a `plan/phase` link the plan never leaves itself: its own readiness is the whole verdict
  if (own.kind !== 'plan' || ownId === undefined || !own.phases.some(p => p.after.some(a => linkedPlanOf(a.value) !== undefined))) return NO_LINKS;
  // the programme's map is shared by every plan's checks: this plan's own summary goes into a copy
  const byId = new Map(lookupOf(programme).byId).set(ownId, own);
  const gates = new Map<string, LinkedReason[]>();
  const reached = new Set<string>();
  for (const gate of own.phases) {
    if (gate.type !== 'gate' || gates.has(gate.id)) continue;
    const reasons = gateReasons(own, gate, byId, reached);
    if (reasons.length > 0) gates.set(gate.id, reasons);
  }
  reached.delete(own.uri);
  return { gates, plans: [...reached].sort() };
}

/** The reasons across plans of the gates of the programme's plan at `uri` (none for a file that is not one of its plans). */
export function linkedIn(programme: Programme, uri: string): LinkedGates {
  const own = lookupOf(programme).byUri.get(uri);
  return own ? linkedGateReasons(own, programme) : NO_LINKS;
}

function gateReasons(own: FileSummary, gate: PhaseSummary, byId: Map<string, FileSummary>, reached: Set<string>): LinkedReason[] {
  const phaseMaps = new Map<FileSummary, Map<string, PhaseSummary>>();
  const phaseOf = (plan: FileSummary, id: string) => {
    let phases = phaseMaps.get(plan);
    if (!phases) phaseMaps.set(plan, phases = firstById(plan));
    return phases.get(id);
  };
  const nameOf = (s: Step) => `${s.plan.id!.value}/${s.phase.id}`;
  const inPlan = reachedInPlan(own, gate);
  const reasons: LinkedReason[] = [];
  const said = new Set<string>();
  const say = (key: MessageKey, args: MessageArgs, exit: Placed, once: string) => {
    if (said.has(once)) return;
    said.add(once);
    reasons.push({ key, args, line: exit.place.line });
  };
  const visited = new Set<PhaseSummary>([gate]);
  const queue: Step[] = [{ plan: own, phase: gate }];
  // breadth first: the nearest dependencies give the first reasons
  for (let head = 0; head < queue.length && reasons.length <= MAX_GATE_REASONS; head++) {
    const from = queue[head];
    for (const item of from.phase.after) {
      const linked = linkedPlanOf(item.value);
      const plan = linked === undefined ? from.plan : byId.get(linked);
      const exit = from.exit ?? (linked !== undefined && from.plan === own ? item : undefined);
      const phaseId = linked === undefined ? item.value : item.value.slice(linked.length + 1);
      const phase = plan && phaseOf(plan, phaseId);
      if (plan) reached.add(plan.uri);
      if (plan && plan !== own && plan.syntaxErrors > 0 && exit) say('readiness.linkedPlanSyntax', { plan: linked ?? plan.id!.value, link: exit.value }, exit, `syntax:${plan.uri}`);
      if (!plan || !phase) {
        // an unknown phase inside a plan is that plan's `undefined-phase`, as within one plan; across plans the gate cannot pass on it
        if (linked !== undefined && exit && !(plan && plan.syntaxErrors > 0)) say('readiness.linkUnresolved', { link: item.value }, exit, `link:${item.value}`);
        continue;
      }
      if (visited.has(phase)) continue;
      visited.add(phase);
      const step: Step = { plan, phase, exit };
      queue.push(step);
      // the plan's own phases reached without leaving it are readiness.ts's reasons
      if (!exit || (plan === own && inPlan.has(phase))) continue;
      if (phase.openItems > 0) say('readiness.linkedPhaseOpen', { phase: nameOf(step), count: phase.openItems }, exit, `open:${nameOf(step)}`);
      if ((phase.unmitigatedRisks ?? 0) > 0) say('readiness.linkedPhaseRisk', { phase: nameOf(step), count: phase.unmitigatedRisks! }, exit, `risk:${nameOf(step)}`);
    }
  }
  return reasons.slice(0, MAX_GATE_REASONS + 1);
}

/** The plan's phases a gate reaches through the plan's own links alone. */
function reachedInPlan(own: FileSummary, gate: PhaseSummary): Set<PhaseSummary> {
  const byId = firstById(own);
  const reached = new Set<PhaseSummary>();
  const stack = [gate];
  while (stack.length > 0) {
    for (const item of stack.pop()!.after) {
      const next = linkedPlanOf(item.value) === undefined ? byId.get(item.value) : undefined;
      if (next && !reached.has(next)) {
        reached.add(next);
        stack.push(next);
      }
    }
  }
  return reached;
}

/** A plan's phases by id, the first for an id used twice (as within the plan). */
function firstById(plan: FileSummary): Map<string, PhaseSummary> {
  const byId = new Map<string, PhaseSummary>();
  for (const p of plan.phases) if (!byId.has(p.id)) byId.set(p.id, p);
  return byId;
}
