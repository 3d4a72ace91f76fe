// References that resolve in another file of the programme: `after: [plan/phase]` items
// (undefined-phase: no such plan, a plan of another programme, no such phase; the closest one
// suggested) and person references against the plan's `people`, then the programme's roster
// (undefined-person; the plan's own definition wins silently).
import type { MessageKey } from '../l10n/catalog';
import { suggesterFor } from '../shared/suggest';
import { linkedPlanOf } from './dependents';
import { rangeOf } from './places';
import type { ProgrammeContext } from './programme-finding';
import { lookupOf } from './programme-lookup';
import type { FileSummary, Placed } from './programme-types';

export function undefinedPlanPhases(ctx: ProgrammeContext): void {
  const { own } = ctx;
  const { byId, planIds } = lookupOf(ctx.programme);
  for (const phase of own.phases) {
    for (const item of phase.after) {
      const planId = linkedPlanOf(item.value);
      if (planId === undefined) continue;
      const phaseId = item.value.slice(planId.length + 1);
      const plan = byId.get(planId);
      if (plan) missingPhase(ctx, item, plan, phaseId);
      else missingPlan(ctx, item, planId, phaseId, planIds.closest(planId), byId);
    }
  }
}

function missingPlan(ctx: ProgrammeContext, item: Placed, planId: string, phaseId: string, suggestion: string | undefined, byId: Map<string, FileSummary>): void {
  const outside = ctx.elsewhere(planId)[0];
  if (outside) {
    ctx.report({
      code: 'undefined-phase', range: rangeOf(item.place),
      message: ctx.t('undefined-phase.outside', { plan: planId }),
      related: [{ place: outside.id!.place, message: ctx.t('related.definedHere', { id: planId }) }],
    });
    return;
  }
  const key: MessageKey = suggestion ? 'undefined-phase.noPlan.suggest' : 'undefined-phase.noPlan';
  const replacement = suggestion && `${suggestion}/${phaseId}`;
  ctx.report({
    code: 'undefined-phase', range: rangeOf(item.place),
    message: ctx.t(key, { plan: planId, suggestion: suggestion ?? '' }),
    related: suggestion ? [{ place: byId.get(suggestion)!.id!.place, message: ctx.t('related.definedHere', { id: suggestion }) }] : undefined,
    data: { fix: 'replace', kind: 'phase', name: item.value, suggestion: replacement },
  });
}

function missingPhase(ctx: ProgrammeContext, item: Placed, plan: FileSummary, phaseId: string): void {
  if (plan.phases.some(p => p.id === phaseId)) return;
  // a plan that does not read may hold the phase in its broken part: nothing can be said
  if (plan.syntaxErrors > 0) return;
  const planId = plan.id!.value;
  const suggestion = suggesterFor(plan.phases.map(p => p.id)).closest(phaseId);
  const key: MessageKey = suggestion ? 'undefined-phase.noPhase.suggest' : 'undefined-phase.noPhase';
  const target = suggestion ? plan.phases.find(p => p.id === suggestion)!.place : plan.id!.place;
  ctx.report({
    code: 'undefined-phase', range: rangeOf(item.place),
    message: ctx.t(key, { plan: planId, id: phaseId, suggestion: suggestion ?? '' }),
    related: [{ place: target, message: ctx.t('related.definedHere', { id: suggestion ? `${planId}/${suggestion}` : planId }) }],
    data: { fix: 'replace', kind: 'phase', name: item.value, suggestion: suggestion && `${planId}/${suggestion}` },
  });
}

/** Person references of a plan whose programme has a roster (without one, the plan's own check decides). */
export function undefinedRosterPeople(ctx: ProgrammeContext): void {
  const roster = ctx.programme.file?.people;
  if (!roster) return;
  const { own } = ctx;
  const defined = new Map<string, Placed['place']>();
  for (const person of roster) defined.set(person.id, person.place);
  // the plan's own definition wins
  for (const person of own.people ?? []) defined.set(person.id, person.place);
  let suggester: ReturnType<typeof suggesterFor> | undefined;
  for (const ref of own.references) {
    if (ref.kind !== 'person' || defined.has(ref.name.value)) continue;
    suggester ??= suggesterFor([...defined.keys()]);
    const suggestion = suggester.closest(ref.name.value);
    ctx.report({
      code: 'undefined-person', range: rangeOf(ref.name.place),
      message: ctx.t(suggestion ? 'undefined-person.roster.suggest' : 'undefined-person.roster', { id: ref.name.value, suggestion: suggestion ?? '' }),
      related: suggestion ? [{ place: defined.get(suggestion)!, message: ctx.t('related.definedHere', { id: suggestion }) }] : undefined,
      data: { fix: 'add-to-roster', name: ref.name.value, suggestion, uri: ctx.programme.file!.uri },
    });
  }
}
