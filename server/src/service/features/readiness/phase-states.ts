// The lean part of a plan's readiness view (view.ts): each phase's and wave's identity, dates,
// progress and state, gates' verdicts with localized reasons, and the people roster. The timeline
// needs nothing more, so it is computed on its own after an edit (the checklist items, criteria,
// risks and totals are most of the full view's cost); the full view is built on top of it.
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
import type { Phase, Str, Wave } from '../../plan/model';
import { absStart, type Loc } from '../../plan/parse';
import { stronglyConnected, successors } from '../../plan/phase-graph';
import { MAX_GATE_REASONS, phaseProgress, type GateReadiness, type Progress } from '../../plan/readiness';
import { NO_LINKS, type LinkedGates, type LinkedReason } from '../../programme/linked-gates';
import { DECISIONS, DEFAULT_DECISION, PHASE_TYPES, RISK_SEVERITIES } from '../../plan/schema-enums';

export type PhaseState = 'done' | 'in-progress' | 'blocked' | 'not-started';

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

export interface WaveStates {
  key: string;
  id?: string;
  title?: string;
  champion?: string;
  start?: string;
  end?: string;
  progress: Progress;
  line: number;
}

export interface PhaseStates {
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
  waves: WaveStates[];
  gate?: GateView;
  line: number;
}

export interface PersonView {
  id: string;
  name?: string;
  role?: string;
}

export interface PlanStates {
  id?: string;
  title?: string;
  phases: PhaseStates[];
  /** undefined when the plan keeps no `people` roster */
  people?: PersonView[];
  /** the other plans' URIs its gates depend on (programme/linked-gates.ts); absent when none */
  dependsOn?: readonly string[];
}

export interface ReadinessViewOptions {
  t: Translate;
  /** YYYY-MM-DD: overdue tasks and phase states depend on it */
  today: string;
  /** the gates' reasons across plans (programme/linked-gates.ts); none for a plan read alone */
  linked?: LinkedGates;
}

export function planStates(analysis: Analysis, { t, today, linked = NO_LINKS }: ReadinessViewOptions): PlanStates {
  const { model, readiness, index } = analysis;
  const lineOf = lineFinder(analysis.parsed.text);
  const line = (loc: Loc) => lineOf(absStart(loc));
  const todayTime = parseDate(today) ?? Date.now();
  const label = schemaLabel(t);
  const started = (phase: Phase) => (dateOf(phase.start ?? phase.window?.start) ?? Infinity) <= todayTime;

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
  const gates = new Map(readiness.gates.map(g => [g.phase, withLinked(g, linked.gates.get(g.phase.id?.value ?? ''))]));
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

  const waveStates = (w: Wave, i: number): WaveStates => ({
    key: w.id?.value ?? `#${i}`, id: w.id?.value, title: w.title?.value, champion: w.champion?.value, start: w.start?.value, end: w.end?.value,
    progress: { done: w.checklist.filter(task => task.done).length, total: w.checklist.length }, line: line(w.anchor),
  });

  const phases = model.phases.map((p, i): PhaseStates => {
    const progress = phaseProgress(p);
    const gate = gates.get(p);
    const type = p.type?.value;
    const state = stateOf(p, progress);
    return {
      key: phaseKey(p, i), id: p.id?.value, type, typeLabel: type === undefined ? undefined : label('phaseType', PHASE_TYPES, type),
      title: p.title?.value, owner: p.owner?.value,
      start: p.start?.value ?? p.window?.start?.value, end: p.end?.value ?? p.window?.end?.value,
      progress, state, stateLabel: t(`state.${state}`),
      waves: p.waves.map(waveStates),
      gate: gate && {
        ready: gate.ready, decision: p.decision?.value, decisionLabel: label('decision', DECISIONS, p.decision?.value ?? DEFAULT_DECISION),
        reasons: [
          ...gate.reasons.map(r => ({
            message: t(r.key, 'severity' in r.args ? { ...r.args, severity: label('severity', RISK_SEVERITIES, String(r.args.severity)) } : r.args),
            line: r.loc && line(r.loc),
          })),
          ...gate.linked.map(r => ({ message: t(r.key, r.args), line: r.line })),
        ],
        moreReasons: gate.capped ? t('readiness.moreReasons') : undefined,
      },
      line: line(p.anchor),
    };
  });

  return {
    id: model.metadata.id?.value,
    title: model.metadata.title?.value,
    phases,
    people: model.people?.map(p => ({ id: p.id.value, name: p.name?.value, role: p.role?.value })),
    ...(linked.plans.length > 0 ? { dependsOn: linked.plans } : {}),
  };
}

/** A gate's verdict with its reasons across plans after its own, within MAX_GATE_REASONS in all. */
function withLinked(gate: GateReadiness, linked: readonly LinkedReason[] = []): GateReadiness & { linked: readonly LinkedReason[] } {
  const room = MAX_GATE_REASONS - gate.reasons.length;
  return {
    ...gate, ready: gate.ready && linked.length === 0,
    linked: linked.slice(0, room), capped: gate.capped || linked.length > room,
  };
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

export const dateOf = (s: Str | undefined) => (s ? parseDate(s.value) : undefined);

export const phaseKey = (p: Phase, i: number) => p.id?.value ?? `#${i}`;

/**
 * The catalog's word for a value of a schema enum (`phaseType.pilot`, `severity.high`; likelihood
 * shares the severity words), or the value as written when the schema does not allow it.
 */
export const schemaLabel = (t: Translate) => (prefix: string, allowed: readonly string[], value: string): string =>
  allowed.includes(value) ? t(`${prefix}.${value}` as MessageKey) : value;
