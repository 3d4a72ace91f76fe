// "Add a `rollback` plan to complete": a go-live without one gets a stub in the plan's language,
// after its `window` (or `id`), or filling in a `rollback:` left empty.
import type { Node } from 'yaml';
import { pairOf } from '../../plan/nodes';
import { insertEntry, yamlScalar, type OffsetEdit } from '../../shared/text-edits';
import type { FixDataOf } from '../../checks/check';
import { phaseOfFinding, quickFix, type FixProvider } from './fix-context';

export const addRollback: FixProvider<FixDataOf<'add-rollback'>> = ctx => {
  const phase = phaseOfFinding(ctx);
  if (!phase) return [];
  const existing = pairOf(phase.seg, phase.map, 'rollback');
  const stub = yamlScalar(ctx.tp('fix.stub.rollback'), phase.map.flow);
  let edit: OffsetEdit | undefined;
  if (existing) {
    // `rollback:` present but empty: fill it in
    const value = existing.value as Node | null;
    const keyEnd = phase.seg.base + (existing.key as Node).range![1];
    const colon = ctx.text.indexOf(':', keyEnd);
    edit = value?.range && (value.range[1] > value.range[0])
      ? { start: phase.seg.base + value.range[0], end: phase.seg.base + value.range[1], newText: stub }
      : { start: colon + 1, end: colon + 1, newText: ` ${stub}` };
  } else {
    const after = pairOf(phase.seg, phase.map, 'window') ?? pairOf(phase.seg, phase.map, 'id');
    edit = insertEntry(ctx.text, phase.seg, phase.map, 'rollback', stub, after);
  }
  return quickFix(ctx, ctx.t('fix.addRollback'), [edit], true);
};
