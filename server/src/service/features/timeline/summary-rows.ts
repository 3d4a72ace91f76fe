// Another plan's rows in a programme's timeline, from its summary alone (programme-types.ts), so a
// programme of many plans is drawn without analysing them again. Each phase and wave is placed by
// schedule.ts' rules over the dates the summary keeps (a summary has no due dates, so nothing is
// inferred from them); its state follows a wave's rules (checklist and dates), a gate's its decision.
// The readiness of another plan's gates and its findings are that plan's own timeline's business.
import type { Translate } from '../../l10n/translate';
import { renderMessage } from '../../l10n/translate';
import { parseDate } from '../../plan/dates';
import { PHASE_TYPES } from '../../plan/schema-enums';
import type { FileSummary, PhaseSummary } from '../../programme/programme-types';
import { schemaLabel } from '../readiness/phase-states';
import { endOf, placePhase, placeWave, type After, type Moment, type Placement, type Point, type Span, type Unscheduled } from './schedule';
import { moment, span, UniqueKeys, VERDICT_LABEL, waveState } from './timeline';
import type { Timeline, TimelineItem, TimelineLink, TimelineState } from './timeline-types';

export interface SummaryRowsOptions {
  t: Translate;
  today: string;
  /** person id → name: the plan's roster, then the programme's */
  names: ReadonlyMap<string, string | undefined>;
}

/** The rows of one plan as its own timeline would list them (keys `phase:<id>`, `wave:<phase>/<id>`), and its in-plan links. */
export function summaryRows(plan: FileSummary, { t, today, names }: SummaryRowsOptions): Pick<Timeline, 'items' | 'links' | 'unscheduled'> {
  const label = schemaLabel(t);
  const todayTime = parseDate(today) ?? Date.now();
  const placed = placeAll(plan.phases);
  const keys = new UniqueKeys();
  const items: TimelineItem[] = [];
  const unscheduled: Timeline['unscheduled'] = [];
  const keyOf = new Map<PhaseSummary, string>();
  const labelled = (state: TimelineState) => ({ state, stateLabel: t(`state.${state}`) });

  plan.phases.forEach((phase, i) => {
    const key = keys.take('phase:', phase.id, i);
    keyOf.set(phase, key);
    const place = placed.get(phase)!.phase;
    const base = { key, id: phase.id, title: phase.title ?? phase.id, line: phase.place.line };
    const progress = phase.progress ?? { done: 0, total: 0 };
    const typeLabel = phase.type === undefined ? '' : label('phaseType', PHASE_TYPES, phase.type);
    if (place.kind === 'unscheduled') unscheduled.push({ ...base, reason: renderMessage(t, place.reason) });
    else if (place.kind === 'point') {
      const decided = phase.type === 'gate' && (phase.decision === 'go' || phase.decision === 'no-go') ? phase.decision : undefined;
      const state: TimelineState = decided === 'go' ? 'done' : decided === 'no-go' ? 'blocked' : waveState(phase.type === 'gate' ? { done: 0, total: 0 } : progress, false, place, todayTime);
      items.push({
        ...base, ...labelled(state), findings: { count: 0 }, kind: 'milestone', type: phase.type === 'gate' ? 'gate' : 'go-live', typeLabel,
        ...pointDates(place), dateSource: place.source, progress,
        ...(decided ? { verdict: decided, verdictLabel: t(VERDICT_LABEL[decided]) } : {}),
      });
    } else {
      items.push({
        ...base, ...labelled(waveState(progress, false, place, todayTime)), findings: { count: 0 }, kind: 'bar', ...span(place),
        progress, type: phase.type ?? '', typeLabel,
      });
    }
    phase.waves.forEach((wave, j) => {
      const waveKey = keys.take(`wave:${key.slice('phase:'.length)}/`, wave.id, j);
      const wavePlace = placed.get(phase)!.waves[j];
      const waveBase = { key: waveKey, ...(wave.id === undefined ? {} : { id: wave.id }), title: wave.title ?? wave.id ?? `#${j}`, line: wave.place.line };
      if (wavePlace.kind === 'unscheduled') {
        unscheduled.push({ ...waveBase, reason: renderMessage(t, wavePlace.reason) });
        return;
      }
      const progress = wave.progress ?? { done: 0, total: 0 };
      const champion = wave.champion?.value;
      items.push({
        ...waveBase, ...labelled(waveState(progress, false, wavePlace, todayTime)), findings: { count: 0 },
        ...(champion === undefined ? {} : { owner: names.get(champion) === undefined ? { id: champion } : { id: champion, name: names.get(champion) } }),
        kind: 'bar', ...span(wavePlace), progress, type: 'wave', typeLabel: t('kind.wave'), parent: key,
      });
    });
  });
  return { items, links: inPlanLinks(plan.phases, keyOf, new Set(items.map(item => item.key))), unscheduled };
}

function pointDates(place: Point): { at: string; until?: string; outOfOrder?: boolean } {
  return { at: moment(place.at), ...(place.until ? { until: moment(place.until) } : {}), ...(place.outOfOrder ? { outOfOrder: true } : {}) };
}

type Placed = { phase: Placement; waves: (Span | Unscheduled)[] };

/**
 * Every phase placed after the phases of this plan it depends on: a depth-first walk with its own
 * stack (a plan may chain thousands of phases); a link back into the walk is a cycle, which places nothing.
 */
function placeAll(phases: PhaseSummary[]): Map<PhaseSummary, Placed> {
  const byId = new Map<string, PhaseSummary>();
  for (const phase of phases) if (!byId.has(phase.id)) byId.set(phase.id, phase);
  const placed = new Map<PhaseSummary, Placed>();
  const entered = new Set<PhaseSummary>();
  for (const root of phases) {
    const stack = [root];
    while (stack.length) {
      const phase = stack[stack.length - 1];
      if (!entered.has(phase)) {
        entered.add(phase);
        for (const { value } of phase.after) {
          const dep = byId.get(value);
          if (dep && !entered.has(dep)) stack.push(dep);
        }
        continue;
      }
      stack.pop();
      if (placed.has(phase)) continue;
      const waves = phase.waves.map(w => placeWave({ start: w.start, end: w.end, due: noDueDates }));
      const dates = { type: phase.type, start: phase.start, end: phase.end, decidedOn: phase.decidedOn, window: phase.window, due: noDueDates };
      placed.set(phase, { phase: placePhase(dates, dependencies(phase, byId, placed), waves), waves });
    }
  }
  return placed;
}

const noDueDates = (): Moment[] => [];

/** As schedule.ts reads `after`: a link to another plan places nothing here (it is listed as unknown, as in the plan's own timeline). */
function dependencies(phase: PhaseSummary, byId: Map<string, PhaseSummary>, placed: Map<PhaseSummary, Placed>): After {
  const after: After = { unscheduled: [], inCycle: [], unknown: [] };
  let end: Moment | undefined;
  for (const { value } of phase.after) {
    const dep = byId.get(value);
    const place = dep && placed.get(dep)?.phase;
    if (!dep) after.unknown.push(value);
    else if (!place) after.inCycle.push(value);
    else if (place.kind === 'unscheduled') after.unscheduled.push(value);
    else end = end && end.time >= endOf(place).time ? end : endOf(place);
  }
  if (after.unscheduled.length === 0) after.end = end;
  return after;
}

/** The `after` links between drawn phases of one plan, each once. */
function inPlanLinks(phases: PhaseSummary[], keyOf: Map<PhaseSummary, string>, drawn: Set<string>): TimelineLink[] {
  const byId = new Map<string, string>();
  for (const phase of phases) if (!byId.has(phase.id)) byId.set(phase.id, keyOf.get(phase)!);
  const seen = new Set<string>();
  const out: TimelineLink[] = [];
  for (const phase of phases) {
    const to = keyOf.get(phase)!;
    for (const { value } of phase.after) {
      const from = byId.get(value);
      if (!from || from === to || !drawn.has(from) || !drawn.has(to) || seen.has(`${from} ${to}`)) continue;
      seen.add(`${from} ${to}`);
      out.push({ from, to });
    }
  }
  return out;
}
