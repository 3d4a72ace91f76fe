// Plan dates are YAML 1.2 strings (`2027-01-04`, `2027-03-13T20:00`): compared as instants,
// and rejected when the calendar has no such day.

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

// A plan repeats the same few hundred dates thousands of times; parse each once (NaN: not a date,
// so one lookup answers both).
const parsedDates = new Map<string, number>();
const PARSED_DATES_LIMIT = 20_000;

/** Milliseconds since the epoch (UTC, no time zone games), or undefined for a malformed or impossible date. */
export function parseDate(text: string): number | undefined {
  let time = parsedDates.get(text);
  if (time === undefined) {
    if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
    time = parseDateUncached(text) ?? NaN;
    parsedDates.set(text, time);
  }
  return Number.isNaN(time) ? undefined : time;
}

function parseDateUncached(text: string): number | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  const time = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const back = new Date(time);
  const valid = back.getUTCFullYear() === +y && back.getUTCMonth() === +mo - 1 && back.getUTCDate() === +d
    && +h < 24 && +mi < 60 && +s < 60;
  return valid ? time : undefined;
}

export const isDateShaped = (text: string) => DATE.test(text.trim());

/** Today as YYYY-MM-DD in UTC. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
