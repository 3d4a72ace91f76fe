// What every part of completion is given (CompletionEnv) and the helpers they share to make items:
// ranges, Markdown documentation, and details written only for the items sent (DETAILS).
import type { CompletionItem, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import type { Locale, Translate } from '../../l10n/translate';
import type { Programme } from '../../programme/programme-types';

export interface CompletionEnv {
  doc: TextDocument;
  offset: number;
  analysis: Analysis;
  t: Translate;
  locale: Locale;
  /** YYYY-MM-DD, for the previews of templates */
  today: string;
  /** the plan's programme: the other plans' phases for `after`, the roster's people */
  programme?: Programme;
}

/** Columns a nested line is indented by, in the snippets completion writes. */
export const INDENT = 2;

/**
 * What an item's detail and documentation say, when writing them costs something (a criterion's
 * status and description): written only for the items sent. A symbol key survives `{ ...item }`
 * and never reaches the JSON sent to the editor.
 */
export const DETAILS = Symbol('details');
export type Detailed = CompletionItem & { [DETAILS]?: () => Partial<CompletionItem> };

export function withDetails(item: Detailed): CompletionItem {
  const details = item[DETAILS];
  if (!details) return item;
  delete item[DETAILS];
  return Object.assign(item, details());
}

export function rangeOf(env: CompletionEnv, start: number, end: number): Range {
  return { start: env.doc.positionAt(start), end: env.doc.positionAt(end) };
}

export const markdown = (value: string | undefined) => (value ? { kind: 'markdown' as const, value } : undefined);
