// The time scale of the SVG chart: days since the epoch (UTC, as the checks parse dates), pixels per
// day by zoom, and the axis' months and weeks named in the plan's language.
import { parseDate } from '../../plan/dates';

export type Zoom = 'fit' | 'week' | 'month' | 'quarter';

const DAY_MS = 86_400_000;

/** Pixels per day of each fixed zoom: a week is 140 px wide, a month about 150, a quarter about 145. */
export const PIXELS_PER_DAY: Record<Exclude<Zoom, 'fit'>, number> = { week: 20, month: 5, quarter: 1.6 };

/** Days since 1970-01-01 (fractional for a date-time), or undefined for a date the checks would reject. */
export function dayOf(iso: string): number | undefined {
  const time = parseDate(iso);
  return time === undefined ? undefined : time / DAY_MS;
}

export interface TimeScale {
  /** the first day drawn (the first of a month) and the day after the last one (the first of the next) */
  firstDay: number;
  endDay: number;
  pixelsPerDay: number;
  /** x of the start of a day (or of an instant) */
  x(day: number): number;
}

/**
 * A scale over whole months around `start`..`end` (ISO dates), from `left`: `fit` spreads them over
 * `fitWidth` pixels, the other zooms have a fixed density.
 */
export function timeScale(start: string, end: string, zoom: Zoom, left: number, fitWidth: number): TimeScale {
  const [a, b] = [dayOf(start) ?? 0, dayOf(end) ?? 0];
  const firstDay = monthStart(Math.min(a, b));
  const endDay = nextMonthStart(Math.max(a, b));
  const pixelsPerDay = zoom === 'fit' ? Math.max(fitWidth, 1) / (endDay - firstDay) : PIXELS_PER_DAY[zoom];
  return { firstDay, endDay, pixelsPerDay, x: day => left + (day - firstDay) * pixelsPerDay };
}

function monthStart(day: number): number {
  const d = new Date(Math.floor(day) * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
}

function nextMonthStart(day: number): number {
  const d = new Date(Math.floor(day) * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
}

export interface AxisTick {
  day: number;
  label?: string;
}

/** A `BCP 47` tag Intl accepts: `fr_FR` becomes `fr-FR`; a tag it refuses falls back to `fallback`. */
export function intlLocale(tag: string, fallback: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag.replace(/_/g, '-'))[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * The months of the scale, each labelled in `language` as wide as it has room for ("juin 2026",
 * "juin", "06"), and its weeks (Mondays), labelled by their day of the month when there is room.
 */
export function axisTicks(scale: TimeScale, language: string): { months: AxisTick[]; weeks: AxisTick[] } {
  const monthWidth = 30 * scale.pixelsPerDay;
  const style: Intl.DateTimeFormatOptions = monthWidth >= 110 ? { month: 'long', year: 'numeric' }
    : monthWidth >= 40 ? { month: 'short' } : { month: '2-digit' };
  const monthName = new Intl.DateTimeFormat(language, { ...style, timeZone: 'UTC' });
  // narrow months name their year at January and at the first month, so a reader never loses it
  const withYear = new Intl.DateTimeFormat(language, { ...style, year: 'numeric', timeZone: 'UTC' });
  const months: AxisTick[] = [];
  for (let day = scale.firstDay; day < scale.endDay; day = nextMonthStart(day)) {
    const yearShown = day === scale.firstDay || new Date(day * DAY_MS).getUTCMonth() === 0;
    months.push({ day, label: (yearShown ? withYear : monthName).format(day * DAY_MS) });
  }
  const dayNumber = new Intl.DateTimeFormat(language, { day: 'numeric', timeZone: 'UTC' });
  const labelled = 7 * scale.pixelsPerDay >= 24;
  const weeks: AxisTick[] = [];
  // 1970-01-01 was a Thursday: Monday is the day whose number is 4 modulo 7
  const weekday = ((scale.firstDay % 7) + 7) % 7;
  for (let day = scale.firstDay + ((4 - weekday + 7) % 7); day < scale.endDay; day += 7) {
    weeks.push({ day, label: labelled ? dayNumber.format(day * DAY_MS) : undefined });
  }
  return { months, weeks };
}
