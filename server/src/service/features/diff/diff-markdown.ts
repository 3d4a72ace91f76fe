// One plan's section of the Markdown diff (a pull-request comment): its title and path, what kind
// of change it is, the most important changes as bullets (verdicts with their reasons, criteria,
// dates, owners, risks, phases and waves), the longer lists (checklist items, findings) folded in
// `<details>`, then its timeline with the slipped items marked `crit` and `+9 d`.
import type { MessageKey } from '../../l10n/catalog';
import type { Translate } from '../../l10n/translate';
import { ganttSection } from '../timeline/gantt-section';
import type { Timeline } from '../timeline/timeline-types';
import { counted, daysText, plural, quoted } from './diff-words';
import { markdownCode, markdownMessage, markdownText } from './markdown-text';
import type { CriterionChange, DateShift, FindingChange, ItemChange, OwnerChange, PlanDiff, PlanNote, RiskChange, StructureChange } from './plan-diff-types';

export interface SectionContext {
  t: Translate;
  /** the base as the user named it */
  base: string;
  /** the plan's timeline now, when it has one */
  timeline?: Timeline;
}

export function planSection(d: PlanDiff, { t, base, timeline }: SectionContext): string[] {
  const out = [`## ${markdownText(d.title ?? d.name)}`, '', t('report.file', { file: markdownCode(d.name) }), ''];
  const notes = [
    ...d.status === 'added' ? [t('diff.note.added')] : [],
    ...d.status === 'removed' ? [t('diff.note.removed')] : [],
    ...d.notes.map(n => noteText(n, t, d.locale, markdownCode(base))),
  ];
  if (notes.length) out.push(...notes.map(n => `> ${n}`), '');
  const bullets = [
    ...d.gates.flatMap(g => [
      `- ${t('diff.gate', { name: quoted(t, g.title ?? g.phase), before: `**${g.beforeLabel}**`, after: `**${g.afterLabel}**` })}`,
      ...g.reasons.map(r => `  - ${markdownMessage(r)}`), ...g.moreReasons ? [`  - ${g.moreReasons}`] : [],
    ]),
    ...d.criteria.map(c => `- ${criterionText(c, t)}`),
    ...d.dates.map(s => `- ${dateText(s, t)}`),
    ...d.owners.map(o => `- ${ownerText(o, t)}`),
    ...d.risks.map(r => `- ${riskText(r, t)}`),
    ...d.structure.map(s => `- ${structureText(s, t)}`),
  ];
  if (bullets.length) out.push(...bullets, '');
  if (d.items.length) out.push(...folded(itemsSummary(d.items, t, d.locale), d.items.map(i => t(`diff.item.${i.change}`, { task: markdownText(i.task), where: markdownText(i.where) }))));
  const { introduced, fixed } = d.findings;
  if (introduced.length || fixed.length) {
    const parts = [
      ...introduced.length ? [counted(t, d.locale, 'diff.findings.introduced', introduced.length)] : [],
      ...fixed.length ? [counted(t, d.locale, 'diff.findings.fixed', fixed.length)] : [],
    ];
    out.push(...folded(t('diff.findings', { parts: parts.join(', ') }), [
      ...introduced.map(f => findingText('diff.finding.introduced', f, t)), ...fixed.map(f => findingText('diff.finding.fixed', f, t)),
    ]));
  }
  // a plan not compared (broken or unreadable on a side) has no trustworthy picture to draw
  if (timeline && (d.status === 'changed' || d.status === 'added')) out.push(...ganttSection(timeline, t, slipMarks(d.dates, t)));
  return out;
}

function noteText(n: PlanNote, t: Translate, locale: PlanDiff['locale'], base: string): string {
  switch (n.kind) {
    case 'renamed': return t('diff.note.renamed', { from: markdownCode(n.from) });
    case 'not-a-plan': return t(`diff.note.notAPlan.${n.side}`, { base });
    case 'unreadable': return t(`diff.note.unreadable.${n.side}`, { base, reason: markdownText(n.message) });
    case 'syntax-errors': return t(`diff.note.syntax.${n.side}.${plural(locale, n.count)}`, { base, count: n.count, line: n.line, message: markdownMessage(n.message) });
  }
}

/** A bullet line with its list folded under it: `<details>` with the line as its summary. */
function folded(summary: string, lines: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...lines.map(l => `- ${l}`), '', '</details>', ''];
}

const none = (t: Translate, v: string | undefined) => (v === undefined ? t('diff.none') : markdownText(v));

function criterionText(c: CriterionChange, t: Translate): string {
  const name = quoted(t, c.title ?? c.id);
  if (c.change === 'added') return t('diff.criterion.added', { name, status: none(t, c.status?.after) });
  if (c.change === 'removed') return t('diff.criterion.removed', { name });
  const changes = [
    ...c.status ? [t('diff.criterion.status', { before: none(t, c.status.before), after: `**${none(t, c.status.after)}**` })] : [],
    ...c.actual ? [t('diff.criterion.actual', { before: none(t, c.actual.before), after: none(t, c.actual.after) })] : [],
    ...c.target ? [t('diff.criterion.target', { before: none(t, c.target.before), after: none(t, c.target.after) })] : [],
  ];
  return t('diff.criterion.changed', { name, changes: changes.join(', ') });
}

function dateText(s: DateShift, t: Translate): string {
  // the date that moved: the end, else the start
  const [before, after] = s.before.end !== s.after.end ? [s.before.end, s.after.end] : [s.before.start, s.after.start];
  const args = { days: `**${daysText(t, s.days)}**`, before: markdownText(before), after: markdownText(after) };
  if (s.kind === 'plan-end') return t(s.days > 0 ? 'diff.date.planEnd.slip' : 'diff.date.planEnd.pullIn', args);
  return t(s.days > 0 ? 'diff.date.slip' : 'diff.date.pullIn', { ...args, subject: t(`diff.subject.${s.kind}`), name: quoted(t, s.title) });
}

function ownerText(o: OwnerChange, t: Translate): string {
  return t(`diff.owner.${o.change}`, {
    subject: t(`diff.subject.${o.subject}`), name: quoted(t, o.name), role: t(o.subject === 'wave' ? 'diff.role.champion' : 'diff.role.owner'),
    before: markdownCode(o.before ?? ''), after: markdownCode(o.after ?? ''),
  });
}

function riskText(r: RiskChange, t: Translate): string {
  const [name, where] = [quoted(t, r.title), markdownText(r.where)];
  if (r.change === 'added') return t('diff.risk.added', { name, where, status: none(t, r.status?.after) });
  if (r.change === 'removed') return t('diff.risk.removed', { name, where });
  return t('diff.risk.status', { name, where, before: none(t, r.status?.before), after: `**${none(t, r.status?.after)}**` });
}

function structureText(s: StructureChange, t: Translate): string {
  return t(`diff.${s.kind}.${s.change}`, { name: quoted(t, s.title), where: quoted(t, s.where ?? '') });
}

function itemsSummary(items: ItemChange[], t: Translate, locale: PlanDiff['locale']): string {
  const kinds = ['done', 'undone', 'added', 'removed'] as const;
  const parts = kinds.map(k => [k, items.filter(i => i.change === k).length] as const).filter(([, n]) => n > 0);
  return t('diff.items', { parts: parts.map(([k, n]) => counted(t, locale, `diff.items.${k}`, n)).join(', ') });
}

function findingText(key: MessageKey, f: FindingChange, t: Translate): string {
  return t(key, { severity: t(`cli.severity.${f.severity}`), code: f.code, line: f.line, message: markdownMessage(f.message) });
}

/** The timeline items that slipped, with their move in days, for the chart. */
const slipMarks = (dates: DateShift[], t: Translate) => new Map(dates.filter(s => s.days > 0 && s.kind !== 'plan-end').map(s => [s.key, daysText(t, s.days)]));
