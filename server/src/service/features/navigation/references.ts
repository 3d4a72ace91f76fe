// Find all references and rename for plan ids. Rename changes the definition and every reference
// in one edit, and refuses what is not an id, a new name that is not a slug, or one already taken.
import type { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import { definitionsOf, idAt, idOffsets, idRange, referencesOf } from './definition';
import { NAMESPACE } from '../../plan/id-index';
import type { Translate } from '../../l10n/translate';
import type { Str } from '../../plan/model';
import { SLUG, type DefKind } from '../../plan/id-index';


/** A refusal to rename, with the sentence the editor shows. */
export interface Refusal {
  error: string;
}

export const isRefusal = (x: unknown): x is Refusal => typeof x === 'object' && x !== null && 'error' in x;

function occurrences(analysis: Analysis, kind: DefKind, name: string, includeDeclaration: boolean): Str[] {
  const defs = includeDeclaration ? definitionsOf(analysis, kind, name) : [];
  const refs = referencesOf(analysis, kind, name);
  return [...defs, ...refs].sort((a, b) => (a.loc.seg.base + a.loc.start) - (b.loc.seg.base + b.loc.start));
}

export function references(analysis: Analysis, doc: TextDocument, offset: number, includeDeclaration: boolean): Location[] {
  const hit = idAt(analysis, offset);
  if (!hit) return [];
  return occurrences(analysis, hit.kind, hit.str.value, includeDeclaration).map(s => ({ uri: doc.uri, range: idRange(doc, s) }));
}

export function prepareRename(analysis: Analysis, doc: TextDocument, offset: number, t: Translate): { range: Range; placeholder: string } | Refusal {
  const hit = idAt(analysis, offset);
  if (!hit) return { error: t('rename.notAnId') };
  return { range: idRange(doc, hit.str), placeholder: hit.str.value };
}

export function rename(analysis: Analysis, doc: TextDocument, offset: number, newName: string, t: Translate): WorkspaceEdit | Refusal {
  const hit = idAt(analysis, offset);
  if (!hit) return { error: t('rename.notAnId') };
  const name = newName.trim();
  if (!SLUG.test(name)) return { error: t('rename.badSlug', { name }) };
  const old = hit.str.value;
  if (name === old) return { changes: { [doc.uri]: [] } };
  const space = NAMESPACE[hit.kind];
  const taken = analysis.index.definitions.find(d => NAMESPACE[d.kind] === space && d.id.value === name)?.kind
    ?? (analysis.index.references.some(r => r.kind === hit.kind && r.name.value === name) ? hit.kind : undefined);
  if (taken) return { error: t('rename.taken', { name, kind: t(`kind.${taken}`) }) };
  const text = doc.getText();
  const edits: TextEdit[] = occurrences(analysis, hit.kind, old, true).map(s => {
    const { start, end } = idOffsets(text, s);
    return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: name };
  });
  return { changes: { [doc.uri]: edits } };
}
