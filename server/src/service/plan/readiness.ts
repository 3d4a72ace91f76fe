// Readiness as plan-format.md defines it: criteria met/unmet/unknown, phase progress, gate
// readiness with its reasons, and missing owners. Used by checks, the sidebar, code lens and reports.
import type { MessageArgs } from '../l10n/translate';
import type { MessageKey } from '../l10n/catalog';
import type { Loc } from './parse';
import { allTasks, type Criterion, type Phase, type PlanModel, type Str } from './model';
import { upstreamItems } from './upstream';
import { oncePer } from './once-per';

export type CriterionStatus = 'met' | 'unmet' | 'unknown';

export interface Target {
  comparator: '>=' | '<=' | '>' | '<' | '=';
  value: number;
  percent: boolean;
}

const TARGET = /^\s*(>=|<=|>|<|==|=|≥|≤)?\s*(-?\d+(?:[.,]\d+)?)\s*(%)?\s*$/;
const NUMBER = /^\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/;

/** `">= 30"`, `"< 2%"`, `"= 100%"`, `30` (a bare number means "at least"). */
export function parseTarget(text: string): Target | undefined {
  const m = TARGET.exec(text);
  if (!m) return undefined;
  const comparators: Record<string, Target['comparator']> = { '==': '=', '≥': '>=', '≤': '<=' };
  const comparator = comparators[m[1] ?? ''] ?? (m[1] as Target['comparator'] | undefined) ?? '>=';
  return { comparator, value: Number(m[2].replace(',', '.')), percent: m[3] === '%' };
}

export function parseMeasure(text: string): number | undefined {
  const m = NUMBER.exec(text);
  return m ? Number(m[1].replace(',', '.')) : undefined;
}

export function criterionStatus(c: Criterion): CriterionStatus {
  if (c.kind === 'qualitative') return c.met === undefined ? 'unknown' : c.met ? 'met' : 'unmet';
  if (!c.actual) return 'unknown';
  const target = c.target && parseTarget(c.target.value);
  const actual = parseMeasure(c.actual.value);
  if (!target || actual === undefined) return 'unknown';
  return compare(actual, target) ? 'met' : 'unmet';
}

function compare(actual: number, t: Target): boolean {
  switch (t.comparator) {
    case '>=': return actual >= t.value;
    case '<=': return actual <= t.value;
    case '>': return actual > t.value;
    case '<': return actual < t.value;
    case '=': return Math.abs(actual - t.value) < 1e-9;
  }
}

export interface Progress {
  done: number;
  total: number;
}

export function phaseProgress(phase: Phase): Progress {
  const tasks = allTasks(phase);
  return { done: tasks.filter(t => t.done).length, total: tasks.length };
}

export interface Reason {
  key: MessageKey;
  args: MessageArgs;
  loc?: Loc;
}

/** Reasons listed per gate at most (docs/security.md); past it, `capped` says there are more. */
export const MAX_GATE_REASONS = 50;

export interface GateReadiness {
  phase: Phase;
  ready: boolean;
  /** criteria first, then what the gate depends on, nearest first; at most MAX_GATE_REASONS */
  reasons: Reason[];
  /** whether reasons past MAX_GATE_REASONS were left out */
  capped: boolean;
}

export interface MissingOwner {
  kind: 'phase' | 'task' | 'criterion' | 'risk' | 'wave';
  name: string;
  loc: Loc;
}

export interface Readiness {
  criteria: Map<string, CriterionStatus>;
  readonly gates: GateReadiness[];
  /** criteria first, then each phase's (the missing-owner check reads the same lists, per part) */
  readonly missingOwners: MissingOwner[];
}

/** Each criterion's status and the first criterion of each id: derived from the criteria alone. */
const criteriaStatus = oncePer((all: Criterion[]) => {
  const criteria = new Map<string, CriterionStatus>();
  const criterionById = new Map<string, Criterion>();
  for (const c of all) {
    if (criterionById.has(c.id.value)) continue;
    criterionById.set(c.id.value, c);
    criteria.set(c.id.value, criterionStatus(c));
  }
  return { criteria, criterionById };
});

export function computeReadiness(model: PlanModel): Readiness {
  const { criteria, criterionById } = criteriaStatus(model.criteria);
  const phaseById = new Map<string, Phase>();
  for (const p of model.phases) if (p.id && !phaseById.has(p.id.value)) phaseById.set(p.id.value, p);

  // gates look through every phase they depend on: computed only when a view asks, not on each keystroke
  let gates: GateReadiness[] | undefined;
  let missing: MissingOwner[] | undefined;
  return {
    criteria,
    get gates() {
      gates ??= gatesReadiness(model.phases, criterionById, criteria, phaseById);
      return gates;
    },
    get missingOwners() {
      missing ??= missingOwners(model);
      return missing;
    },
  };
}

function gatesReadiness(phases: Phase[], criterionById: Map<string, Criterion>, status: Map<string, CriterionStatus>,
  phaseById: Map<string, Phase>): GateReadiness[] {
  const gates = phases.filter(p => p.type?.value === 'gate');
  if (gates.length === 0) return [];
  // one item past the cap tells whether reasons were left out
  const upstream = upstreamItems(phases, phaseById, openItems, MAX_GATE_REASONS + 1);
  return gates.map(gate => {
    const reasons = [...criterionReasons(gate, criterionById, status), ...upstream.get(gate)!];
    return { phase: gate, ready: reasons.length === 0, reasons: reasons.slice(0, MAX_GATE_REASONS), capped: reasons.length > MAX_GATE_REASONS };
  });
}

function criterionReasons(gate: Phase, criterionById: Map<string, Criterion>, status: Map<string, CriterionStatus>): Reason[] {
  const reasons: Reason[] = [];
  for (const ref of gate.criteria) {
    const c = criterionById.get(ref.value);
    const s = status.get(ref.value);
    if (!c) reasons.push({ key: 'readiness.criterionUndefined', args: { id: ref.value }, loc: ref.loc });
    else if (s === 'unknown') reasons.push({ key: 'readiness.criterionUnknown', args: { id: ref.value }, loc: c.loc });
    else if (s === 'unmet') {
      reasons.push({ key: 'readiness.criterionUnmet', args: { id: ref.value, actual: c.actual?.value ?? '?', target: c.target?.value ?? '?' }, loc: c.loc });
    }
  }
  return reasons;
}

/** The first `limit` reasons a phase gives the gates after it: its open tasks, then its unmitigated risks. */
function openItems(phase: Phase, limit: number): Reason[] {
  const phaseName = phase.id?.value ?? '?';
  const reasons: Reason[] = [];
  for (const t of allTasks(phase)) {
    if (reasons.length === limit) return reasons;
    if (!t.done) reasons.push({ key: 'readiness.taskOpen', args: { task: t.task?.value ?? '?', phase: phaseName }, loc: t.anchor });
  }
  for (const r of phase.risks) {
    if (reasons.length === limit) return reasons;
    if (isUnmitigated(r)) reasons.push({ key: 'readiness.riskUnmitigated', args: { id: r.id?.value ?? '?', severity: r.severity?.value ?? '', phase: phaseName }, loc: r.anchor });
  }
  return reasons;
}

export function isUnmitigated(r: { status?: Str; severity?: Str; mitigation?: Str }): boolean {
  const open = (r.status?.value ?? 'open') === 'open';
  const serious = r.severity?.value === 'high' || r.severity?.value === 'critical';
  return open && serious && !r.mitigation?.value.trim();
}

function missingOwners(model: PlanModel): MissingOwner[] {
  const out = [...criteriaWithoutOwner(model.criteria)];
  for (const p of model.phases) for (const missing of phaseMissingOwners(p)) out.push(missing);
  return out;
}

/** The criteria without an owner, derived once per criteria list. */
export const criteriaWithoutOwner = oncePer((criteria: Criterion[]): MissingOwner[] =>
  criteria.filter(c => !c.owner).map(c => ({ kind: 'criterion', name: c.id.value, loc: c.loc })));

/** What in a phase has no owner (a wave: no champion), derived once per phase. */
export const phaseMissingOwners = oncePer((p: Phase): MissingOwner[] => {
  const out: MissingOwner[] = [];
  if (!p.owner) out.push({ kind: 'phase', name: p.id?.value ?? p.title?.value ?? '?', loc: p.anchor });
  for (const t of allTasks(p)) if (!t.owner) out.push({ kind: 'task', name: t.task?.value ?? t.id?.value ?? '?', loc: t.anchor });
  for (const r of p.risks) if (!r.owner) out.push({ kind: 'risk', name: r.id?.value ?? r.title?.value ?? '?', loc: r.anchor });
  for (const w of p.waves) if (!w.champion) out.push({ kind: 'wave', name: w.id?.value ?? '?', loc: w.anchor });
  return out;
});
