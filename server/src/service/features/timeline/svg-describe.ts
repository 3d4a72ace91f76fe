// What a person reads about an item of the chart: the lines of its <title> (the hover) and of its
// aria-label (a screen reader): type, dates in the plan's language, owner, progress, state, a
// gate's verdict and reasons, the findings on it. Formatters are made once per chart.
import type { Translate } from '../../l10n/translate';
import { parseDate } from '../../plan/dates';
import type { TimelineItem } from './timeline-types';

export type Describe = (item: TimelineItem) => string[];

/**
 * A date or date-time as the reader sees it, in the plan's language; a date the checks reject is
 * shown as written. A plan repeats the same dates on many rows: each is formatted once per chart
 * (Intl's format is the costly part).
 */
export function dateFormatter(language: string): (iso: string) => string {
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const formatted = new Map<string, string>();
  return iso => {
    let text = formatted.get(iso);
    if (text === undefined) {
      const time = parseDate(iso);
      text = time === undefined ? iso : (iso.trim().length > 10 ? instant : day).format(time);
      formatted.set(iso, text);
    }
    return text;
  };
}

export function itemDescriber(t: Translate, language: string, locale: string): Describe {
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const date = dateFormatter(language);

  return item => {
    const lines = [t('timeline.svg.heading', { title: item.title, type: item.typeLabel })];
    if (item.kind === 'bar') {
      lines.push(t('timeline.svg.dates', { start: date(item.start), end: date(item.end) }));
      if (item.outOfOrder) lines.push(t('timeline.svg.outOfOrder'));
      if (item.scope?.length) lines.push(t('timeline.svg.scope', { scope: item.scope.join(', ') }));
    } else {
      lines.push(item.until && item.until !== item.at
        ? t('timeline.svg.dates', { start: date(item.at), end: date(item.until) })
        : t('timeline.svg.on', { date: date(item.at) }));
    }
    if (item.owner) {
      const owner = item.owner.name ?? item.owner.id;
      lines.push(t(item.kind === 'bar' && item.parent ? 'timeline.svg.champion' : 'timeline.svg.owner', { owner }));
    }
    if (item.kind === 'bar') {
      const { done, total } = item.progress;
      lines.push(t('timeline.svg.progress', { done, total, percent: percent.format(total ? done / total : 0) }));
    }
    lines.push(t('timeline.svg.state', { state: item.stateLabel }));
    if (item.kind === 'milestone' && item.verdictLabel) {
      lines.push(t('timeline.svg.verdict', { verdict: item.verdictLabel }));
      if (item.reasons?.length) lines.push(t('timeline.svg.reasons'), ...item.reasons.map(reason => `– ${reason}`));
    }
    if (item.findings.count > 0) {
      lines.push(t(item.findings.count === 1 ? 'timeline.svg.findings.one' : 'timeline.svg.findings.many', { count: item.findings.count }));
    }
    return lines;
  };
}
