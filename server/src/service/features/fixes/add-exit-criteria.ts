// "Add `exitCriteria: [x]`": a pilot without exit criteria (or a gate without criteria) gets one
// action per defined criterion (unused ones first), and one that creates a new criterion named
// after the phase and lists it.
import { isScalar, isSeq, type Node } from 'yaml';
import type { CodeAction } from 'vscode-languageserver-types';
import type { Phase } from '../../plan/model';
import { pairOf } from '../../plan/nodes';
import { SLUG } from '../../plan/id-index';
import { insertEntry, insertInFlow, type OffsetEdit } from '../../shared/text-edits';
import type { FixDataOf } from '../../checks/check';
import { criterionStub, defaultOwner, phaseOfFinding, quickFix, type FixContext, type FixProvider } from './fix-context';

const MAX_CRITERIA_ACTIONS = 10;

/** The criteria list a phase is judged on: a pilot's `exitCriteria`, a gate's `criteria`. */
type CriteriaKey = 'exitCriteria' | 'criteria';

export const addExitCriteria: FixProvider<FixDataOf<'add-exit-criteria'>> = ctx => {
  const phase = phaseOfFinding(ctx);
  if (!phase) return [];
  const { key } = ctx.data;
  const { index } = ctx.analysis;
  const used = new Set(index.references.filter(r => r.kind === 'criterion').map(r => r.name.value));
  const ids = [...index.criteria.keys()].filter(id => SLUG.test(id));
  const ordered = [...ids.filter(id => !used.has(id)), ...ids.filter(id => used.has(id))].slice(0, MAX_CRITERIA_ACTIONS);
  const out: CodeAction[] = [];
  for (const id of ordered) out.push(...quickFix(ctx, ctx.t('fix.addExitCriteria', { key, id }), [criteriaListEdit(ctx, phase, key, id)]));
  out.push(...newCriterionFix(ctx, phase, key));
  return out;
};

/** Or a new criterion, named after the phase, created and listed in one action. */
function newCriterionFix(ctx: FixContext, phase: Phase, key: CriteriaKey): CodeAction[] {
  const { index } = ctx.analysis;
  const base = `${phase.id?.value && SLUG.test(phase.id.value) ? phase.id.value : 'pilot'}-${ctx.tp('fix.stub.successId')}`;
  let id = base;
  for (let n = 2; index.criteria.has(id); n++) id = `${base}-${n}`;
  const stub = criterionStub(ctx, id, defaultOwner(ctx, phase));
  const ref = criteriaListEdit(ctx, phase, key, id);
  // both edits must not overlap: criteria come before phases in a plan
  if (!stub || !ref || (stub.end > ref.start && ref.end > stub.start)) return [];
  return quickFix(ctx, ctx.t('fix.addExitCriteriaNew', { key, id }), [stub, ref]);
}

/** Adds `id` to the phase's list: a new `key: [id]` entry, or into a flow list, or filling an empty value. */
function criteriaListEdit(ctx: FixContext, phase: Phase, key: CriteriaKey, id: string): OffsetEdit | undefined {
  const existing = pairOf(phase.seg, phase.map, key);
  if (!existing) {
    const after = pairOf(phase.seg, phase.map, 'deliverables') ?? pairOf(phase.seg, phase.map, 'objectives')
      ?? pairOf(phase.seg, phase.map, 'after') ?? pairOf(phase.seg, phase.map, 'end') ?? pairOf(phase.seg, phase.map, 'id');
    return insertEntry(ctx.text, phase.seg, phase.map, key, `[${id}]`, after);
  }
  const value = existing.value as Node | null;
  if (isSeq(value) && value.flow && value.range) return insertInFlow(ctx.text, phase.seg.base + value.range[0], phase.seg.base + value.range[1], id);
  if (value === null || (isScalar(value) && value.value === null)) {
    const keyEnd = phase.seg.base + (existing.key as Node).range![1];
    const colon = ctx.text.indexOf(':', keyEnd);
    const end = value?.range && value.range[1] > value.range[0] ? phase.seg.base + value.range[1] : colon + 1;
    return { start: colon + 1, end, newText: ` [${id}]` };
  }
  return undefined;
}
