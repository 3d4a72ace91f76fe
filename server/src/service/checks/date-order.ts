// An end before its start: a phase, a wave or a go-live window.
import { parseDate } from '../plan/dates';
import type { Str } from '../plan/model';
import type { Check, CheckContext } from './check';

function compare(ctx: CheckContext, start: Str | undefined, end: Str | undefined, startKey = 'start', endKey = 'end') {
  if (!start || !end) return;
  const s = parseDate(start.value);
  const e = parseDate(end.value);
  if (s === undefined || e === undefined || e >= s) return;
  ctx.report({
    code: 'date-order',
    loc: end.loc,
    message: ctx.t('date-order', { start: start.value, end: end.value, startKey, endKey }),
    related: [{ loc: start.loc, message: startKey }],
  });
}

export const dateOrder: Check = {
  code: 'date-order',
  run(ctx) {
    for (const phase of ctx.model.phases) {
      compare(ctx, phase.start, phase.end);
      compare(ctx, phase.window?.start, phase.window?.end, 'window.start', 'window.end');
      for (const wave of phase.waves) compare(ctx, wave.start, wave.end);
    }
  },
};
