// The timeline of a plan (timeline-types.ts), drawn by every renderer: built from the phase states
// of the same analysis (readiness/phase-states.ts, the part of the readiness view it needs), so
// states, progress, verdicts, reasons and owners are the sidebar's, and from the schedule
// (schedule.ts) for where each phase and wave sits in time.
//
// A bar's or milestone's state is the view's, with one more: `late`, its end has passed and it is
// not done (done and blocked win over late). A wave follows the view's rules for a phase: done when
// its checklist is, blocked when it has started (an item done, or its start date has come) while a
// phase its phase depends on is not done, late past its end, in progress once started.
import type { Analysis } from '../../plan/analysis';
import { parseDate } from '../../plan/dates';
import type { Phase, Wave } from '../../plan/model';
import { absEnd, absStart, type Loc } from '../../plan/parse';
import type { Progress } from '../../plan/readiness';
import type { MessageKey } from '../../l10n/catalog';
import { renderMessage, type Locale, type Translate } from '../../l10n/translate';
import { planStates, waitingPhases, type GateView, type PhaseStates, type PlanStates, type WaveStates } from '../readiness/phase-states';
import { atDefaultSeverities, findingsCounter, type PlacedFinding } from './findings-on-items';
import { endOf, schedule, startOf, type Moment, type Placement, type Point, type Span } from './schedule';
import type {
  FindingsOnItem, GateVerdict, Timeline, TimelineBar, TimelineItem, TimelineLink, TimelineMilestone, TimelineState,
} from './timeline-types';

export interface TimelineOptions {
  t: Translate;
  /** the reader's language: the timeline's `language` when the plan names none */
  locale: Locale;
  /** YYYY-MM-DD: states (late, started) depend on it */
  today: string;
  /** the diagnostics the user sees (see fromDiagnostics); default: the analysis' findings at default severities */
  findings?: readonly PlacedFinding[];
  /** this analysis' phase states in `t` and on `today` (or its whole readiness view), when the caller already has them */
  states?: PlanStates;
}

export const VERDICT_LABEL: Record<GateVerdict, MessageKey> = {
  'ready': 'report.verdict.ready', 'not-ready': 'report.verdict.notReady', 'go': 'decision.go', 'no-go': 'decision.no-go',
};

export function buildTimeline(uri: string, analysis: Analysis, { t, locale, today, findings, states = planStates(analysis, { t, today }) }: TimelineOptions): Timeline {
  const { model, index } = analysis;
  const placed = schedule(model.phases, index.phases);
  const todayTime = parseDate(today) ?? Date.now();
  const onItem = findingsCounter(findings ?? atDefaultSeverities(analysis.findings));
  const findingsIn = (loc: Loc): FindingsOnItem => onItem(absStart(loc), absEnd(loc));
  const names = new Map(states.people?.map(p => [p.id, p.name]));
  const ownerOf = (id: string | undefined) => {
    if (id === undefined) return {};
    const name = names.get(id);
    return { owner: name === undefined ? { id } : { id, name } };
  };
  const stateOf = (state: TimelineState, place: Span | Point): TimelineState =>
    state === 'done' || state === 'blocked' || endOf(place).time >= todayTime ? state : 'late';
  const labelled = (state: TimelineState) => ({ state, stateLabel: t(`state.${state}`) });
  // a wave that has started waits, as its phase does, on the phase's dependencies
  const statesOf = new Map(model.phases.map((p, i) => [p, states.phases[i]]));
  const waiting = waitingPhases(model.phases, index.phases, p => statesOf.get(p)!.state === 'done');

  const keys = new UniqueKeys();
  const phaseKeys = model.phases.map((p, i) => keys.take('phase:', p.id?.value, i));
  const items: TimelineItem[] = [];
  const unscheduled: Timeline['unscheduled'] = [];

  model.phases.forEach((phase, i) => {
    const pv = states.phases[i];
    const key = phaseKeys[i];
    const place = placed.phases.get(phase)!;
    const base = { key, ...idOf(pv.id), title: pv.title ?? pv.key, line: pv.line };
    if (place.kind === 'unscheduled') unscheduled.push({ ...base, reason: renderMessage(t, place.reason) });
    else {
      const common = { ...base, ...labelled(stateOf(pv.state, place)), findings: findingsIn(phase.loc), ...ownerOf(pv.owner) };
      items.push(place.kind === 'point' ? milestone(common, pv, place, t) : bar(common, pv, place));
    }
    phase.waves.forEach((wave, j) => {
      const wv = pv.waves[j];
      const waveKey = keys.take(`wave:${key.slice('phase:'.length)}/`, wv.id, j);
      const wavePlace = placed.waves.get(wave)!;
      const waveBase = { key: waveKey, ...idOf(wv.id), title: waveTitle(wave, wv), line: wv.line };
      if (wavePlace.kind === 'unscheduled') unscheduled.push({ ...waveBase, reason: renderMessage(t, wavePlace.reason) });
      else {
        items.push({
          ...waveBase, ...labelled(waveState(wv.progress, waiting.has(phase), wavePlace, todayTime)),
          findings: findingsIn(wave.loc), ...ownerOf(wv.champion), ...span(wavePlace),
          kind: 'bar', progress: wv.progress, type: 'wave', typeLabel: t('kind.wave'), parent: key,
          ...(wave.scope.length ? { scope: wave.scope.map(s => s.value) } : {}),
        });
      }
    });
  });

  return {
    uri,
    title: states.title ?? states.id ?? '',
    language: model.metadata.language?.value ?? locale,
    today,
    items,
    links: links(model.phases, index.phases, phaseKeys, new Set(items.map(item => item.key))),
    unscheduled,
    ...rangeOf(model.phases.map(p => placed.phases.get(p)!), [...placed.waves.values()]),
  };
}

type Common = Pick<TimelineBar, 'key' | 'id' | 'title' | 'line' | 'state' | 'stateLabel' | 'findings' | 'owner'>;

function bar(common: Common, pv: PhaseStates, place: Span): TimelineBar {
  return {
    ...common, kind: 'bar', ...span(place), progress: pv.progress,
    type: pv.type ?? '', typeLabel: pv.typeLabel ?? '',
  };
}

function milestone(common: Common, pv: PhaseStates, place: Point, t: Translate): TimelineMilestone {
  return {
    ...common, kind: 'milestone', type: pv.type as 'gate' | 'go-live', typeLabel: pv.typeLabel ?? '',
    at: moment(place.at), ...(place.until ? { until: moment(place.until) } : {}), ...(place.outOfOrder ? { outOfOrder: true } : {}),
    dateSource: place.source, progress: pv.progress, ...(pv.gate ? verdict(pv.gate, t) : {}),
  };
}

export function span(place: Span): Pick<TimelineBar, 'start' | 'end' | 'outOfOrder' | 'dateSource'> {
  return { start: day(place.start.time), end: day(place.end.time), ...(place.outOfOrder ? { outOfOrder: true } : {}), dateSource: place.source };
}

/** A decided gate's decision, else ready / not ready with the view's reasons (and its “… and more”). */
function verdict(gate: GateView, t: Translate): Pick<TimelineMilestone, 'verdict' | 'verdictLabel' | 'reasons'> {
  const decided = gate.decision === 'go' || gate.decision === 'no-go' ? gate.decision : undefined;
  const value: GateVerdict = decided ?? (gate.ready ? 'ready' : 'not-ready');
  const reasons = value === 'not-ready' ? [...gate.reasons.map(r => r.message), ...(gate.moreReasons ? [gate.moreReasons] : [])] : undefined;
  return { verdict: value, verdictLabel: t(VERDICT_LABEL[value]), ...(reasons ? { reasons } : {}) };
}

/** A wave's state by its checklist and dates (also another plan's rows in a programme's timeline, from its summary). */
export function waveState(progress: Progress, waitsOnDependency: boolean, place: Span | Point, today: number): TimelineState {
  if (progress.total > 0 && progress.done === progress.total) return 'done';
  const started = progress.done > 0 || startOf(place).time <= today;
  if (started && waitsOnDependency) return 'blocked';
  if (endOf(place).time < today) return 'late';
  return started ? 'in-progress' : 'not-started';
}

/** The `after` links between drawn phases, each once. */
function links(phases: Phase[], byId: Map<string, Phase>, keys: string[], drawn: Set<string>): TimelineLink[] {
  const keyOf = new Map(phases.map((p, i) => [p, keys[i]]));
  const seen = new Set<string>();
  const out: TimelineLink[] = [];
  phases.forEach((phase, i) => {
    for (const ref of phase.after) {
      const dep = byId.get(ref.value);
      const from = dep && keyOf.get(dep);
      const to = keys[i];
      if (!from || from === to || !drawn.has(from) || !drawn.has(to) || seen.has(`${from} ${to}`)) continue;
      seen.add(`${from} ${to}`);
      out.push({ from, to });
    }
  });
  return out;
}

function rangeOf(phases: Placement[], waves: Placement[]): Pick<Timeline, 'range'> {
  let start = Infinity;
  let end = -Infinity;
  for (const place of [...phases, ...waves]) {
    if (place.kind === 'unscheduled') continue;
    start = Math.min(start, startOf(place).time);
    end = Math.max(end, endOf(place).time);
  }
  return start === Infinity ? {} : { range: { start: day(start), end: day(end) } };
}

/** Keys unique in the model: the plan's id when it is free, else the item's position (`#3`). */
export class UniqueKeys {
  private readonly used = new Set<string>();

  take(prefix: string, id: string | undefined, index: number): string {
    const byId = id === undefined ? undefined : prefix + id;
    let key = byId !== undefined && !this.used.has(byId) ? byId : `${prefix}#${index}`;
    while (this.used.has(key)) key += "'";
    this.used.add(key);
    return key;
  }
}

const idOf = (id: string | undefined) => (id === undefined ? {} : { id });

const waveTitle = (wave: Wave, wv: WaveStates) => wv.title ?? wv.id ?? (wave.scope.map(s => s.value).join(', ') || wv.key);

/** YYYY-MM-DD (UTC), the date part of an instant. */
export const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A date as a date, a date-time as a date-time (seconds only when the plan wrote some). */
export const moment = (m: Moment) => (m.withTime ? new Date(m.time).toISOString().slice(0, m.time % 60_000 ? 19 : 16) : day(m.time));
