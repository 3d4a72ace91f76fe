// Date ranges of a programme's calendar (go-live windows, freezes, waves) as half-open instants: a
// date without a time ends at the end of that day, so a freeze "to 2027-01-10" covers the 10th.
import { parseDate } from '../plan/dates';

export interface Interval {
  start: number;
  end: number;
}

const DAY = 86_400_000;
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

/** The interval from `start` to `end`, or undefined when either is missing or not a date, or they are reversed (date-order says so). */
export function intervalOf(start: string | undefined, end: string | undefined): Interval | undefined {
  const from = start === undefined ? undefined : parseDate(start);
  const to = end === undefined ? undefined : parseDate(end);
  if (from === undefined || to === undefined) return undefined;
  const until = DATE_ONLY.test(end!) ? to + DAY : to;
  return until > from ? { start: from, end: until } : undefined;
}

export const overlap = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** The first day after an interval, YYYY-MM-DD (a go-live moved out of a freeze starts then). */
export function dayAfter(interval: Interval): string {
  return new Date(Math.ceil(interval.end / DAY) * DAY).toISOString().slice(0, 10);
}
