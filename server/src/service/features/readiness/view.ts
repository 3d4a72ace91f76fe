// A serialisable readiness snapshot of one plan, for the sidebar, code lens, language status and
// reports: phases in plan order with their progress and state, checklist items, exit criteria,
// risks, waves, gate verdicts with localized reasons, and missing owners. Lines are 0-based.
// Every value a view shows as a word (phase type and state, criterion status, risk severity,
// likelihood and status, gate decision, kind of missing owner) comes with its `…Label` from the
// catalog, in the view's language: the sidebar shows those and keeps no translation of its own.
//
// The phases' states, progress and gate verdicts come from phase-states.ts, the lean part the
// timeline reads alone; this view adds the checklist items, criteria, risks, missing owners and totals.
import type { Analysis } from '../../plan/analysis';
import { parseDate } from '../../plan/dates';
import { allTasks, type Phase, type Str, type Task } from '../../plan/model';
import { absStart, type Loc } from '../../plan/parse';
import { criterionStatus, isUnmitigated, type CriterionStatus, type MissingOwner, type Progress } from '../../plan/readiness';
import { DEFAULT_RISK_STATUS, RISK_LIKELIHOODS, RISK_SEVERITIES, RISK_STATUSES } from '../../plan/schema-enums';
import {
  dateOf, lineFinder, phaseKey, planStates, schemaLabel,
  type PersonView, type PhaseStates, type PlanStates, type ReadinessViewOptions, type WaveStates,
} from './phase-states';

export type { GateView, PersonView, PhaseState, ReadinessViewOptions, ReasonView } from './phase-states';
export type OwnerKind = MissingOwner['kind'];

export interface ItemView {
  /** stable within the phase while items are not reordered: `checklist:0`, `postChecks:1`, `wave:vague-rh:0` */
  key: string;
  task: string;
  id?: string;
  owner?: string;
  due?: string;
  area?: string;
  done: boolean;
  overdue: boolean;
  /** a post-go-live check rather than a checklist item */
  postCheck: boolean;
  line: number;
}

export interface CriterionView {
  id: string;
  /** false when the reference names no criterion of the plan */
  defined: boolean;
  title?: string;
  status: CriterionStatus;
  /** the status in words; "not defined" when the reference names no criterion */
  statusLabel: string;
  kind?: 'quantitative' | 'qualitative';
  metric?: string;
  target?: string;
  actual?: string;
  owner?: string;
  line: number;
}

export interface RiskView {
  key: string;
  id?: string;
  title?: string;
  severity?: string;
  severityLabel?: string;
  likelihood?: string;
  likelihoodLabel?: string;
  status?: string;
  /** the status in words, the schema's default (`open`) when the risk has none */
  statusLabel: string;
  mitigation?: string;
  owner?: string;
  /** open, high or critical, and without mitigation */
  unmitigated: boolean;
  line: number;
}

export interface WaveView extends WaveStates {
  items: ItemView[];
  criteria: CriterionView[];
}

export interface PhaseView extends PhaseStates {
  items: ItemView[];
  criteria: CriterionView[];
  risks: RiskView[];
  waves: WaveView[];
  /** how many of the plan's missing owners are inside this phase (itself, items, risks, waves) */
  missingOwners: number;
}

export interface MissingOwnerView {
  kind: OwnerKind;
  /** "phase without owner", "wave without champion"… */
  kindLabel: string;
  name: string;
  /** the phase key it belongs to, when inside a phase */
  phase?: string;
  line: number;
}

export interface PlanTotals {
  tasks: Progress;
  overdue: number;
  missingOwners: number;
  criteria: Record<CriterionStatus, number>;
  gates: { ready: number; total: number };
}

export interface PlanReadiness {
  uri: string;
  id?: string;
  title?: string;
  /** YAML syntax errors: what could be parsed is shown, marked as having problems */
  syntaxErrors: number;
  phases: PhaseView[];
  /** every criterion the plan defines, in order */
  criteria: CriterionView[];
  missingOwners: MissingOwnerView[];
  /** undefined when the plan keeps no `people` roster */
  people?: PersonView[];
  totals: PlanTotals;
  /** the other plans' URIs its gates depend on: the sidebar asks for this plan again when one of them changes; absent when none */
  dependsOn?: readonly string[];
}

export interface FullViewOptions extends ReadinessViewOptions {
  /** this analysis' phase states in `t` and on `today`, when the caller already has them (the timeline's) */
  states?: PlanStates;
}

export function readinessView(uri: string, analysis: Analysis, { t, today, linked, states = planStates(analysis, { t, today, linked }) }: FullViewOptions): PlanReadiness {
  const { model, readiness, index } = analysis;
  const lineOf = lineFinder(analysis.parsed.text);
  const line = (loc: Loc) => lineOf(absStart(loc));
  const todayTime = parseDate(today) ?? Date.now();
  const label = schemaLabel(t);

  const item = (task: Task, key: string, postCheck: boolean): ItemView => {
    const due = dateOf(task.due);
    return {
      key, task: task.task?.value ?? task.id?.value ?? '?', id: task.id?.value, owner: task.owner?.value,
      due: task.due?.value, area: task.area?.value, done: task.done,
      overdue: !task.done && due !== undefined && due < todayTime, postCheck, line: line(task.anchor),
    };
  };
  const criterionViews = (refs: Str[]): CriterionView[] => refs.map(ref => {
    const c = index.criteria.get(ref.value);
    if (!c) return { id: ref.value, defined: false, status: 'unknown', statusLabel: t('status.undefined'), line: line(ref.loc) };
    const status = criterionStatus(c);
    return {
      id: ref.value, defined: true, title: c.title?.value, status, statusLabel: t(`status.${status}`), kind: c.kind, metric: c.metric?.value,
      target: c.target?.value, actual: c.kind === 'qualitative' && c.met !== undefined ? String(c.met) : c.actual?.value,
      owner: c.owner?.value, line: line(c.loc),
    };
  });

  const phaseIndexAt = phaseFinder(model.phases);
  const missingOwners: MissingOwnerView[] = readiness.missingOwners.map(m => {
    const i = m.kind === 'criterion' ? -1 : phaseIndexAt(absStart(m.loc));
    return { kind: m.kind, kindLabel: t(`ownerMissing.${m.kind}`), name: m.name, phase: i < 0 ? undefined : phaseKey(model.phases[i], i), line: line(m.loc) };
  });
  const missingIn = new Map<string, number>();
  for (const m of missingOwners) if (m.phase !== undefined) missingIn.set(m.phase, (missingIn.get(m.phase) ?? 0) + 1);

  const phases = model.phases.map((p, i): PhaseView => {
    // in the view's own key order (the JSON report shows it): the items, criteria and risks before the waves
    const { waves, gate, line: phaseLine, ...ps } = states.phases[i];
    return {
      ...ps,
      items: [...p.checklist.map((task, j) => item(task, `checklist:${j}`, false)), ...p.postChecks.map((task, j) => item(task, `postChecks:${j}`, true))],
      criteria: criterionViews(gate ? p.criteria : p.exitCriteria),
      risks: p.risks.map((r, j) => ({
        key: r.id?.value ?? `#${j}`, id: r.id?.value, title: r.title?.value,
        severity: r.severity?.value, severityLabel: r.severity && label('severity', RISK_SEVERITIES, r.severity.value),
        likelihood: r.likelihood?.value, likelihoodLabel: r.likelihood && label('severity', RISK_LIKELIHOODS, r.likelihood.value),
        status: r.status?.value, statusLabel: label('riskStatus', RISK_STATUSES, r.status?.value ?? DEFAULT_RISK_STATUS), mitigation: r.mitigation?.value, owner: r.owner?.value, unmitigated: isUnmitigated(r), line: line(r.anchor),
      })),
      waves: p.waves.map((w, j) => {
        const { line: waveLine, ...ws } = waves[j];
        return { ...ws, items: w.checklist.map((task, k) => item(task, `wave:${ws.key}:${k}`, false)), criteria: criterionViews(w.exitCriteria), line: waveLine };
      }),
      gate,
      missingOwners: missingIn.get(ps.key) ?? 0,
      line: phaseLine,
    };
  });

  const tasks = model.phases.flatMap(allTasks);
  const criteria: Record<CriterionStatus, number> = { met: 0, unmet: 0, unknown: 0 };
  for (const status of readiness.criteria.values()) criteria[status]++;
  return {
    uri,
    id: states.id,
    title: states.title,
    syntaxErrors: analysis.parsed.syntaxErrors.length,
    phases,
    criteria: criterionViews(model.criteria.filter(c => index.criteria.get(c.id.value) === c).map(c => c.id)),
    missingOwners,
    people: states.people,
    ...(states.dependsOn ? { dependsOn: states.dependsOn } : {}),
    totals: {
      tasks: { done: tasks.filter(x => x.done).length, total: tasks.length },
      overdue: phases.reduce((n, p) => n + p.items.filter(x => x.overdue).length + p.waves.reduce((m, w) => m + w.items.filter(x => x.overdue).length, 0), 0),
      missingOwners: missingOwners.length,
      criteria,
      // the verdicts of the states: with their reasons across plans
      gates: { ready: phases.filter(p => p.gate?.ready).length, total: phases.filter(p => p.gate).length },
    },
  };
}

/** The index of the phase whose text holds `offset`, or -1, by binary search (phases are in text order). */
function phaseFinder(phases: Phase[]): (offset: number) => number {
  return offset => {
    let lo = 0;
    let hi = phases.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = phases[mid];
      if (offset < absStart(p.loc)) hi = mid - 1;
      else if (offset > p.loc.seg.base + p.loc.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}
