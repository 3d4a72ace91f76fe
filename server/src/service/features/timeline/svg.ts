// The timeline as a Gantt chart in SVG: the one drawing that the VS Code webview shows and that
// `rollout-plan report --format svg` writes. Pure: builds a standalone SVG string from the Timeline
// model (no DOM). Rows in plan order (waves under their phase), a time axis of months and weeks in
// the plan's language, `after` links as arrows, today's line, and what has no dates listed below.
import type { Translate } from '../../l10n/translate';
import { dateFormatter, itemDescriber } from './svg-describe';
import { drawFreezes } from './svg-freezes';
import { drawRow, CROSS_HATCH, HATCH, ROW_HEIGHT, type RowContext, type RowGeometry } from './svg-items';
import { drawLane, rowLayout, type RowLayout } from './svg-lanes';
import { axisTicks, dayOf, intlLocale, timeScale, type TimeScale, type Zoom } from './svg-scale';
import { palette, type Palette, type SvgTheme } from './svg-theme';
import { element, round, textElement } from './svg-xml';
import type { Timeline } from './timeline-types';

export type { Zoom } from './svg-scale';
export type { SvgTheme } from './svg-theme';

export interface TimelineSvgOptions {
  zoom: Zoom;
  theme: SvgTheme;
  /** the catalog in the reader's language, for the chart's words */
  t: Translate;
  /** the reader's locale, for numbers; dates follow the plan's language (timeline.language) */
  locale: string;
  /** the width `fit` fills (default 1200 px); the other zooms are as wide as the plan's months */
  width?: number;
}

const MARGIN = 12;
const TITLE_HEIGHT = 28;
const MONTH_HEIGHT = 20;
const WEEK_HEIGHT = 18;
const LABEL_WIDTH = 240;
/** room right of the last month for the words beside a bar */
const TAIL_WIDTH = 180;
const LIST_LINE = 20;
const DEFAULT_WIDTH = 1200;
const ARROW = 'rp-arrow';

export function renderTimelineSvg(timeline: Timeline, options: TimelineSvgOptions): string {
  const { t, zoom, theme } = options;
  const colours = palette(theme);
  const language = intlLocale(timeline.language, intlLocale(options.locale, 'en'));
  const chartLeft = MARGIN + LABEL_WIDTH;
  const rowsTop = MARGIN + TITLE_HEIGHT + MONTH_HEIGHT + WEEK_HEIGHT;
  const requestedWidth = options.width ?? DEFAULT_WIDTH;
  const scale = timeline.range && timeline.items.length
    ? timeScale(timeline.range.start, timeline.range.end, zoom, chartLeft, requestedWidth - chartLeft - TAIL_WIDTH - MARGIN)
    : undefined;
  const width = scale ? Math.ceil(scale.x(scale.endDay) + TAIL_WIDTH + MARGIN) : requestedWidth;
  const layout = rowLayout(timeline, rowsTop);
  const rowsBottom = scale ? layout.bottom : rowsTop + ROW_HEIGHT;

  const body: string[] = [];
  const title = t('timeline.svg.title', { title: timeline.title });
  body.push(textElement('text', { 'x': MARGIN, 'y': MARGIN + 16, 'font-size': 15, 'font-weight': 'bold', 'fill': colours.text }, title));
  if (scale) {
    body.push(axis(scale, language, colours, rowsTop, rowsBottom));
    body.push(drawFreezes(timeline.freezes ?? [], { scale, colours, t, date: dateFormatter(language) }, rowsTop, rowsBottom));
    body.push(rowsAndLinks(timeline, scale, { colours, t, describe: itemDescriber(t, language, options.locale), labelX: MARGIN, labelChars: Math.floor((LABEL_WIDTH - 8) / 6.5) }, layout));
    body.push(todayLine(timeline.today, scale, language, colours, t, rowsTop - WEEK_HEIGHT, rowsBottom));
  } else {
    body.push(textElement('text', { 'x': MARGIN, 'y': rowsTop + 16, 'fill': colours.muted }, t('timeline.svg.nothingScheduled')));
  }
  const listTop = rowsBottom + 36;
  body.push(unscheduledList(timeline, t, colours, listTop));
  const height = listTop + (timeline.unscheduled.length ? (timeline.unscheduled.length + 1) * LIST_LINE : 0) + MARGIN;

  // no XML declaration: the same text is a standalone file (UTF-8 is XML's default) and inline SVG in the webview
  return `${element('svg', {
    'xmlns': 'http://www.w3.org/2000/svg', width, height, 'viewBox': `0 0 ${width} ${height}`,
    'role': 'group', 'aria-label': title, 'font-family': colours.font, 'font-size': 12, 'data-zoom': zoom,
  }, textElement('title', {}, title), defs(colours),
  element('rect', { 'class': 'background', 'x': 0, 'y': 0, width, height, 'fill': colours.background }), ...body)}\n`;
}

function defs(colours: Palette): string {
  const stripes = (id: string, angle: number, extra = '') => element('pattern', { id, 'width': 6, 'height': 6, 'patternUnits': 'userSpaceOnUse', 'patternTransform': `rotate(${angle})` },
    element('line', { 'x1': 0, 'y1': 0, 'x2': 0, 'y2': 6, 'stroke': colours.text, 'stroke-width': 2, 'stroke-opacity': 0.45 }), extra);
  return element('defs', {},
    stripes(HATCH, 45),
    stripes(CROSS_HATCH, 45, element('line', { 'x1': 0, 'y1': 3, 'x2': 6, 'y2': 3, 'stroke': colours.text, 'stroke-width': 2, 'stroke-opacity': 0.45 })),
    element('marker', { 'id': ARROW, 'viewBox': '0 0 8 8', 'refX': 8, 'refY': 4, 'markerWidth': 7, 'markerHeight': 7, 'orient': 'auto-start-reverse' },
      element('path', { 'd': 'M0,0 L8,4 L0,8 z', 'fill': colours.link })));
}

/** An upper bound of a month label's character width at the axis' 12 px (digits and most letters). */
const LABEL_CHAR_WIDTH = 7;

/** Months (alternate bands down the rows) and weeks (Mondays), named in the plan's language. */
function axis(scale: TimeScale, language: string, colours: Palette, rowsTop: number, rowsBottom: number): string {
  const { months, weeks } = axisTicks(scale, language);
  const monthTop = rowsTop - MONTH_HEIGHT - WEEK_HEIGHT;
  const parts: string[] = [];
  // a label that names its year ("01/2027") is wider than its month when months are narrow: the
  // labels it would overlap are left out rather than drawn over it
  let labelsEnd = -Infinity;
  months.forEach((month, i) => {
    const x = scale.x(month.day);
    const next = i + 1 < months.length ? scale.x(months[i + 1].day) : scale.x(scale.endDay);
    if (i % 2) parts.push(element('rect', { 'class': 'band', x, 'y': monthTop, 'width': next - x, 'height': rowsBottom - monthTop, 'fill': colours.bandAlt }));
    parts.push(element('line', { 'x1': x, 'y1': monthTop, 'x2': x, 'y2': rowsBottom, 'stroke': colours.grid }));
    if (!month.label || x + 4 < labelsEnd) return;
    parts.push(textElement('text', { 'class': 'month', 'x': x + 4, 'y': monthTop + 14, 'fill': colours.text }, month.label));
    labelsEnd = x + 4 + month.label.length * LABEL_CHAR_WIDTH + 4;
  });
  for (const week of weeks) {
    const x = scale.x(week.day);
    parts.push(element('line', { 'x1': x, 'y1': rowsTop - 4, 'x2': x, 'y2': rowsTop, 'stroke': colours.grid }));
    if (week.label) parts.push(textElement('text', { 'class': 'week', 'x': x + 2, 'y': rowsTop - 6, 'font-size': 10, 'fill': colours.muted }, week.label));
  }
  parts.push(element('line', { 'x1': scale.x(scale.firstDay), 'y1': rowsTop, 'x2': scale.x(scale.endDay), 'y2': rowsTop, 'stroke': colours.grid }));
  return element('g', { 'class': 'axis', 'aria-hidden': 'true' }, ...parts);
}

/** The rows (lane by lane in a programme's chart), then an arrow per `after` link from the end of one row to the start of the other. */
function rowsAndLinks(timeline: Timeline, scale: TimeScale, ctx: Omit<RowContext, 'scale'>, layout: RowLayout): string {
  const rows: string[] = [];
  const placed = new Map<string, RowGeometry>();
  timeline.items.forEach((item, i) => {
    const { svg, geometry } = drawRow(item, layout.tops[i], { ...ctx, scale });
    rows.push(svg);
    if (geometry) placed.set(item.key, geometry);
  });
  const titleOf = linkTitles(timeline, ctx.t);
  const links: string[] = [];
  for (const link of timeline.links) {
    const [from, to] = [placed.get(link.from), placed.get(link.to)];
    if (!from || !to) continue;
    const elbow = from.endX + 6;
    const d = `M${round(from.endX)},${round(from.y)} H${round(elbow)} V${round(to.y)} H${round(to.startX - 1)}`;
    links.push(element('path', {
      'class': link.crossPlan ? 'link cross-plan' : 'link', d, 'fill': 'none', 'stroke': ctx.colours.link, 'stroke-dasharray': link.crossPlan ? '5 3' : undefined,
      'marker-end': `url(#${ARROW})`, 'data-from': link.from, 'data-to': link.to,
    }, textElement('title', {}, ctx.t('timeline.svg.link', { from: titleOf(link.from, link.crossPlan), to: titleOf(link.to, link.crossPlan) }))));
  }
  const right = scale.x(scale.endDay);
  const lanes = layout.lanes.map(block => drawLane(block, rows.slice(block.first, block.first + block.count), { ...ctx, right }));
  const outside = rows.slice(layout.lanes.reduce((n, block) => n + block.count, 0));
  return element('g', { 'class': 'links' }, ...links)
    + (layout.lanes.length ? element('g', { 'class': 'rows' }, ...lanes, ...outside) : element('g', { 'class': 'rows', 'role': 'list', 'aria-label': ctx.t('timeline.svg.rows') }, ...rows));
}

/** A row's title for a link's <title>; across plans, with its plan's (“Bascule (ERP Finance)”). */
function linkTitles(timeline: Timeline, t: Translate): (key: string, withPlan?: boolean) => string {
  const items = new Map(timeline.items.map(item => [item.key, item]));
  const lanes = new Map(timeline.lanes?.map(lane => [lane.key, lane.title]));
  return (key, withPlan) => {
    const item = items.get(key);
    const plan = item?.lane === undefined ? undefined : lanes.get(item.lane);
    const title = item?.title ?? key;
    return withPlan && plan !== undefined ? t('timeline.svg.inPlan', { title, plan }) : title;
  };
}

/** A dashed line through today, when today is within the months drawn. */
function todayLine(today: string, scale: TimeScale, language: string, colours: Palette, t: Translate, top: number, bottom: number): string {
  const day = dayOf(today);
  if (day === undefined || day < scale.firstDay || day >= scale.endDay) return '';
  const x = scale.x(day + 0.5);
  const label = t('timeline.svg.todayOn', { date: new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day * 86_400_000) });
  return element('g', { 'class': 'today', 'role': 'img', 'aria-label': label, 'data-date': today },
    textElement('title', {}, label),
    element('line', { 'x1': x, 'y1': top, 'x2': x, 'y2': bottom, 'stroke': colours.today, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
    textElement('text', { 'x': x, 'y': bottom + 14, 'text-anchor': 'middle', 'font-size': 11, 'fill': colours.today }, t('timeline.svg.today')));
}

/** Phases and waves without dates, listed under the chart with the reason: never dropped. */
function unscheduledList(timeline: Timeline, t: Translate, colours: Palette, top: number): string {
  if (!timeline.unscheduled.length) return '';
  const heading = t('timeline.svg.unscheduled');
  const lanes = new Map(timeline.lanes?.map(lane => [lane.key, lane]));
  const items = timeline.unscheduled.map((item, i) => {
    // in a programme's chart an item names its plan, and opens that plan's file
    const lane = item.lane === undefined ? undefined : lanes.get(item.lane);
    const title = lane ? t('timeline.svg.inPlan', { title: item.title, plan: lane.title }) : item.title;
    const text = t('timeline.svg.unscheduledItem', { title, reason: item.reason });
    return element('g', { 'class': 'item unscheduled', 'role': 'listitem', 'tabindex': '0', 'aria-label': text, 'data-key': item.key, 'data-line': item.line, 'data-uri': lane?.uri },
      textElement('title', {}, text),
      textElement('text', { 'x': MARGIN + 8, 'y': top + (i + 1) * LIST_LINE + 4, 'fill': colours.text }, `• ${text}`));
  });
  return element('g', { 'class': 'unscheduled', 'role': 'list', 'aria-label': heading },
    textElement('text', { 'x': MARGIN, 'y': top + 4, 'font-weight': 'bold', 'fill': colours.text }, heading), ...items);
}
