// The timeline as a Mermaid `gantt` block, which GitHub, GitLab and most wikis draw with no
// plug-in: one section per phase (its bar or milestone, then its waves), gates and go-lives as
// milestones, states as Mermaid's tags. Every text goes through mermaidText (mermaid-text.ts).
//
// Choices the grammar imposes:
// - `after` links are left to dates: Mermaid's `after x` is a scheduling rule (start when x ends),
//   not a drawn arrow, so it would move a bar away from the dates the plan gives (a phase may start
//   before its dependency ends: that is a finding, and the chart must show it as written).
// - No `todayMarker` line: Mermaid always draws today at the reader's clock and the setting can only
//   style or hide that line, not place it; its default line is kept. The states are those of the
//   report's day, which the report states.
// - `inclusiveEndDates`: a plan's end date is the last day of work, so the bar covers it.
import type { Translate } from '../../l10n/translate';
import type { Timeline, TimelineBar, TimelineItem, TimelineMilestone } from './timeline-types';
import { MermaidIds, mermaidText } from './mermaid-text';

/** Numbers only: Mermaid names months in English alone, and ISO dates read the same in French. */
const AXIS_FORMAT = '%Y-%m-%d';
const INDENT = '    ';

/**
 * `marked`: items to flag (a readiness diff's slipped items), by timeline key, with the words to add
 * to their name (`+9 d`); they are drawn `crit`.
 */
export function timelineToMermaid(timeline: Timeline, t: Translate, marked: ReadonlyMap<string, string> = new Map()): string {
  const title = mermaidText(timeline.title);
  const lines = ['gantt', 'dateFormat YYYY-MM-DD', `axisFormat ${AXIS_FORMAT}`, 'inclusiveEndDates'];
  if (title) lines.push(`title ${title}`, `accTitle: ${mermaidText(t('timeline.mermaid.accTitle', { title: timeline.title }))}`);
  const ids = new MermaidIds();
  const unscheduledTitles = new Map(timeline.unscheduled.map(u => [u.key, u.title || u.id || u.key]));
  let section: string | undefined;
  for (const item of timeline.items) {
    const sectionKey = item.kind === 'bar' && item.parent ? item.parent : item.key;
    if (sectionKey !== section) {
      section = sectionKey;
      // a wave whose phase has no dates still sits under its phase's name
      const name = sectionKey === item.key ? nameOf(item) : unscheduledTitles.get(sectionKey) ?? sectionKey;
      lines.push(`section ${mermaidText(name) || mermaidText(sectionKey)}`);
    }
    const mark = marked.get(item.key);
    const tags = tagsOf(item);
    if (mark !== undefined && !tags.includes('crit')) tags.unshift('crit');
    lines.push(`${INDENT}${taskText(item, t, mark)} :${[...tags, ids.idFor(item.id, item.key), ...datesOf(item)].join(', ')}`);
  }
  return lines.map((line, i) => (i === 0 ? line : `${INDENT}${line}`)).join('\n');
}

const nameOf = (item: TimelineItem) => item.title || item.id || item.key;

/** The row's name, with what the colour alone would say in words: late, blocked, a gate's verdict, dates out of order. */
function taskText(item: TimelineItem, t: Translate, mark?: string): string {
  const labels: string[] = mark === undefined ? [] : [mark];
  if (item.kind === 'milestone' && item.verdictLabel) labels.push(item.verdictLabel);
  else if (item.state === 'late' || item.state === 'blocked') labels.push(item.stateLabel);
  if (item.kind === 'bar' && isOutOfOrder(item)) labels.push(t('timeline.mermaid.outOfOrder'));
  const name = mermaidText(nameOf(item)) || mermaidText(item.key);
  return labels.length ? `${name} (${mermaidText(labels.join(', '))})` : name;
}

/** Mermaid's tags: `done`, `active`, `crit` (late, blocked, a gate not ready or no-go, dates out of order), `milestone`. */
function tagsOf(item: TimelineItem): string[] {
  const tags = item.kind === 'milestone' && item.verdict ? VERDICT_TAGS[item.verdict] : STATE_TAGS[item.state];
  const flagged = item.kind === 'bar' && isOutOfOrder(item) && !tags.includes('crit');
  return [...tags, ...flagged ? ['crit'] : [], ...item.kind === 'milestone' ? ['milestone'] : []];
}

const STATE_TAGS: Record<TimelineItem['state'], string[]> = {
  'done': ['done'],
  'in-progress': ['active'],
  'late': ['crit'],
  'blocked': ['crit'],
  'not-started': [],
};
const VERDICT_TAGS: Record<NonNullable<TimelineMilestone['verdict']>, string[]> = {
  'go': ['done'],
  'ready': ['active'],
  'not-ready': ['crit'],
  'no-go': ['crit'],
};

const isOutOfOrder = (bar: TimelineBar) => bar.outOfOrder === true || bar.end < bar.start;

/** A bar from its earlier date to its later one (out of order: drawn anyway, and flagged); a milestone on its day. */
function datesOf(item: TimelineItem): string[] {
  if (item.kind === 'milestone') return [item.at.slice(0, 10), '0d'];
  return isOutOfOrder(item) ? [item.end, item.start] : [item.start, item.end];
}
