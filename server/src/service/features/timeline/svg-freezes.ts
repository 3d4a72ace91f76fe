// A programme's freezes on the chart: each a shaded band across every lane, from its first to its
// last day, its title written at the top and, for a hover or a screen reader, its name, dates in
// the plan's language and the plans it applies to. Drawn behind the rows; a click opens the
// programme file at the freeze (`data-uri`, `data-line`).
import type { Translate } from '../../l10n/translate';
import { dayOf, type TimeScale } from './svg-scale';
import type { Palette } from './svg-theme';
import { element, textElement } from './svg-xml';
import type { TimelineFreeze } from './timeline-types';

export interface FreezeContext {
  scale: TimeScale;
  colours: Palette;
  t: Translate;
  date: (iso: string) => string;
}

export function drawFreezes(freezes: readonly TimelineFreeze[], { scale, colours, t, date }: FreezeContext, top: number, bottom: number): string {
  const shades = freezes.flatMap(freeze => {
    const [start, end] = [dayOf(freeze.start), dayOf(freeze.end)];
    if (start === undefined || end === undefined) return [];
    // a date-only end includes its day
    const last = freeze.end.trim().length <= 10 ? end + 1 : end;
    const x = scale.x(Math.max(Math.min(start, last), scale.firstDay));
    const width = Math.max(scale.x(Math.min(Math.max(start, last), scale.endDay)) - x, 1);
    const label = [
      t('timeline.svg.freeze', { title: freeze.title, start: date(freeze.start), end: date(freeze.end) }),
      ...(freeze.plans?.length ? [t('timeline.svg.freezePlans', { plans: freeze.plans.join(', ') })] : []),
    ].join(', ');
    return [element('g', { 'class': 'freeze', 'role': 'img', 'tabindex': '0', 'aria-label': label, 'data-uri': freeze.uri, 'data-line': freeze.line },
      textElement('title', {}, label),
      element('rect', { 'class': 'freeze-shade', x, 'y': top, width, 'height': bottom - top, 'fill': colours.freeze, 'fill-opacity': 0.2 }),
      textElement('text', { 'class': 'freeze-title', 'x': x + 3, 'y': top + 12, 'font-size': 10, 'fill': colours.text }, freeze.title))];
  });
  return shades.length ? element('g', { 'class': 'freezes' }, ...shades) : '';
}
