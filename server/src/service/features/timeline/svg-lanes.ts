// The lanes of a programme's chart: where each row goes (a heading per plan, then its rows), and
// each lane drawn as a group that names its plan and its file, so a click on one of its rows opens
// that plan (the webview reads `data-uri`). A plan's own chart has no lanes: one row after another.
import type { Translate } from '../../l10n/translate';
import { ROW_HEIGHT } from './svg-items';
import type { Palette } from './svg-theme';
import { element, textElement } from './svg-xml';
import type { Timeline, TimelineLane } from './timeline-types';

const LANE_HEADING = 24;

export interface LaneBlock {
  lane: TimelineLane;
  top: number;
  /** the indexes of its rows in `timeline.items` */
  first: number;
  count: number;
}

export interface RowLayout {
  /** the top of each row of `timeline.items` */
  tops: number[];
  lanes: LaneBlock[];
  bottom: number;
}

/** Rows one under another; in a programme's chart each lane's heading first (the items come lane by lane). */
export function rowLayout(timeline: Timeline, rowsTop: number): RowLayout {
  const { items } = timeline;
  const tops: number[] = [];
  const lanes: LaneBlock[] = [];
  let y = rowsTop;
  let i = 0;
  for (const lane of timeline.lanes ?? []) {
    const block = { lane, top: y, first: i, count: 0 };
    y += LANE_HEADING;
    for (; i < items.length && items[i].lane === lane.key; i++, block.count++, y += ROW_HEIGHT) tops.push(y);
    lanes.push(block);
  }
  // rows outside any lane (every row of a plan's own chart)
  for (; i < items.length; i++, y += ROW_HEIGHT) tops.push(y);
  return { tops, lanes, bottom: y };
}

export interface LaneContext {
  colours: Palette;
  t: Translate;
  labelX: number;
  /** where the lane's rule ends (the chart's right edge) */
  right: number;
}

/** A lane: a rule above it, the plan's title, and its rows (already drawn) as a list named for the plan. */
export function drawLane(block: LaneBlock, rows: string[], { colours, t, labelX, right }: LaneContext): string {
  const { lane, top } = block;
  return element('g', { 'class': `lane${lane.current ? ' current' : ''}`, 'data-lane': lane.key, 'data-uri': lane.uri },
    element('line', { 'x1': labelX, 'y1': top + 0.5, 'x2': right, 'y2': top + 0.5, 'stroke': colours.grid }),
    textElement('text', { 'class': 'lane-title', 'x': labelX, 'y': top + 17, 'font-size': 13, 'font-weight': 'bold', 'fill': colours.text }, lane.title),
    element('g', { 'role': 'list', 'aria-label': t('timeline.svg.lane', { title: lane.title }) }, ...rows));
}
