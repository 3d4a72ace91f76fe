// "Add `x` to `people`": an undefined person joins the roster, in the roster's own style (flow maps
// or blocks), or in a new `people` entry after `metadata`.
import { SLUG } from '../../plan/id-index';
import { appendPerson, createTopEntry, yamlScalar } from '../../shared/text-edits';
import type { FixDataOf } from '../../checks/check';
import { humanise, indentOf, quickFix, type FixProvider } from './fix-context';

export const addPerson: FixProvider<FixDataOf<'add-person'>> = ctx => {
  const id = ctx.data.name;
  if (!SLUG.test(id)) return [];
  const { text } = ctx;
  const { parsed, model } = ctx.analysis;
  if (model.people?.some(p => p.id.value === id)) return [];
  const name = yamlScalar(humanise(id), true);
  const entry = parsed.top.find(e => e.key === 'people');
  const unit = ' '.repeat(indentOf(text));
  const edit = entry
    ? appendPerson(text, entry, id, name)
    : createTopEntry(text, parsed.top, ['people:', `${unit}${id}: { name: ${name} }`], ['metadata'], ['criteria', 'phases']);
  return quickFix(ctx, ctx.t('fix.addPerson', { id }), [edit], !ctx.data.suggestion);
};
