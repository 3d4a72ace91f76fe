// One row of the SVG chart: its label, and a bar (its progress filled) or a milestone (a diamond,
// a go-live's window behind it). Late, blocked and out-of-order items are hatched and say so in
// words beside them, so colour is never the only sign. Each row is a focusable list item whose
// aria-label and <title> carry the details, with the key and line the webview reveals on click.
import type { Translate } from '../../l10n/translate';
import type { Describe } from './svg-describe';
import type { TimeScale } from './svg-scale';
import { dayOf } from './svg-scale';
import type { Palette } from './svg-theme';
import { attributes, element, escapeXml, round, textElement } from './svg-xml';
import type { TimelineBar, TimelineItem, TimelineMilestone, TimelineState } from './timeline-types';

export const ROW_HEIGHT = 26;
const BAR_HEIGHT = 14;
const DIAMOND = 7;
/** a wave's label is indented under its phase's */
const INDENT = 16;
/** ids of the patterns and the arrowhead in the chart's <defs> */
export const HATCH = 'rp-hatch';
export const CROSS_HATCH = 'rp-cross-hatch';

export interface RowContext {
  scale: TimeScale;
  colours: Palette;
  t: Translate;
  describe: Describe;
  /** where the label column starts, and how many characters of a title it shows */
  labelX: number;
  labelChars: number;
}

/** Where a row was drawn: its links leave from `endX` and arrive at `startX`, at height `y`. */
export interface RowGeometry {
  startX: number;
  endX: number;
  y: number;
}

export function drawRow(item: TimelineItem, top: number, ctx: RowContext): { svg: string; geometry?: RowGeometry } {
  const y = top + ROW_HEIGHT / 2;
  // escaped once for both the aria-label and the <title> (a row has up to 60 lines with a gate's reasons)
  const lines = ctx.describe(item).map(escapeXml);
  const indent = item.kind === 'bar' && item.parent ? INDENT : 0;
  const label = textElement('text', { 'x': ctx.labelX + indent, 'y': y + 4, 'fill': ctx.colours.text, 'font-weight': indent ? undefined : 'bold' },
    truncate(item.title, ctx.labelChars - indent / 6));
  const shape = item.kind === 'bar' ? drawBar(item, y, ctx) : drawMilestone(item, y, ctx);
  const opening = attributes({ 'class': `item ${item.kind} ${item.state}${shape ? '' : ' undrawn'}`, 'role': 'listitem', 'tabindex': '0' })
    + ` aria-label="${lines.join(', ')}"` + attributes({ 'data-key': item.key, 'data-line': item.line, 'data-state': item.state });
  const svg = `<g${opening}><title>${lines.join('\n')}</title>${label}${shape?.svg ?? ''}</g>`;
  return { svg, geometry: shape?.geometry };
}

function drawBar(bar: TimelineBar, y: number, ctx: RowContext): { svg: string; geometry: RowGeometry } | undefined {
  const [start, end] = [dayOf(bar.start), dayOf(bar.end)];
  if (start === undefined || end === undefined) return undefined;
  // an out-of-order bar is drawn from its end to its start; the last day is included
  const [from, to] = start <= end ? [start, end] : [end, start];
  const x = ctx.scale.x(from);
  const width = Math.max(ctx.scale.x(to + 1) - x, 2);
  const colour = stateColour(bar.state, ctx.colours);
  const top = y - BAR_HEIGHT / 2;
  const { done, total } = bar.progress;
  const parts = [
    element('rect', { 'class': 'track', x, 'y': top, width, 'height': BAR_HEIGHT, 'rx': 3, 'fill': colour, 'fill-opacity': 0.25, 'stroke': colour, 'stroke-dasharray': bar.outOfOrder ? '4 2' : undefined }),
    element('rect', { 'class': 'progress', x, 'y': top, 'width': total ? width * done / total : 0, 'height': BAR_HEIGHT, 'rx': 3, 'fill': colour }),
  ];
  const hatch = hatchOf(bar.state, bar.outOfOrder);
  if (hatch) parts.push(element('rect', { 'class': 'hatch', x, 'y': top, width, 'height': BAR_HEIGHT, 'rx': 3, 'fill': `url(#${hatch})` }));
  const notes = [...(total ? [`${done}/${total}`] : []), ...marks(bar, ctx.t)];
  parts.push(textElement('text', { 'class': 'note', 'x': x + width + 6, 'y': y + 4, 'fill': ctx.colours.text }, notes.join(' · ')));
  return { svg: parts.join(''), geometry: { startX: x, endX: x + width, y } };
}

function drawMilestone(milestone: TimelineMilestone, y: number, ctx: RowContext): { svg: string; geometry: RowGeometry } | undefined {
  const at = dayOf(milestone.at);
  if (at === undefined) return undefined;
  const dateOnly = milestone.at.trim().length <= 10;
  const cx = ctx.scale.x(dateOnly ? at + 0.5 : at);
  const colour = milestone.verdict === 'go' || milestone.verdict === 'ready' ? ctx.colours.done
    : milestone.verdict ? ctx.colours.blocked : stateColour(milestone.state, ctx.colours);
  const parts: string[] = [];
  let endX = cx + DIAMOND;
  const until = milestone.until === undefined ? undefined : dayOf(milestone.until);
  if (until !== undefined && until > at) {
    // a go-live's window, behind its diamond
    endX = Math.max(ctx.scale.x(milestone.until!.trim().length <= 10 ? until + 1 : until), endX);
    parts.push(element('rect', { 'class': 'window', 'x': cx, 'y': y - 3, 'width': endX - cx, 'height': 6, 'fill': colour, 'fill-opacity': 0.4 }));
  }
  const hatch = hatchOf(milestone.state, false);
  parts.push(element('polygon', {
    'class': 'diamond', 'points': diamond(cx, y), 'fill': hatch ? `url(#${hatch})` : colour, 'stroke': colour, 'stroke-width': hatch ? 2 : 1,
  }));
  const notes = [milestone.verdictLabel ?? milestone.typeLabel, ...marks(milestone, ctx.t)];
  parts.push(textElement('text', { 'class': 'note', 'x': endX + 6, 'y': y + 4, 'fill': ctx.colours.text }, notes.join(' · ')));
  return { svg: parts.join(''), geometry: { startX: cx - DIAMOND, endX, y } };
}

const diamond = (cx: number, cy: number) =>
  [[cx, cy - DIAMOND], [cx + DIAMOND, cy], [cx, cy + DIAMOND], [cx - DIAMOND, cy]].map(([x, y]) => `${round(x)},${round(y)}`).join(' ');

/** The words beside an item that is late, blocked or out of order, each with its sign. */
function marks(item: TimelineItem, t: Translate): string[] {
  const out: string[] = [];
  if (item.state === 'late') out.push(`⚠ ${item.stateLabel}`);
  if (item.state === 'blocked') out.push(`⊘ ${item.stateLabel}`);
  if (item.kind === 'bar' && item.outOfOrder) out.push(`⇄ ${t('timeline.svg.outOfOrderMark')}`);
  return out;
}

function hatchOf(state: TimelineState, outOfOrder: boolean | undefined): string | undefined {
  if (state === 'blocked') return CROSS_HATCH;
  return state === 'late' || outOfOrder ? HATCH : undefined;
}

function stateColour(state: TimelineState, colours: Palette): string {
  switch (state) {
    case 'done': return colours.done;
    case 'late': return colours.late;
    case 'blocked': return colours.blocked;
    default: return colours.bar;
  }
}

function truncate(text: string, max: number): string {
  // UTF-16 units are never fewer than characters: a short title needs no array of its characters
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(max - 1, 1)).join('')}…`;
}
