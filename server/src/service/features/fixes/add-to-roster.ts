// "Add `x` to the programme's roster": an undefined person joins the `people` of the programme file,
// an edit in that other file (its text was read when the diagnostic was computed).
import type { CodeAction } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { FixDataOf } from '../../checks/check';
import type { FixProvider } from './fix-context';

export const addToRoster: FixProvider<FixDataOf<'add-to-roster'>> = ctx => {
  const { name, uri, edit, suggestion } = ctx.data;
  if (!edit) return [];
  const action: CodeAction = {
    title: ctx.t('fix.addToRoster', { id: name }), kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: { changes: { [uri]: [edit] } },
  };
  if (!suggestion) action.isPreferred = true;
  return [action];
};
