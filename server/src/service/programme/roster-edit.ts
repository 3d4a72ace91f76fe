// The edit that adds a person to a programme file's roster (the "add to the roster" quick fix of
// undefined-person), in the roster's own style, or a new `people` entry after `metadata`.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { humanise, indentOf } from '../features/fixes/fix-context';
import type { Analysis } from '../plan/analysis';
import { SLUG } from '../plan/id-index';
import { appendPerson, createTopEntry, yamlScalar } from '../shared/text-edits';

export function rosterEdit(doc: TextDocument, analysis: Analysis, id: string): TextEdit | undefined {
  if (!SLUG.test(id)) return undefined;
  const text = doc.getText();
  const { top } = analysis.parsed;
  const name = yamlScalar(humanise(id), true);
  const entry = top.find(e => e.key === 'people');
  const edit = entry
    ? appendPerson(text, entry, id, name)
    : createTopEntry(text, top, ['people:', `${' '.repeat(indentOf(text))}${id}: { name: ${name} }`], ['metadata'], ['freezes']);
  return edit && { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.newText };
}
