// The readiness report: per plan, a summary, the timeline as a Mermaid `gantt` block (Markdown), the phases with their progress, the success criteria table, the
// gates with their verdict and reasons, the missing owners and the overdue tasks. Markdown for
// people (headings, columns, numbers and dates in the reader's language), JSON for tools. The
// editor's "Export readiness report" and the CLI print this same text.
import type { Analysis } from '../../plan/analysis';
import { isoToday } from '../../plan/dates';
import type { MessageKey } from '../../l10n/catalog';
import { translator, type Locale } from '../../l10n/translate';
import type { FileSummary, Programme } from '../../programme/programme-types';
import { linkedIn, type LinkedGates } from '../../programme/linked-gates';
import { planStates } from './phase-states';
import { programmeSection, programmeSummary } from './programme-summary';
import { Formatter, table } from './report-format';
import { readinessView, type CriterionView, type ItemView, type PhaseView, type PlanReadiness } from './view';
import { ganttSection } from '../timeline/gantt-section';
import { buildTimeline } from '../timeline/timeline';
import type { Timeline } from '../timeline/timeline-types';

export interface ReportPlan {
  /** how the plan is named in the report (a path relative to the workspace or working folder) */
  name: string;
  uri: string;
  analysis: Analysis;
  /** the language of this plan's section (the CLI's `--locale plan`: its metadata.language); default: the report's */
  locale?: Locale;
  /** its gates' reasons across plans, so the report's verdicts are the sidebar's */
  linked?: LinkedGates;
}

/** A programme file the reported plans belong to, with the analysis of each of its plans (named or not). */
export interface ReportProgramme {
  programme: Programme & { file: FileSummary };
  analyses: ReadonlyMap<string, Analysis>;
}

export interface ReportOptions {
  locale: Locale;
  format: 'markdown' | 'json';
  /** YYYY-MM-DD (default: today in UTC): overdue tasks depend on it */
  today?: string;
  /** the programmes of the plans, each summarised before the plans' sections (in the report's language) */
  programmes?: readonly ReportProgramme[];
}

export function readinessReport(plans: ReportPlan[], { locale, format, today = isoToday(), programmes = [] }: ReportOptions): string {
  // one formatter per language: with `ReportPlan.locale`, each plan's section has its own
  const formatters = new Map<Locale, Formatter>();
  const fmtFor = (l: Locale) => formatters.get(l) ?? formatters.set(l, new Formatter(l, translator(l))).get(l)!;
  const views = plans.map(p => {
    const fmt = fmtFor(p.locale ?? locale);
    // the Markdown report draws each plan's timeline as a Mermaid `gantt` block after its summary
    const states = planStates(p.analysis, { t: fmt.t, today, linked: p.linked });
    const timeline = format === 'markdown' ? buildTimeline(p.uri, p.analysis, { t: fmt.t, locale: fmt.locale, today, states }) : undefined;
    return { name: p.name, fmt, view: readinessView(p.uri, p.analysis, { t: fmt.t, today, states }), timeline };
  });
  const fmt = fmtFor(locale);
  const summaries = programmes.map(({ programme, analyses }) => programmeSummary(programme,
    new Map([...analyses].map(([uri, analysis]) => [uri, readinessView(uri, analysis, { t: fmt.t, today, linked: linkedIn(programme, uri) })])), today));
  if (format === 'json') {
    // the URIs the sidebar follows are the machine's, not the report's
    const plansJson = views.map(({ name, fmt: planFmt, view: { dependsOn: _, ...view } }) => ({ name, locale: planFmt.locale, ...view }));
    return JSON.stringify({ generated: today, locale, ...summaries.length && { programmes: summaries }, plans: plansJson }, null, 2) + '\n';
  }
  const { t } = fmt;
  const out = [`# ${t('report.title')}`, '', t('report.generated', { date: fmt.date(today) }), '', ...summaries.flatMap(s => programmeSection(s, fmt))];
  if (views.length === 0) out.push(t('report.noPlans'), '');
  // flatMap, not push(...section): a long plan's section has more lines than a call takes arguments
  return [...out, ...views.flatMap(({ name, fmt: planFmt, view, timeline }) => planSection(name, view, planFmt, timeline))].join('\n');
}

const phaseName = (p: PhaseView) => (p.title ? `${p.title}${p.id ? ` (\`${p.id}\`)` : ''}` : `\`${p.id ?? p.key}\``);

function planSection(name: string, view: PlanReadiness, fmt: Formatter, timeline?: Timeline): string[] {
  const { t } = fmt;
  const { totals } = view;
  const out = [`## ${view.title ?? view.id ?? name}${view.title && view.id ? ` (\`${view.id}\`)` : ''}`, '', t('report.file', { file: `\`${name}\`` }), ''];
  if (view.syntaxErrors > 0) out.push(`> ⚠ ${t('report.syntaxErrors', { count: view.syntaxErrors })}`, '');
  const criteriaTotal = totals.criteria.met + totals.criteria.unmet + totals.criteria.unknown;
  out.push(
    `- ${t('report.summary.tasks', { done: totals.tasks.done, total: totals.tasks.total, percent: fmt.percent(totals.tasks.done, totals.tasks.total) })}`,
    `- ${t('report.summary.criteria', { met: totals.criteria.met, total: criteriaTotal })}`,
    `- ${t('report.summary.gates', { ready: totals.gates.ready, total: totals.gates.total })}`,
    `- ${t('report.summary.missingOwners', { count: totals.missingOwners })}`,
    `- ${t('report.summary.overdue', { count: totals.overdue })}`,
    '',
  );
  if (timeline) out.push(...ganttSection(timeline, t));

  out.push(`### ${t('report.phases')}`, '');
  out.push(...table(
    [t('report.col.phase'), t('report.col.type'), t('report.col.dates'), t('report.col.progress'), t('report.col.state')],
    view.phases.map(p => [phaseName(p), fmt.label('phaseType', p.type), fmt.dateRange(p.start, p.end), fmt.progress(p.progress.done, p.progress.total), fmt.label('state', p.state)]),
  ), '');

  out.push(`### ${t('report.criteria')}`, '');
  if (view.criteria.length === 0) out.push(t('report.none'), '');
  else {
    out.push(...table(
      [t('report.col.criterion'), t('report.col.status'), t('report.col.actual'), t('report.col.target'), t('report.col.owner')],
      view.criteria.map((c: CriterionView) => [c.title ? `${c.title} (\`${c.id}\`)` : `\`${c.id}\``, fmt.label('status', c.status), c.actual ?? '—', c.target ?? '—', c.owner ?? '—']),
    ), '');
  }

  out.push(`### ${t('report.gates')}`, '');
  const gates = view.phases.filter(p => p.gate);
  if (gates.length === 0) out.push(t('report.none'), '');
  for (const p of gates) {
    const gate = p.gate!;
    out.push(`#### ${phaseName(p)}`, '', t('report.gateVerdict', {
      verdict: t(gate.ready ? 'report.verdict.ready' : 'report.verdict.notReady'),
      decision: fmt.label('decision', gate.decision ?? 'pending'),
    }), '');
    if (gate.reasons.length) out.push(...gate.reasons.map(r => `- ${r.message}`), ...gate.moreReasons ? [`- ${gate.moreReasons}`] : [], '');
  }

  out.push(`### ${t('report.missingOwners')}`, '');
  if (view.missingOwners.length === 0) out.push(t('report.none'), '');
  else {
    out.push(...view.missingOwners.map(m => `- ${m.kind === 'wave'
      ? t('report.missingChampion', { name: m.name, line: m.line + 1 })
      : t('report.missingOwner', { kind: t(`kind.${m.kind}` as MessageKey), name: m.name, line: m.line + 1 })}`), '');
  }

  out.push(`### ${t('report.overdue')}`, '');
  const overdue: [PhaseView, ItemView][] = view.phases.flatMap(p => [...p.items, ...p.waves.flatMap(w => w.items)].filter(i => i.overdue).map(i => [p, i] as [PhaseView, ItemView]));
  if (overdue.length === 0) out.push(t('report.none'), '');
  else {
    out.push(...table(
      [t('report.col.task'), t('report.col.phase'), t('report.col.due'), t('report.col.owner')],
      overdue.map(([p, i]) => [i.task, phaseName(p), fmt.date(i.due ?? ''), i.owner ?? '—']),
    ), '');
  }
  return out;
}
