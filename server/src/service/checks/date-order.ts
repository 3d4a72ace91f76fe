// An end before its start: a phase, a wave or a go-live window.
import { parseDate } from '../plan/dates';
import type { Str } from '../plan/model';
import { phaseCheck, type PhaseEnv } from './findings-memo';

function compare(env: PhaseEnv, start: Str | undefined, end: Str | undefined, startKey = 'start', endKey = 'end') {
  if (!start || !end) return;
  const s = parseDate(start.value);
  const e = parseDate(end.value);
  if (s === undefined || e === undefined || e >= s) return;
  env.report({
    code: 'date-order',
    loc: end.loc,
    message: env.t('date-order', { start: start.value, end: end.value, startKey, endKey }),
    related: [{ loc: start.loc, message: startKey }],
  });
}

export const dateOrder = phaseCheck('date-order', (phase, env) => {
  compare(env, phase.start, phase.end);
  compare(env, phase.window?.start, phase.window?.end, 'window.start', 'window.end');
  for (const wave of phase.waves) compare(env, wave.start, wave.end);
});
