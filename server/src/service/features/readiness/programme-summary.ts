// The report's opening for a programme (issue 18): its plans with their progress, gate verdicts
// and missing owners, the totals, the next go-lives and the freezes to come. Drawn from each plan's
// readiness view (the sidebar's words) and the programme's summaries (go-live windows, freezes),
// so a plan not named on the command line still counts. JSON-safe data first, then its Markdown.
import { parseDate } from '../../plan/dates';
import type { FileSummary, Programme } from '../../programme/programme-types';
import { table, type Formatter } from './report-format';
import type { PlanReadiness } from './view';

/** At most this many go-lives are listed; the rest are counted. */
export const MAX_NEXT_GO_LIVES = 10;

export type GateVerdictWord = 'go' | 'no-go' | 'ready' | 'not-ready';

export interface ProgrammePlanSummary {
  uri: string;
  id?: string;
  title?: string;
  tasks: { done: number; total: number };
  gates: { phase: string; verdict: GateVerdictWord }[];
  missingOwners: number;
}

export interface ProgrammeSummary {
  uri: string;
  id?: string;
  title?: string;
  plans: ProgrammePlanSummary[];
  totals: { plans: number; tasks: { done: number; total: number }; gates: { ready: number; total: number }; missingOwners: number };
  /** go-lives not done whose window (else dates) has not ended, soonest first, at most MAX_NEXT_GO_LIVES */
  nextGoLives: { plan: string; phase: string; title?: string; start?: string; end?: string }[];
  /** go-lives to come beyond those listed */
  moreGoLives: number;
  /** freezes that have not ended, soonest first; `plans` undefined: every plan */
  freezes: { id?: string; title?: string; start?: string; end?: string; plans?: string[] }[];
}

/** A programme node of the sidebar: the summary, and who champions two waves at the same time. */
export interface ProgrammeOverview extends ProgrammeSummary {
  overloaded: { person: string; waves: string[] }[];
}

const verdictOf = (gate: NonNullable<PlanReadiness['phases'][number]['gate']>): GateVerdictWord =>
  gate.decision === 'go' || gate.decision === 'no-go' ? gate.decision : gate.ready ? 'ready' : 'not-ready';

/** Not over: its end (else its start) is today or later; undated items are kept. */
const notOver = (today: number) => (end?: string, start?: string) => {
  const time = parseDate(end ?? start ?? '');
  return time === undefined || time >= today;
};
const byStart = <T extends { start?: string }>(a: T, b: T) => (parseDate(a.start ?? '') ?? Infinity) - (parseDate(b.start ?? '') ?? Infinity);

/** `views`: the readiness view of every plan of the programme, by URI. */
export function programmeSummary(programme: Programme & { file: FileSummary }, views: ReadonlyMap<string, PlanReadiness>, today: string): ProgrammeSummary {
  const open = notOver(parseDate(today) ?? 0);
  const plans = programme.plans.flatMap(plan => {
    const view = views.get(plan.uri);
    return view ? [{ plan, view }] : [];
  });
  const rows: ProgrammePlanSummary[] = plans.map(({ plan, view }) => ({
    uri: plan.uri, id: view.id, title: view.title,
    tasks: { done: view.totals.tasks.done, total: view.totals.tasks.total },
    gates: view.phases.flatMap(p => (p.gate ? [{ phase: p.id ?? p.key, verdict: verdictOf(p.gate) }] : [])),
    missingOwners: view.totals.missingOwners,
  }));
  const goLives = plans.flatMap(({ plan, view }) => plan.phases.flatMap(phase => {
    const state = view.phases.find(p => p.id === phase.id)?.state;
    const [start, end] = [phase.window?.start ?? phase.start, phase.window?.end ?? phase.end];
    return phase.type === 'go-live' && state !== 'done' && open(end, start) ? [{ plan: view.id ?? view.title ?? plan.uri, phase: phase.id, title: phase.title, start, end }] : [];
  })).sort(byStart);
  const sum = (f: (r: ProgrammePlanSummary) => number) => rows.reduce((n, r) => n + f(r), 0);
  return {
    uri: programme.file.uri, id: programme.file.id?.value, title: programme.file.title,
    plans: rows,
    totals: {
      plans: rows.length,
      tasks: { done: sum(r => r.tasks.done), total: sum(r => r.tasks.total) },
      gates: { ready: sum(r => r.gates.filter(g => g.verdict === 'ready' || g.verdict === 'go').length), total: sum(r => r.gates.length) },
      missingOwners: sum(r => r.missingOwners),
    },
    nextGoLives: goLives.slice(0, MAX_NEXT_GO_LIVES),
    moreGoLives: Math.max(0, goLives.length - MAX_NEXT_GO_LIVES),
    freezes: programme.file.freezes.filter(f => open(f.end, f.start)).sort(byStart)
      .map(f => ({ id: f.id?.value, title: f.title, start: f.start, end: f.end, plans: f.plans?.map(p => p.value) })),
  };
}

const VERDICT_KEYS = { 'ready': 'report.verdict.ready', 'not-ready': 'report.verdict.notReady' } as const;
const named = (title: string | undefined, id: string | undefined) => (title ? `${title}${id ? ` (\`${id}\`)` : ''}` : `\`${id ?? '?'}\``);

/** The summary in Markdown, in the formatter's language: a section before the plans' own. */
export function programmeSection(summary: ProgrammeSummary, fmt: Formatter): string[] {
  const { t } = fmt;
  const { totals } = summary;
  const verdict = (v: GateVerdictWord) => (v === 'go' || v === 'no-go' ? fmt.label('decision', v) : t(VERDICT_KEYS[v]));
  const out = [
    `## ${t('report.programme.title', { title: named(summary.title, summary.id) })}`, '',
    `- ${t('report.programme.summary.plans', { count: totals.plans })}`,
    `- ${t('report.summary.tasks', { done: totals.tasks.done, total: totals.tasks.total, percent: fmt.percent(totals.tasks.done, totals.tasks.total) })}`,
    `- ${t('report.summary.gates', { ready: totals.gates.ready, total: totals.gates.total })}`,
    `- ${t('report.summary.missingOwners', { count: totals.missingOwners })}`,
    '',
    `### ${t('report.programme.plans')}`, '',
    ...table(
      [t('report.col.plan'), t('report.col.progress'), t('report.col.verdicts'), t('report.missingOwners')],
      summary.plans.map(p => [
        named(p.title, p.id), fmt.progress(p.tasks.done, p.tasks.total),
        p.gates.map(g => t('report.programme.verdict', { gate: `\`${g.phase}\``, verdict: verdict(g.verdict) })).join(', ') || '—',
        String(p.missingOwners),
      ]),
    ), '',
    `### ${t('report.programme.nextGoLives')}`, '',
  ];
  if (summary.nextGoLives.length === 0) out.push(t('report.none'), '');
  else {
    out.push(...table(
      [t('report.col.plan'), t('report.col.phase'), t('report.col.window')],
      summary.nextGoLives.map(g => [`\`${g.plan}\``, named(g.title, g.phase), fmt.dateRange(g.start, g.end)]),
    ));
    if (summary.moreGoLives) out.push('', t('report.programme.moreGoLives', { count: summary.moreGoLives }));
    out.push('');
  }
  out.push(`### ${t('report.programme.freezes')}`, '');
  if (summary.freezes.length === 0) out.push(t('report.none'), '');
  else {
    out.push(...table(
      [t('report.col.freeze'), t('report.col.dates'), t('report.col.appliesTo')],
      summary.freezes.map(f => [named(f.title, f.id), fmt.dateRange(f.start, f.end), f.plans ? f.plans.map(p => `\`${p}\``).join(', ') : t('report.programme.everyPlan')]),
    ), '');
  }
  return out;
}
