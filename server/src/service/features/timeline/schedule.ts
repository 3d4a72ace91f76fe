// Where each phase and wave sits in time: the dates the plan writes, else what it implies (a gate
// at its decision date, a phase that only has `after` when its dependencies end…), else nowhere,
// with the reason in words. The rules are in docs/readiness.md ("The timeline"). Dates are parsed
// as the checks parse them (plan/dates.ts); dates out of order are kept, never dropped.
import type { Message } from '../../l10n/translate';
import { parseDate } from '../../plan/dates';
import { allTasks, type Phase, type Str, type Wave } from '../../plan/model';
import { isCyclic, stronglyConnected } from '../../plan/phase-graph';
import type { DateSource } from './timeline-types';

/** An instant, and whether the plan wrote a time of day (`2027-01-16T22:00`) or only a date. */
export interface Moment {
  time: number;
  withTime: boolean;
}

/** A bar: a phase other than a gate or go-live, or a wave. */
export interface Span { kind: 'span'; start: Moment; end: Moment; source: DateSource; outOfOrder: boolean }
/** A milestone: a gate, or a go-live (with its window's end). */
export interface Point { kind: 'point'; at: Moment; until?: Moment; source: DateSource; outOfOrder: boolean }
export interface Unscheduled { kind: 'unscheduled'; reason: Message }
export type Placement = Span | Point | Unscheduled;

export interface Schedule {
  phases: Map<Phase, Placement>;
  waves: Map<Wave, Span | Unscheduled>;
}

/** Every phase and wave placed; each phase after the phases it depends on, so a cycle cannot loop. */
export function schedule(phases: Phase[], byId: Map<string, Phase>): Schedule {
  const placed: Schedule = { phases: new Map(), waves: new Map() };
  // Tarjan's order: each component after the components it depends on
  for (const component of stronglyConnected(phases, byId)) {
    // inside a cycle `after` gives no order: those links do not place anything
    const cycle = new Set(isCyclic(component, byId) ? component : []);
    for (const phase of component) {
      const waves = phase.waves.map(w => {
        const place = placeWave({ start: w.start?.value, end: w.end?.value, due: () => dueDates(w.checklist) });
        placed.waves.set(w, place);
        return place;
      });
      placed.phases.set(phase, placePhase(datesOfPhase(phase), dependencies(phase, byId, cycle, placed.phases), waves));
    }
  }
  return placed;
}

/** The latest moment a placed item covers (the later of its two dates when they are out of order). */
export function endOf(place: Span | Point): Moment {
  const [a, b] = place.kind === 'span' ? [place.start, place.end] : [place.at, place.until ?? place.at];
  return later(a, b);
}

/** The earliest moment a placed item covers. */
export function startOf(place: Span | Point): Moment {
  const [a, b] = place.kind === 'span' ? [place.start, place.end] : [place.at, place.until ?? place.at];
  return later(a, b) === a ? b : a;
}

/** What the `after` links of a phase say: when its dependencies end, or which of them cannot tell. */
export interface After {
  /** the latest end of its dependencies, when every one of them is placed */
  end?: Moment;
  unscheduled: string[];
  inCycle: string[];
  unknown: string[];
}

function dependencies(phase: Phase, byId: Map<string, Phase>, cycle: Set<Phase>, placed: Map<Phase, Placement>): After {
  const after: After = { unscheduled: [], inCycle: [], unknown: [] };
  let end: Moment | undefined;
  for (const { value } of phase.after) {
    const dep = byId.get(value);
    const place = dep && !cycle.has(dep) ? placed.get(dep) : undefined;
    if (!dep) after.unknown.push(value);
    else if (cycle.has(dep)) after.inCycle.push(value);
    else if (!place || place.kind === 'unscheduled') after.unscheduled.push(value);
    else end = end ? later(end, endOf(place)) : endOf(place);
  }
  if (after.unscheduled.length === 0) after.end = end;
  return after;
}

/**
 * What placing a phase or a wave reads: its type and its dates as written, and its checklist's due
 * dates when asked (a plan's phases here, another plan's summary in programme-timeline.ts).
 */
export interface DatesOf {
  type?: string;
  start?: string;
  end?: string;
  decidedOn?: string;
  window?: { start?: string; end?: string };
  due(): Moment[];
}

const datesOfPhase = (phase: Phase): DatesOf => ({
  type: phase.type?.value, start: phase.start?.value, end: phase.end?.value, decidedOn: phase.decidedOn?.value,
  window: phase.window && { start: phase.window.start?.value, end: phase.window.end?.value }, due: () => dueDates(allTasks(phase)),
});

export function placePhase(phase: DatesOf, after: After, waves: (Span | Unscheduled)[]): Placement {
  const { read, unreadable } = dateReader();
  const start = read(phase.start);
  const end = read(phase.end);
  const type = phase.type;
  if (type === 'gate') {
    const decided = read(phase.decidedOn);
    const at = decided ?? start ?? end;
    if (at) return { kind: 'point', at, source: decided ? 'decidedOn' : 'plan', outOfOrder: false };
    if (after.end) return { kind: 'point', at: after.end, source: 'after', outOfOrder: false };
    return unscheduled(unreadable(), after, 'timeline.unscheduled.noDecisionDate');
  }
  if (type === 'go-live') {
    const windowStart = read(phase.window?.start);
    const windowEnd = read(phase.window?.end);
    if (windowStart || windowEnd) return point(windowStart, windowEnd, 'window');
    if (start || end) return point(start, end, 'plan');
    if (after.end) return { kind: 'point', at: after.end, source: 'after', outOfOrder: false };
    return unscheduled(unreadable(), after, 'timeline.unscheduled.noWindow');
  }
  const placedWaves = waves.filter((w): w is Span => w.kind === 'span');
  const wavesStart = earliest(placedWaves.map(startOf));
  const first = start ?? after.end ?? wavesStart ?? end;
  if (!first) return unscheduled(unreadable(), after, 'timeline.unscheduled.noDates');
  const contentsEnd = latest([...placedWaves.map(endOf), ...phase.due()]);
  const inferredEnd = contentsEnd && contentsEnd.time > first.time ? contentsEnd : undefined;
  const last = end ?? inferredEnd ?? first;
  const source: DateSource = start ? (last === inferredEnd ? 'contents' : 'plan')
    : first === after.end ? 'after' : first === wavesStart || last === inferredEnd ? 'contents' : 'plan';
  return { kind: 'span', start: first, end: last, source, outOfOrder: last.time < first.time };
}

export function placeWave(wave: Omit<DatesOf, 'type' | 'decidedOn' | 'window'>): Span | Unscheduled {
  const { read, unreadable } = dateReader();
  const start = read(wave.start);
  const end = read(wave.end);
  const first = start ?? end;
  const bad = unreadable();
  if (!first) return { kind: 'unscheduled', reason: bad ? badDate(bad) : { key: 'timeline.unscheduled.noDates' } };
  const due = end ? undefined : latest(wave.due());
  const inferredEnd = due && due.time > first.time ? due : undefined;
  const last = end ?? inferredEnd ?? first;
  return { kind: 'span', start: first, end: last, source: inferredEnd ? 'contents' : 'plan', outOfOrder: last.time < first.time };
}

/** A go-live at its window (or its dates): from the start, or at the end when only that is written. */
function point(start: Moment | undefined, end: Moment | undefined, source: DateSource): Point {
  if (!start) return { kind: 'point', at: end!, source, outOfOrder: false };
  return { kind: 'point', at: start, until: end, source, outOfOrder: end !== undefined && end.time < start.time };
}

/** Why nothing places the item, most specific first. */
function unscheduled(unreadable: string | undefined, after: After, otherwise: Message['key']): Unscheduled {
  const ids = (list: string[]) => list.map(id => `\`${id}\``).join(', ');
  const reason: Message = unreadable ? badDate(unreadable)
    : after.unscheduled.length ? { key: 'timeline.unscheduled.afterUnscheduled', args: { phases: ids(after.unscheduled) } }
    : after.inCycle.length ? { key: 'timeline.unscheduled.inCycle', args: { phases: ids(after.inCycle) } }
    : after.unknown.length ? { key: 'timeline.unscheduled.afterUnknown', args: { phases: ids(after.unknown) } }
    : { key: otherwise };
  return { kind: 'unscheduled', reason };
}

const badDate = (date: string): Message => ({ key: 'timeline.unscheduled.badDate', args: { date } });

/** Reads dates as the checks do; remembers the first one written that is not a calendar date. */
function dateReader() {
  let unreadable: string | undefined;
  const read = (text: string | undefined): Moment | undefined => {
    const moment = text === undefined ? undefined : momentOf(text);
    if (text !== undefined && !moment) unreadable ??= text;
    return moment;
  };
  return { read, unreadable: () => unreadable };
}

function momentOf(text: string): Moment | undefined {
  const time = parseDate(text);
  // a text parseDate reads is a bare date exactly when it is 10 characters long
  return time === undefined ? undefined : { time, withTime: text.trim().length > 10 };
}

/** The due dates of checklist items that can be read (an unreadable one is the `schema` check's business). */
function dueDates(tasks: { due?: Str }[]): Moment[] {
  const out: Moment[] = [];
  for (const { due } of tasks) {
    const moment = due && momentOf(due.value);
    if (moment) out.push(moment);
  }
  return out;
}

const later = (a: Moment, b: Moment) => (b.time > a.time ? b : a);
const earliest = (moments: Moment[]) => (moments.length ? moments.reduce((a, b) => (b.time < a.time ? b : a)) : undefined);
const latest = (moments: Moment[]) => (moments.length ? moments.reduce(later) : undefined);
