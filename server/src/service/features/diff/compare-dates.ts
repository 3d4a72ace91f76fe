// Dates that moved, from the two sides' timelines (the dates the plan writes or implies, as the
// chart draws them): each phase, wave, gate and go-live matched by its timeline key, and the end of
// the plan. In whole days: the end's move, else the start's; a move of hours only is no move.
import { parseDate } from '../../plan/dates';
import type { Timeline, TimelineItem } from '../timeline/timeline-types';
import type { DateShift } from './plan-diff-types';

const DAY = 86_400_000;

const spanOf = (item: TimelineItem) => (item.kind === 'bar' ? { start: item.start, end: item.end } : { start: item.at, end: item.until ?? item.at });
const kindOf = (item: TimelineItem): DateShift['kind'] => (item.kind === 'milestone' ? item.type : item.parent ? 'wave' : 'phase');

/** Whole days from `a` to `b` (dates or date-times); 0 when either cannot be read. */
function daysBetween(a: string, b: string): number {
  const [from, to] = [parseDate(a), parseDate(b)];
  return from === undefined || to === undefined ? 0 : Math.round((to - from) / DAY);
}

function shiftOf(before: { start: string; end: string }, after: { start: string; end: string }): number {
  const end = daysBetween(before.end, after.end);
  return end !== 0 ? end : daysBetween(before.start, after.start);
}

export function compareDates(before: Timeline, after: Timeline): DateShift[] {
  const old = new Map(before.items.map(i => [i.key, i]));
  const shifts: DateShift[] = [];
  for (const item of after.items) {
    const was = old.get(item.key);
    if (!was) continue;
    const [b, a] = [spanOf(was), spanOf(item)];
    const days = shiftOf(b, a);
    if (days !== 0) shifts.push({ key: item.key, kind: kindOf(item), title: item.title || item.id || item.key, before: b, after: a, days });
  }
  if (before.range && after.range) {
    const days = daysBetween(before.range.end, after.range.end);
    if (days !== 0) shifts.push({ key: 'plan:end', kind: 'plan-end', title: after.title, before: before.range, after: after.range, days });
  }
  return shifts;
}
