// Keys completed from the schema: documented, required first, only those the map does not have yet,
// phase keys filtered by the phase type, each inserted with the structure its value needs.
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type Command } from 'vscode-languageserver-types';
import type { KeyContext } from '../cursor/contexts';
import { deref, type SchemaNode } from '../../plan/schema';
import { docsOf, isObjectSchema, refKindOf, walkSchema, type SchemaHit } from '../schema-docs';
import { layout, PHASE_TYPES } from './item-templates';
import { definitionItems, templateItems } from './template-items';
import { INDENT, markdown, rangeOf, type CompletionEnv } from './completion-env';

const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, m => `\\${m}`);

export function keyItems(ctx: KeyContext, env: CompletionEnv): CompletionItem[] {
  const hit = walkSchema(ctx.path, env.analysis.kind);
  if (!hit) return [];
  const { node } = hit;
  const items: CompletionItem[] = [];
  if (node.properties) {
    const required = new Set(node.required ?? []);
    const phaseType = hit.target === '/definitions/phase' ? ctx.present.get('type') : undefined;
    const knownType = phaseType !== undefined && (PHASE_TYPES as readonly string[]).includes(phaseType);
    Object.entries(node.properties).forEach(([key, raw], order) => {
      if (ctx.present.has(key)) return;
      const types = raw['x-phaseTypes'];
      if (types && knownType && !types.includes(phaseType!)) return;
      const child = walkSchema([...ctx.path, key], env.analysis.kind);
      if (child) items.push(keyItem(key, child, required.has(key), order, ctx, env));
    });
  } else if (isObjectSchema(node) && typeof node.additionalProperties === 'object') {
    items.push(...definitionItems(ctx, hit, env));
  }
  if (ctx.newItem && !ctx.flow) items.push(...templateItems(hit, ctx.word.start, ctx.word.end, ctx.col, false, env));
  return items;
}

function keyItem(key: string, child: SchemaHit, required: boolean, order: number, ctx: KeyContext, env: CompletionEnv): CompletionItem {
  const docs = docsOf(child, env.locale);
  const { text, trigger } = ctx.colonFollows ? { text: key, trigger: false } : keySnippet(key, child, ctx, env);
  const title = docs.title ?? key;
  return {
    label: key,
    kind: CompletionItemKind.Property,
    detail: required ? env.t('completion.requiredKey', { title }) : title,
    documentation: markdown(docs.markdown),
    sortText: `${required ? 0 : 2}${String(order).padStart(3, '0')}`,
    filterText: key,
    textEdit: { range: rangeOf(env, ctx.word.start, ctx.word.end), newText: text },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    ...(trigger ? { command: TRIGGER_SUGGEST } : {}),
  };
}

/** Suggests values by itself: enums, constants, booleans, references. */
function suggestsValues(hit: SchemaHit | undefined): boolean {
  const n = hit?.node;
  return !!n && (n.enum !== undefined || n.const !== undefined || n.type === 'boolean' || refKindOf(hit) !== undefined);
}

/** `key: ` followed by the right structure for its value, indented from the key's column. */
function keySnippet(key: string, hit: SchemaHit, ctx: KeyContext, env: CompletionEnv): { text: string; trigger: boolean } {
  const n = hit.node;
  const pad = ' '.repeat(ctx.col);
  const inner = pad + ' '.repeat(INDENT);
  if (n.const !== undefined) return { text: `${key}: ${escapeSnippet(String(n.const))}`, trigger: false };
  if (n.type === 'array') {
    const items = walkSchema([...ctx.path, key, 0], env.analysis.kind);
    if (isObjectSchema(items?.node)) {
      if (ctx.flow) return { text: `${key}: [{ $1 }]`, trigger: false };
      const lines = requiredLines(items!.node, 1);
      return { text: `${key}:\n${inner}- ${layout(lines, ctx.col + INDENT * 2)}`, trigger: false };
    }
    if (ctx.flow || suggestsValues(items)) return { text: `${key}: [$1]`, trigger: suggestsValues(items) };
    return { text: `${key}:\n${inner}- $1`, trigger: false };
  }
  if (isObjectSchema(n)) {
    if (n.properties) {
      const keys = (n.required?.length ? n.required : Object.keys(exampleOf(n))).filter(k => n.properties![k]);
      const entries = keys.map((k, i) => `${k}: ${placeholder(deref(n.properties![k]), i + 1)}`);
      if (ctx.flow || entries.length === 0) return { text: `${key}: { ${entries.join(', ') || '$1'} }`, trigger: false };
      return { text: `${key}:\n${entries.map(e => inner + e).join('\n')}`, trigger: false };
    }
    if (ctx.flow) return { text: `${key}: { $1 }`, trigger: false };
    return { text: `${key}:\n${inner}\${1:id}:\n${inner}${' '.repeat(INDENT)}${requiredLines(deref(n.additionalProperties as SchemaNode)!, 2).join(`\n${inner}${' '.repeat(INDENT)}`)}`, trigger: false };
  }
  return { text: `${key}: $0`, trigger: suggestsValues(hit) };
}

function exampleOf(n: SchemaNode): Record<string, unknown> {
  const e = n.examples?.[0];
  return e && typeof e === 'object' && !Array.isArray(e) ? (e as Record<string, unknown>) : {};
}

function placeholder(n: SchemaNode | undefined, i: number): string {
  if (n?.enum) return `\${${i}|${n.enum.map(v => escapeSnippet(String(v)).replace(/[,|]/g, m => `\\${m}`)).join(',')}|}`;
  return `$${i}`;
}

/** The required keys of an item schema as snippet lines (`id: $1`, `type: ${2|…|}`). */
function requiredLines(n: SchemaNode, first: number): string[] {
  const keys = n.required?.length ? n.required : Object.keys(n.properties ?? {}).slice(0, 1);
  return keys.map((k, i) => `${k}: ${placeholder(deref(n.properties?.[k]), first + i)}`);
}
