// "Change `ownr` to `owner`": an unknown key, a bad enum value or an undefined reference replaced
// with the closest valid name that the check suggested. Offered with every fix whose data names
// something and carries a suggestion, and preferred (the likeliest intent is a typo).
import { isMap, isSeq, type Node } from 'yaml';
import { segmentAt } from '../../plan/parse';
import { scalarText } from '../../plan/nodes';
import type { FixDataOf } from '../../checks/check';
import { quickFix, type FixContext, type FixProvider } from './fix-context';

export const replaceWithClosest: FixProvider<FixDataOf<'replace' | 'create-criterion' | 'add-person' | 'add-to-roster'>> = ctx => {
  const { name, suggestion } = ctx.data;
  if (!suggestion) return [];
  const raw = ctx.text.slice(ctx.start, ctx.end);
  const at = raw.indexOf(name);
  if (at < 0) return [];
  // an unknown key whose suggestion is already a key of the same map would become a duplicate key
  if (ctx.finding.code === 'schema' && keyExistsBeside(ctx, suggestion)) return [];
  const edit = { start: ctx.start + at, end: ctx.start + at + name.length, newText: suggestion };
  return quickFix(ctx, ctx.t('fix.replace', { name, suggestion }), [edit], true);
};

/** The map whose key starts where the finding does already has `key`. */
function keyExistsBeside(ctx: FixContext, key: string): boolean {
  const seg = segmentAt(ctx.analysis.parsed, ctx.start);
  if (!seg) return false;
  const rel = ctx.start - seg.base;
  const stack: unknown[] = [seg.doc.contents];
  for (let guard = 0; stack.length && guard < 100_000; guard++) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        if (k?.range?.[0] === rel) return node.items.some(p => p !== pair && scalarText(p.key as Node | null) === key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return false;
}
