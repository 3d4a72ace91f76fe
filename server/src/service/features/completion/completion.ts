// Completion: keys from the schema (documented, required first, only those missing, phase keys
// filtered by the phase type: key-items.ts), enum values and references from the plan itself
// (criteria, phases, people: value-items.ts, reference-items.ts) and new list items drawn from the
// method (template-items.ts). The cursor's place comes from ../cursor and is read from the text,
// so completion works while the document does not parse.
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { cursorContext } from '../cursor/cursor-context';
import { keyItems } from './key-items';
import { newItemItems, planItems } from './template-items';
import { valueItems } from './value-items';
import { withDetails, type CompletionEnv } from './completion-env';

export type { CompletionEnv };

export function complete(env: CompletionEnv): CompletionList {
  const ctx = cursorContext(env.doc, env.offset, env.analysis.parsed);
  let items: CompletionItem[] = [];
  if (ctx?.kind === 'key') items = [...keyItems(ctx, env), ...planItems(ctx, env)];
  else if (ctx?.kind === 'value') items = valueItems(ctx, env);
  else if (ctx?.kind === 'item') items = newItemItems(ctx, env);
  const seen = new Set<string>();
  items = items.filter(i => !seen.has(i.label) && seen.add(i.label));
  // in the order the editor shows them, so every client (and test) sees the same list
  items.sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  return capped(items, ctx?.word.typed ?? '');
}

/**
 * A 1,000-phase plan can define thousands of criteria: past MAX_ITEMS, keep those matching what is
 * typed and mark the list incomplete, so the editor asks again as the word grows.
 */
const MAX_ITEMS = 200;

function capped(items: CompletionItem[], typed: string): CompletionList {
  if (items.length <= MAX_ITEMS) return { isIncomplete: false, items: items.map(withDetails) };
  const word = typed.toLowerCase();
  const matching = word ? items.filter(i => (i.filterText ?? i.label).toLowerCase().includes(word)) : items;
  return { isIncomplete: matching.length > MAX_ITEMS || matching.length < items.length, items: matching.slice(0, MAX_ITEMS).map(withDetails) };
}
