// The summary line a pull-request comment opens with: how many plans changed since the base, then
// what matters most (the largest go-live and end-of-plan slips, new errors and warnings, gates no
// longer ready, owners removed, plans deleted), from the same counts `--fail-on` reads.
import type { Locale, Translate } from '../../l10n/translate';
import type { DiffOutcome } from './diff-types';
import { counted, daysText, plural } from './diff-words';
import { markdownCode } from './markdown-text';
import type { PlanDiff } from './plan-diff-types';

export function summaryLine(plans: readonly PlanDiff[], outcome: DiffOutcome, base: string, t: Translate, locale: Locale): string {
  const changed = plans.filter(p => p.status !== 'unchanged').length;
  const baseText = markdownCode(base);
  if (changed === 0) return t('diff.summary.none', { base: baseText });
  const head = t(`diff.summary.changed.${plural(locale, changed)}`, { count: changed, base: baseText });
  const slips = plans.flatMap(p => p.dates);
  const largest = (kind: 'go-live' | 'plan-end') => Math.max(0, ...slips.filter(s => s.kind === kind).map(s => s.days));
  const highlights: string[] = [];
  if (largest('go-live') > 0) highlights.push(t('diff.summary.goLiveSlipped', { days: daysText(t, largest('go-live')) }));
  if (largest('plan-end') > 0) highlights.push(t('diff.summary.endSlipped', { days: daysText(t, largest('plan-end')) }));
  const removedPlans = plans.filter(p => p.status === 'removed').length;
  const counts: [string, number][] = [
    ['diff.summary.newErrors', outcome['new-errors']],
    ['diff.summary.newWarnings', outcome['new-warnings']],
    ['diff.summary.gatesWorse', outcome.verdict],
    ['diff.summary.ownersRemoved', outcome['owner-removed']],
    ['diff.summary.plansRemoved', removedPlans],
  ];
  for (const [prefix, n] of counts) if (n > 0) highlights.push(counted(t, locale, prefix, n));
  return highlights.length ? t('diff.summary.line', { head, highlights: highlights.join(', ') }) : `${head}.`;
}
