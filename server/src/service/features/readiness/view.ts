// A serialisable readiness snapshot of one plan, for the sidebar, code lens, language status and
// reports: phases in plan order with their progress and state, checklist items, exit criteria,
// risks, waves, gate verdicts with localized reasons, and missing owners. Lines are 0-based.
// Every value a view shows as a word (phase type and state, criterion status, risk severity,
// likelihood and status, gate decision, kind of missing owner) comes with its `…Label` from the
// catalog, in the view's language: the sidebar shows those and keeps no translation of its own.
//
// Phase state (documented in docs/readiness.md):
//   done         every checklist item is done (at least one), or a gate decided `go`;
//   blocked      a gate decided `no-go`, a pending gate that is not ready once its date has come,
//                or a phase with work left whose dependencies (`after`, transitively) are not done
//                although the phase has started (some item done, or its start date has come);
//   in-progress  a pending gate that is ready, or a phase with an item done or whose start date has come;
//   not-started  anything else.
import type { Analysis } from '../../plan/analysis';
import { parseDate } from '../../plan/dates';
import type { MessageKey } from '../../l10n/catalog';
import type { Translate } from '../../l10n/translate';
import { lineStarts } from '../../shared/lines';
import { allTasks, type Phase, type Str, type Task, type Wave } from '../../plan/model';
import { absStart, type Loc } from '../../plan/parse';
import { stronglyConnected, successors } from '../../plan/phase-graph';
import { criterionStatus, isUnmitigated, phaseProgress, type CriterionStatus, type MissingOwner, type Progress } from '../../plan/readiness';
import {
  DECISIONS, DEFAULT_DECISION, DEFAULT_RISK_STATUS, PHASE_TYPES, RISK_LIKELIHOODS, RISK_SEVERITIES, RISK_STATUSES,
} from '../../plan/schema-enums';

export type PhaseState = 'done' | 'in-progress' | 'blocked' | 'not-started';
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

export interface WaveView {
  key: string;
  id?: string;
  title?: string;
  champion?: string;
  start?: string;
  end?: string;
  progress: Progress;
  items: ItemView[];
  criteria: CriterionView[];
  line: number;
}

export interface ReasonView {
  message: string;
  line?: number;
}

export interface GateView {
  ready: boolean;
  decision?: string;
  /** the decision in words, the schema's default (`pending`) when the gate has none */
  decisionLabel: string;
  /** at most MAX_GATE_REASONS (readiness.ts), nearest first */
  reasons: ReasonView[];
  /** when reasons were left out past the cap: the line saying so (“… and more”) */
  moreReasons?: string;
}

export interface PhaseView {
  /** the phase id, or `#<index>` when it has none */
  key: string;
  id?: string;
  type?: string;
  typeLabel?: string;
  title?: string;
  owner?: string;
  start?: string;
  end?: string;
  progress: Progress;
  state: PhaseState;
  stateLabel: string;
  items: ItemView[];
  criteria: CriterionView[];
  risks: RiskView[];
  waves: WaveView[];
  gate?: GateView;
  /** how many of the plan's missing owners are inside this phase (itself, items, risks, waves) */
  missingOwners: number;
  line: number;
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

export interface PersonView {
  id: string;
  name?: string;
  role?: string;
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
}

export interface ReadinessViewOptions {
  t: Translate;
  /** YYYY-MM-DD: overdue tasks and phase states depend on it */
  today: string;
}

/** 0-based line of an absolute offset, by binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return offset => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

export function readinessView(uri: string, analysis: Analysis, { t, today }: ReadinessViewOptions): PlanReadiness {
  const { model, readiness, index } = analysis;
  const lineOf = lineFinder(analysis.parsed.text);
  const line = (loc: Loc) => lineOf(absStart(loc));
  const todayTime = parseDate(today) ?? Date.now();
  const label = schemaLabel(t);
  const started = (phase: Phase) => (dateOf(phase.start ?? phase.window?.start) ?? Infinity) <= todayTime;

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
  const waveView = (w: Wave, i: number): WaveView => {
    const key = w.id?.value ?? `#${i}`;
    const items = w.checklist.map((task, j) => item(task, `wave:${key}:${j}`, false));
    return {
      key, id: w.id?.value, title: w.title?.value, champion: w.champion?.value, start: w.start?.value, end: w.end?.value,
      progress: { done: items.filter(x => x.done).length, total: items.length }, items, criteria: criterionViews(w.exitCriteria),
      line: line(w.anchor),
    };
  };

  const doneById = new Map<Phase, boolean>();
  const isDone = (p: Phase) => {
    let done = doneById.get(p);
    if (done === undefined) {
      const progress = phaseProgress(p);
      done = p.type?.value === 'gate' ? p.decision?.value === 'go' : progress.total > 0 && progress.done === progress.total;
      doneById.set(p, done);
    }
    return done;
  };
  const gates = new Map(readiness.gates.map(g => [g.phase, g]));
  const stateOf = (p: Phase, progress: Progress): PhaseState => {
    if (isDone(p)) return 'done';
    const gate = gates.get(p);
    if (gate) {
      if (p.decision?.value === 'no-go') return 'blocked';
      if (gate.ready) return 'in-progress';
      return started(p) ? 'blocked' : 'not-started';
    }
    const active = progress.done > 0 || started(p);
    if (!active) return 'not-started';
    return waitsOnDependency(p) ? 'blocked' : 'in-progress';
  };
  let waitsOn: Set<Phase> | undefined;
  const waitsOnDependency = (p: Phase) => (waitsOn ??= waitingPhases(model.phases, index.phases, isDone)).has(p);

  const phaseIndexAt = phaseFinder(model.phases);
  const missingOwners: MissingOwnerView[] = readiness.missingOwners.map(m => {
    const i = m.kind === 'criterion' ? -1 : phaseIndexAt(absStart(m.loc));
    return { kind: m.kind, kindLabel: t(`ownerMissing.${m.kind}`), name: m.name, phase: i < 0 ? undefined : phaseKey(model.phases[i], i), line: line(m.loc) };
  });
  const missingIn = new Map<string, number>();
  for (const m of missingOwners) if (m.phase !== undefined) missingIn.set(m.phase, (missingIn.get(m.phase) ?? 0) + 1);

  const phases = model.phases.map((p, i): PhaseView => {
    const key = phaseKey(p, i);
    const progress = phaseProgress(p);
    const gate = gates.get(p);
    const type = p.type?.value;
    const state = stateOf(p, progress);
    return {
      key, id: p.id?.value, type, typeLabel: type === undefined ? undefined : label('phaseType', PHASE_TYPES, type),
      title: p.title?.value, owner: p.owner?.value,
      start: p.start?.value ?? p.window?.start?.value, end: p.end?.value ?? p.window?.end?.value,
      progress, state, stateLabel: t(`state.${state}`),
      items: [...p.checklist.map((task, j) => item(task, `checklist:${j}`, false)), ...p.postChecks.map((task, j) => item(task, `postChecks:${j}`, true))],
      criteria: criterionViews(gate ? p.criteria : p.exitCriteria),
      risks: p.risks.map((r, j) => ({
        key: r.id?.value ?? `#${j}`, id: r.id?.value, title: r.title?.value,
        severity: r.severity?.value, severityLabel: r.severity && label('severity', RISK_SEVERITIES, r.severity.value),
        likelihood: r.likelihood?.value, likelihoodLabel: r.likelihood && label('severity', RISK_LIKELIHOODS, r.likelihood.value),
        status: r.status?.value, statusLabel: label('riskStatus', RISK_STATUSES, r.status?.value ?? DEFAULT_RISK_STATUS), mitigation: r.mitigation?.value, owner: r.owner?.value, unmitigated: isUnmitigated(r), line: line(r.anchor),
      })),
      waves: p.waves.map(waveView),
      gate: gate && {
        ready: gate.ready, decision: p.decision?.value, decisionLabel: label('decision', DECISIONS, p.decision?.value ?? DEFAULT_DECISION),
        reasons: gate.reasons.map(r => ({
          message: t(r.key, 'severity' in r.args ? { ...r.args, severity: label('severity', RISK_SEVERITIES, String(r.args.severity)) } : r.args),
          line: r.loc && line(r.loc),
        })),
        moreReasons: gate.capped ? t('readiness.moreReasons') : undefined,
      },
      missingOwners: missingIn.get(key) ?? 0,
      line: line(p.anchor),
    };
  });

  const tasks = model.phases.flatMap(allTasks);
  const criteria: Record<CriterionStatus, number> = { met: 0, unmet: 0, unknown: 0 };
  for (const status of readiness.criteria.values()) criteria[status]++;
  return {
    uri,
    id: model.metadata.id?.value,
    title: model.metadata.title?.value,
    syntaxErrors: analysis.parsed.syntaxErrors.length,
    phases,
    criteria: criterionViews(model.criteria.filter(c => index.criteria.get(c.id.value) === c).map(c => c.id)),
    missingOwners,
    people: model.people?.map(p => ({ id: p.id.value, name: p.name?.value, role: p.role?.value })),
    totals: {
      tasks: { done: tasks.filter(x => x.done).length, total: tasks.length },
      overdue: phases.reduce((n, p) => n + p.items.filter(x => x.overdue).length + p.waves.reduce((m, w) => m + w.items.filter(x => x.overdue).length, 0), 0),
      missingOwners: missingOwners.length,
      criteria,
      gates: { ready: readiness.gates.filter(g => g.ready).length, total: readiness.gates.length },
    },
  };
}

/**
 * The phases that depend (through `after`, transitively, themselves excluded) on a phase not done:
 * one pass over the components of the `after` graph, dependencies first, instead of a walk of
 * every phase's dependencies (10k chained phases: 5 s).
 */
export function waitingPhases(phases: Phase[], byId: Map<string, Phase>, isDone: (p: Phase) => boolean): Set<Phase> {
  const components = stronglyConnected(phases, byId);
  const componentOf = new Map<Phase, number>();
  components.forEach((component, i) => component.forEach(p => componentOf.set(p, i)));
  const openIn = components.map(component => component.filter(p => !isDone(p)).length);
  /** whether a component reaches, outside itself, a phase not done */
  const reachesOpen: boolean[] = [];
  const waiting = new Set<Phase>();
  components.forEach((component, i) => {
    reachesOpen[i] = component.some(p => successors(p, byId).some(q => {
      const j = componentOf.get(q)!;
      return j !== i && (openIn[j] > 0 || reachesOpen[j]);
    }));
    // inside a cycle, a phase depends on every other phase of it
    for (const p of component) if (reachesOpen[i] || openIn[i] - (isDone(p) ? 0 : 1) > 0) waiting.add(p);
  });
  return waiting;
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

const dateOf = (s: Str | undefined) => (s ? parseDate(s.value) : undefined);

const phaseKey = (p: Phase, i: number) => p.id?.value ?? `#${i}`;

/**
 * The catalog's word for a value of a schema enum (`phaseType.pilot`, `severity.high`; likelihood
 * shares the severity words), or the value as written when the schema does not allow it.
 */
const schemaLabel = (t: Translate) => (prefix: string, allowed: readonly string[], value: string): string =>
  allowed.includes(value) ? t(`${prefix}.${value}` as MessageKey) : value;
