// The timeline section of a Markdown report: the Mermaid `gantt` block, then what has no dates yet,
// in the reader's language, so nothing the plan holds is missing from the picture without a word.
import type { Translate } from '../../l10n/translate';
import type { Timeline } from './timeline-types';
import { timelineToMermaid } from './mermaid';

/** Markdown lines: a heading, the fenced block (or why there is none), the unscheduled items; `marked` as timelineToMermaid takes it. */
export function ganttSection(timeline: Timeline, t: Translate, marked?: ReadonlyMap<string, string>): string[] {
  const out = [`### ${t('report.timeline')}`, ''];
  // every line of the block is indented, so no title can close the fence (CommonMark: at most 3 spaces)
  if (timeline.items.length > 0) out.push('```mermaid', timelineToMermaid(timeline, t, marked), '```', '');
  else out.push(t('report.timeline.empty'), '');
  if (timeline.unscheduled.length > 0) {
    out.push(t('report.timeline.unscheduled'), '', ...timeline.unscheduled.map(u => `- ${t('report.timeline.unscheduledItem', {
      name: u.title && u.id ? `${u.title} (\`${u.id}\`)` : u.title || `\`${u.id ?? u.key}\``,
      line: u.line + 1,
      reason: u.reason,
    })}`), '');
  }
  return out;
}
