// A programme's timeline (issue 18): one lane per plan of the programme, in its order, the open
// plan's lane being its own timeline (states, verdicts, findings as the plan's timeline has them)
// and every other lane drawn from that plan's summary (summary-rows.ts); the programme's freezes;
// the `after: [plan/phase]` links between lanes. Keys are made unique across lanes by prefixing
// each with its lane's key (`erp-finance/phase:bascule`).
import type { Translate } from '../../l10n/translate';
import { parseDate } from '../../plan/dates';
import type { FileSummary, Programme } from '../../programme/programme-types';
import { summaryRows } from './summary-rows';
import { day, UniqueKeys } from './timeline';
import type { Timeline, TimelineFreeze, TimelineItem, TimelineLane, TimelineLink } from './timeline-types';

export interface ProgrammeTimelineOptions {
  t: Translate;
}

/**
 * The programme of a plan in time: `own` is the plan's timeline (buildTimeline) and `ownSummary` its
 * summary as the editor holds it, `programme` its programme's summaries.
 */
export function buildProgrammeTimeline(own: Timeline, ownSummary: FileSummary, programme: Programme, { t }: ProgrammeTimelineOptions): Timeline {
  const plans = programme.plans.map(plan => (plan.uri === own.uri ? ownSummary : plan));
  // the open plan is drawn even when the index does not count it (yet) among the programme's plans
  if (!plans.includes(ownSummary) && ownSummary.kind === 'plan') plans.unshift(ownSummary);
  const roster = programme.file?.people ?? [];
  const laneKeys = new UniqueKeys();
  const lanes: TimelineLane[] = [];
  const items: TimelineItem[] = [];
  const unscheduled: Timeline['unscheduled'] = [];
  const links: TimelineLink[] = [];

  plans.forEach((plan, i) => {
    const current = plan === ownSummary;
    const key = laneKeys.take('', plan.id?.value, i);
    const names = new Map([...roster, ...(plan.people ?? [])].map(p => [p.id, p.name]));
    const rows = current ? own : summaryRows(plan, { t, today: own.today, names });
    const prefixed = (k: string) => `${key}/${k}`;
    lanes.push({
      key, uri: plan.uri, ...(plan.id ? { planId: plan.id.value } : {}),
      title: (current ? own.title : plan.title ?? plan.id?.value) || key, ...(current ? { current } : {}),
    });
    for (const item of rows.items) {
      items.push({ ...item, key: prefixed(item.key), lane: key, ...(item.kind === 'bar' && item.parent ? { parent: prefixed(item.parent) } : {}) });
    }
    for (const item of rows.unscheduled) unscheduled.push({ ...item, key: prefixed(item.key), lane: key });
    for (const link of rows.links) links.push({ from: prefixed(link.from), to: prefixed(link.to) });
  });

  links.push(...crossPlanLinks(plans, lanes, items));
  const freezes = freezesOf(programme);
  return {
    uri: own.uri,
    title: programme.file?.title ?? programme.file?.id?.value ?? t('timeline.programme.implicit'),
    language: own.language,
    today: own.today,
    items,
    links,
    unscheduled,
    ...rangeOf(items, freezes),
    lanes,
    freezes,
  };
}

/** Each `after: [plan/phase]` of a plan, from the other lane's phase row to this one's, when both are drawn. */
function crossPlanLinks(plans: FileSummary[], lanes: TimelineLane[], items: TimelineItem[]): TimelineLink[] {
  const laneOfPlan = new Map<string, TimelineLane>();
  for (const lane of lanes) if (lane.planId !== undefined && !laneOfPlan.has(lane.planId)) laneOfPlan.set(lane.planId, lane);
  const laneOfUri = new Map(lanes.map(lane => [lane.uri, lane]));
  // a phase's row by lane and phase id (the first phase of that id, as links resolve)
  const rowOf = new Map<string, string>();
  for (const item of items) {
    const at = `${item.lane} ${item.id}`;
    if (item.id !== undefined && item.key.startsWith(`${item.lane}/phase:`) && !rowOf.has(at)) rowOf.set(at, item.key);
  }
  const seen = new Set<string>();
  const out: TimelineLink[] = [];
  for (const plan of plans) {
    const lane = laneOfUri.get(plan.uri);
    if (!lane) continue;
    for (const phase of plan.phases) {
      const to = rowOf.get(`${lane.key} ${phase.id}`);
      for (const { value } of phase.after) {
        const slash = value.indexOf('/');
        if (slash < 0 || !to) continue;
        const other = laneOfPlan.get(value.slice(0, slash));
        const from = other && rowOf.get(`${other.key} ${value.slice(slash + 1)}`);
        if (!from || seen.has(`${from} ${to}`)) continue;
        seen.add(`${from} ${to}`);
        out.push({ from, to, crossPlan: true });
      }
    }
  }
  return out;
}

/** The programme file's freezes that have both dates (a freeze without is the schema's finding); none when its syntax errors void them. */
function freezesOf(programme: Programme): TimelineFreeze[] {
  const file = programme.file;
  if (!file || file.syntaxErrors > 0) return [];
  return file.freezes.flatMap(freeze => {
    const { start, end } = freeze;
    if (start === undefined || end === undefined || parseDate(start) === undefined || parseDate(end) === undefined) return [];
    return [{
      ...(freeze.id ? { id: freeze.id.value } : {}), title: freeze.title ?? freeze.id?.value ?? '', start, end,
      ...(freeze.plans ? { plans: freeze.plans.map(p => p.value) } : {}), uri: freeze.place.uri, line: freeze.place.line,
    }];
  });
}

/** From the earliest to the latest date of the rows and the freezes. */
function rangeOf(items: TimelineItem[], freezes: TimelineFreeze[]): Pick<Timeline, 'range'> {
  const dates = [
    ...items.flatMap(item => (item.kind === 'bar' ? [item.start, item.end] : [item.at, item.until ?? item.at])),
    ...freezes.flatMap(f => [f.start, f.end]),
  ];
  let start = Infinity;
  let end = -Infinity;
  for (const date of dates) {
    const time = parseDate(date);
    if (time === undefined) continue;
    start = Math.min(start, time);
    end = Math.max(end, time);
  }
  return start === Infinity ? {} : { range: { start: day(start), end: day(end) } };
}
