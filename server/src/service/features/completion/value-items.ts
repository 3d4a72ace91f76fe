// Values completed at a scalar: the schema's constants, enum values (documented) and booleans, the
// plan's own ids where the schema expects a reference (reference-items.ts), and a list-typed key's
// values as a one-item flow list.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { ValueContext } from '../cursor/contexts';
import { docsOf, refKindOf, walkSchema } from '../schema-docs';
import { lineStartOf } from '../../shared/text-edits';
import { lineEndAt, nextLineStart } from '../../shared/lines';
import { criterionItems, personItems, phaseItems } from './reference-items';
import { linkedPhaseItems, rosterItems } from './programme-items';
import { markdown, rangeOf, type CompletionEnv, type Detailed } from './completion-env';

export function valueItems(ctx: ValueContext, env: CompletionEnv): CompletionItem[] {
  const hit = walkSchema(ctx.path, env.analysis.kind);
  if (!hit) return [];
  const { node } = hit;
  if (node.type === 'array') return flowListItems(ctx, env);
  const range = rangeOf(env, ctx.word.start, ctx.word.end);
  const space = ctx.needsSpace ? ' ' : '';
  const items: CompletionItem[] = [];
  const value = (label: string, kind: CompletionItemKind, sort: string, extra: Partial<Detailed> = {}): CompletionItem => ({
    label, kind, sortText: sort, filterText: label,
    textEdit: { range, newText: space + label }, insertTextFormat: InsertTextFormat.PlainText, ...extra,
  });
  const docs = docsOf(hit, env.locale);
  if (node.const !== undefined) items.push(value(String(node.const), CompletionItemKind.Constant, '0', { detail: docs.title, documentation: markdown(docs.markdown) }));
  node.enum?.forEach((v, i) => {
    items.push(value(String(v), CompletionItemKind.EnumMember, `0${String(i).padStart(2, '0')}`, {
      detail: docs.title, documentation: markdown(docs.enumDescriptions?.[i]),
    }));
  });
  if (node.type === 'boolean') items.push(value('true', CompletionItemKind.Value, '0'), value('false', CompletionItemKind.Value, '1'));
  const ref = refKindOf(hit);
  if (ref === 'criterion') items.push(...criterionItems(env, value));
  else if (ref === 'phase') items.push(...phaseItems(ctx, env, value), ...linkedPhaseItems(env, value));
  else if (ref === 'person') items.push(...rosterItems(env, value), ...personItems(env, value)); // the roster's first: the names a plan merely uses come without details
  return items.filter(i => !ctx.listed.has(i.label));
}

/**
 * At the value of a list-typed key with a plain word or nothing typed (`after: |`): the values of
 * its items, each inserted as a one-item flow list (`[cadrage]`), where more can be added.
 */
function flowListItems(ctx: ValueContext, env: CompletionEnv): CompletionItem[] {
  if (typeof ctx.path[ctx.path.length - 1] !== 'string') return [];
  const text = env.doc.getText();
  if (/["']/.test(text.charAt(ctx.word.start - 1))) return []; // a quoted scalar, not a list
  if (!ctx.flow && blockListFollows(text, ctx.word.start)) return [];
  const items = valueItems({ ...ctx, path: [...ctx.path, 0], needsSpace: false, listed: new Set() }, env);
  const space = ctx.needsSpace ? ' ' : '';
  return items.map(i => {
    const edit = i.textEdit as { range: Range; newText: string };
    return { ...i, filterText: i.filterText ?? i.label, textEdit: { range: edit.range, newText: `${space}[${edit.newText}]` } };
  });
}

/** The key at `offset` already holds a block list on the next lines (`after:` then `  - cadrage`). */
function blockListFollows(text: string, offset: number): boolean {
  const lineStart = lineStartOf(text, offset);
  const indent = /^ */.exec(text.slice(lineStart, offset))![0].length;
  // the first line after this one that is neither blank nor a comment, by the editor's line rule
  for (let at = nextLineStart(text, lineEndAt(text, offset)); at >= 0; at = nextLineStart(text, lineEndAt(text, at))) {
    const line = text.slice(at, lineEndAt(text, at));
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
    const item = /^( *)- /.exec(line);
    return !!item && item[1].length >= indent;
  }
  return false;
}
