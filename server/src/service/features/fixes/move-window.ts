// "Move the go-live window to start on 2027-01-11": a window in a freeze moved to the first day after
// it, its length and its times of day kept (both dates shift by the same number of days).
import { offsetsOf } from '../../checks/diagnostics';
import type { FixDataOf } from '../../checks/check';
import { parseDate } from '../../plan/dates';
import { phaseAt, quickFix, type FixProvider } from './fix-context';

const DAY = 86_400_000;
const DATE_PART = /^\s*(\d{4}-\d{2}-\d{2})/;

/** `text` moved by `days` whole days, its time of day (if any) kept. */
function shifted(text: string, days: number): string | undefined {
  const date = DATE_PART.exec(text)?.[1];
  const time = date === undefined ? undefined : parseDate(date);
  if (time === undefined) return undefined;
  return text.trim().replace(date!, new Date(time + days * DAY).toISOString().slice(0, 10));
}

export const moveWindow: FixProvider<FixDataOf<'move-window'>> = ctx => {
  const window = phaseAt(ctx.analysis.model, ctx.start)?.window;
  const { start, end } = window ?? {};
  const from = start && parseDate(DATE_PART.exec(start.value)?.[1] ?? '');
  const to = parseDate(ctx.data.after);
  if (!start || !end || from === undefined || to === undefined) return [];
  const days = Math.round((to - from) / DAY);
  const [newStart, newEnd] = [shifted(start.value, days), shifted(end.value, days)];
  if (newStart === undefined || newEnd === undefined) return [];
  const edit = (loc: typeof start.loc, newText: string) => ({ ...offsetsOf(loc), newText });
  return quickFix(ctx, ctx.t('fix.moveWindow', { date: ctx.data.after }), [edit(start.loc, newStart), edit(end.loc, newEnd)], true);
};
