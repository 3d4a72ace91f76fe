// The readiness part of a plan's comparison, from the two sides' readiness views (same language,
// same day): gate verdicts, criteria, checklist items, owners and champions, risks, phases and
// waves added or removed. Phases and waves are matched by key (their id, else their position),
// risks by id else title, checklist items by id else task text; lines never take part.
import type { Translate } from '../../l10n/translate';
import type { GateVerdict } from '../timeline/timeline-types';
import type { CriterionView, GateView, ItemView, PhaseView, PlanReadiness, RiskView, WaveView } from '../readiness/view';
import type { CriterionChange, GateChange, ItemChange, OwnerChange, PlanDiff, RiskChange } from './plan-diff-types';

type ReadinessChanges = Pick<PlanDiff, 'gates' | 'criteria' | 'items' | 'owners' | 'risks' | 'structure'>;

export function compareReadiness(before: PlanReadiness, after: PlanReadiness, t: Translate): ReadinessChanges {
  const out: ReadinessChanges = { gates: [], criteria: [], items: [], owners: [], risks: [], structure: [] };
  const owner = ownerRecorder(out.owners);
  const beforePhases = new Map(before.phases.map(p => [p.key, p]));
  const afterKeys = new Set(after.phases.map(p => p.key));
  for (const p of after.phases) {
    const old = beforePhases.get(p.key);
    if (!old) {
      out.structure.push({ kind: 'phase', title: phaseTitle(p), change: 'added' });
      continue;
    }
    const where = phaseTitle(p);
    owner('phase', where, old.owner, p.owner);
    if (old.gate && p.gate) {
      const gate = compareGate(p, old.gate, p.gate, t);
      if (gate) out.gates.push(gate);
    }
    compareItems(old.items, p.items, where, out.items, owner);
    compareRisks(old.risks, p.risks, where, out.risks, owner);
    compareWaves(old, p, out, owner);
  }
  for (const p of before.phases) if (!afterKeys.has(p.key)) out.structure.push({ kind: 'phase', title: phaseTitle(p), change: 'removed' });
  compareCriteria(before.criteria, after.criteria, out.criteria, owner);
  return out;
}

type RecordOwner = (subject: OwnerChange['subject'], name: string, before: string | undefined, after: string | undefined) => void;

function ownerRecorder(list: OwnerChange[]): RecordOwner {
  return (subject, name, before, after) => {
    if (before === after) return;
    const change = before === undefined ? 'assigned' : after === undefined ? 'removed' : 'changed';
    list.push({ subject, name, change, before, after });
  };
}

export const phaseTitle = (p: { title?: string; id?: string; key: string }) => p.title ?? p.id ?? p.key;

/** Decided wins over ready / not ready, as on the timeline. */
const verdictOf = (gate: GateView): GateVerdict =>
  gate.decision === 'go' || gate.decision === 'no-go' ? gate.decision : gate.ready ? 'ready' : 'not-ready';
const VERDICT_RANK: Record<GateVerdict, number> = { 'go': 3, 'ready': 2, 'not-ready': 1, 'no-go': 0 };
const verdictLabel = (t: Translate, v: GateVerdict) =>
  t(v === 'ready' ? 'report.verdict.ready' : v === 'not-ready' ? 'report.verdict.notReady' : `decision.${v}`);

function compareGate(p: PhaseView, old: GateView, now: GateView, t: Translate): GateChange | undefined {
  const [before, after] = [verdictOf(old), verdictOf(now)];
  if (before === after) return undefined;
  return {
    phase: p.key, title: p.title, before, after, beforeLabel: verdictLabel(t, before), afterLabel: verdictLabel(t, after),
    worse: VERDICT_RANK[after] < VERDICT_RANK[before],
    ...whyNot(after, now),
  };
}

/** A gate not ready now (pending, or decided no-go) says why; one decided go needs no reasons. */
function whyNot(verdict: GateVerdict, gate: GateView): Pick<GateChange, 'reasons' | 'moreReasons'> {
  if (gate.ready || verdict === 'go') return { reasons: [] };
  return { reasons: gate.reasons.map(r => r.message), moreReasons: gate.moreReasons };
}

/** Pairs the elements of two lists by key, in order (a key used twice pairs first with first). */
function pairUp<T>(before: readonly T[], after: readonly T[], keyOf: (x: T) => string): { pairs: [T, T][]; added: T[]; removed: T[] } {
  const waiting = new Map<string, T[]>();
  for (const x of before) {
    const k = keyOf(x);
    const list = waiting.get(k);
    if (list) list.push(x);
    else waiting.set(k, [x]);
  }
  const pairs: [T, T][] = [];
  const added: T[] = [];
  for (const x of after) {
    const match = waiting.get(keyOf(x))?.shift();
    if (match === undefined) added.push(x);
    else pairs.push([match, x]);
  }
  return { pairs, added, removed: [...waiting.values()].flat() };
}

function compareItems(before: ItemView[], after: ItemView[], where: string, out: ItemChange[], owner: RecordOwner): void {
  const { pairs, added, removed } = pairUp(before, after, i => (i.id !== undefined ? `id:${i.id}` : `task:${i.task}`));
  for (const [old, now] of pairs) {
    if (old.done !== now.done) out.push({ where, task: now.task, change: now.done ? 'done' : 'undone' });
    owner('task', now.task, old.owner, now.owner);
  }
  for (const i of added) out.push({ where, task: i.task, change: 'added' });
  for (const i of removed) out.push({ where, task: i.task, change: 'removed' });
}

const RISK_CHANGE: Record<string, RiskChange['change']> = { open: 'opened', mitigated: 'mitigated', closed: 'closed' };

function compareRisks(before: RiskView[], after: RiskView[], where: string, out: RiskChange[], owner: RecordOwner): void {
  const title = (r: RiskView) => r.title ?? r.id ?? r.key;
  const { pairs, added, removed } = pairUp(before, after, r => (r.id !== undefined ? `id:${r.id}` : `title:${r.title}`));
  for (const [old, now] of pairs) {
    owner('risk', title(now), old.owner, now.owner);
    if (old.statusLabel === now.statusLabel) continue;
    out.push({ where, title: title(now), change: RISK_CHANGE[now.status ?? 'open'] ?? 'opened', status: { before: old.statusLabel, after: now.statusLabel } });
  }
  for (const r of added) out.push({ where, title: title(r), change: 'added', status: { after: r.statusLabel } });
  for (const r of removed) out.push({ where, title: title(r), change: 'removed', status: { before: r.statusLabel } });
}

function compareWaves(old: PhaseView, now: PhaseView, out: ReadinessChanges, owner: RecordOwner): void {
  const where = phaseTitle(now);
  const { pairs, added, removed } = pairUp(old.waves, now.waves, w => w.key);
  const waveTitle = (w: WaveView) => w.title ?? w.id ?? w.key;
  for (const [b, a] of pairs) {
    owner('wave', waveTitle(a), b.champion, a.champion);
    compareItems(b.items, a.items, `${where} › ${waveTitle(a)}`, out.items, owner);
  }
  for (const w of added) out.structure.push({ kind: 'wave', title: waveTitle(w), where, change: 'added' });
  for (const w of removed) out.structure.push({ kind: 'wave', title: waveTitle(w), where, change: 'removed' });
}

function compareCriteria(before: CriterionView[], after: CriterionView[], out: CriterionChange[], owner: RecordOwner): void {
  const { pairs, added, removed } = pairUp(before, after, c => c.id);
  for (const [old, now] of pairs) {
    owner('criterion', now.title ?? now.id, old.owner, now.owner);
    const change: CriterionChange = { id: now.id, title: now.title, change: 'changed' };
    if (old.statusLabel !== now.statusLabel) change.status = { before: old.statusLabel, after: now.statusLabel };
    if (old.actual !== now.actual) change.actual = { before: old.actual, after: now.actual };
    if (old.target !== now.target) change.target = { before: old.target, after: now.target };
    if (change.status || change.actual || change.target) out.push(change);
  }
  for (const c of added) out.push({ id: c.id, title: c.title, change: 'added', status: { after: c.statusLabel } });
  for (const c of removed) out.push({ id: c.id, title: c.title, change: 'removed', status: { before: c.statusLabel } });
}
