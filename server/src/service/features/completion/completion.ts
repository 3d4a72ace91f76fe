// Completion: keys from the schema (documented, required first, only those missing, phase keys
// filtered by the phase type), enum values, references from the plan itself (criteria, phases,
// people) and new list items drawn from the method. The cursor's place comes from cursor.ts and
// is read from the text, so completion works while the document does not parse.
import {
  CompletionItemKind, CompletionItemTag, InsertTextFormat, InsertTextMode,
  type CompletionItem, type CompletionList, type Command, type Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import { cursorContext } from '../cursor/cursor-context';
import type { ItemContext, KeyContext, ValueContext } from '../cursor/contexts';
import { criterionDetail, describeCriterion, describePerson, describePhase, personDetail, phaseDetail } from '../hover/describe';
import {
  criterionTemplate, layout, PHASE_TYPES, personTemplate, phaseTemplate, riskTemplate, taskTemplate, waveTemplate,
  type PhaseType, type TemplateContext,
} from './item-templates';
import type { Locale, Translate } from '../../l10n/translate';
import type { Phase } from '../../plan/model';
import { absStart } from '../../plan/parse';
import { deref, type SchemaNode } from '../../plan/schema';
import { docsOf, refKindOf, walkSchema, type SchemaHit, type Step } from '../schema-docs';
import { DEFAULT_STARTER_TITLE, planIdFrom, starterPlan } from '../starter-plan';
import { lineStartOf } from '../../shared/text-edits';
import { lineEndAt, nextLineStart } from '../../shared/lines';
import { SLUG } from '../../plan/id-index';

export interface CompletionEnv {
  doc: TextDocument;
  offset: number;
  analysis: Analysis;
  t: Translate;
  locale: Locale;
  /** YYYY-MM-DD, for the previews of templates */
  today: string;
}

const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
const INDENT = 2;

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

/**
 * What an item's detail and documentation say, when writing them costs something (a criterion's
 * status and description): written only for the items sent. A symbol key survives `{ ...item }`
 * and never reaches the JSON sent to the editor.
 */
const DETAILS = Symbol('details');
type Detailed = CompletionItem & { [DETAILS]?: () => Partial<CompletionItem> };

function withDetails(item: Detailed): CompletionItem {
  const details = item[DETAILS];
  if (!details) return item;
  delete item[DETAILS];
  return Object.assign(item, details());
}

function rangeOf(env: CompletionEnv, start: number, end: number): Range {
  return { start: env.doc.positionAt(start), end: env.doc.positionAt(end) };
}

const markdown = (value: string | undefined) => (value ? { kind: 'markdown' as const, value } : undefined);
const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, m => `\\${m}`);
const isObject = (n: SchemaNode | undefined) => !!n && (n.type === 'object' || !!n.properties || typeof n.additionalProperties === 'object');

// ── keys ─────────────────────────────────────────────────────────────────────

function keyItems(ctx: KeyContext, env: CompletionEnv): CompletionItem[] {
  const hit = walkSchema(ctx.path);
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
      const child = walkSchema([...ctx.path, key]);
      if (child) items.push(keyItem(key, child, required.has(key), order, ctx, env));
    });
  } else if (isObject(node) && typeof node.additionalProperties === 'object') {
    items.push(...definitionItems(ctx, hit, env));
  }
  if (ctx.newItem && !ctx.flow) items.push(...templateItems(hit, ctx.word.start, ctx.word.end, ctx.col, false, env));
  return items;
}

function keyItem(key: string, child: SchemaHit, required: boolean, order: number, ctx: KeyContext, env: CompletionEnv): CompletionItem {
  const docs = docsOf(child, env.locale);
  const { text, trigger } = ctx.colonFollows ? { text: key, trigger: false } : keySnippet(key, child, ctx);
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
function keySnippet(key: string, hit: SchemaHit, ctx: KeyContext): { text: string; trigger: boolean } {
  const n = hit.node;
  const pad = ' '.repeat(ctx.col);
  const inner = pad + ' '.repeat(INDENT);
  if (n.const !== undefined) return { text: `${key}: ${escapeSnippet(String(n.const))}`, trigger: false };
  if (n.type === 'array') {
    const items = walkSchema([...ctx.path, key, 0]);
    if (isObject(items?.node)) {
      if (ctx.flow) return { text: `${key}: [{ $1 }]`, trigger: false };
      const lines = requiredLines(items!.node, 1);
      return { text: `${key}:\n${inner}- ${layout(lines, ctx.col + INDENT * 2)}`, trigger: false };
    }
    if (ctx.flow || suggestsValues(items)) return { text: `${key}: [$1]`, trigger: suggestsValues(items) };
    return { text: `${key}:\n${inner}- $1`, trigger: false };
  }
  if (isObject(n)) {
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

// ── ids under `criteria:` and `people:` ─────────────────────────────────────

function definitionItems(ctx: KeyContext, hit: SchemaHit, env: CompletionEnv): CompletionItem[] {
  if (ctx.flow) return [];
  const tctx = templateContext(env);
  const { index } = env.analysis;
  const range = rangeOf(env, ctx.word.start, ctx.word.end);
  const items: CompletionItem[] = [];
  const make = (label: string, lines: string[], detail: string, filterText: string, sort: string): CompletionItem => ({
    label, kind: CompletionItemKind.Snippet, detail, filterText, sortText: sort,
    documentation: markdown(preview(lines, env.today)),
    textEdit: { range, newText: layout(lines, ctx.col) }, insertTextFormat: InsertTextFormat.Snippet, insertTextMode: InsertTextMode.asIs,
  });
  const ref = (hit.node.additionalProperties as SchemaNode).$ref;
  const isCriteria = ref === '#/definitions/criterion';
  const isPeople = ref === '#/definitions/person';
  if (isCriteria) {
    // ids already referenced but not defined yet come first
    const missing = new Set(index.references.filter(r => r.kind === 'criterion' && !index.criteria.has(r.name.value)).map(r => r.name.value));
    for (const id of missing) {
      if (ctx.present.has(id)) continue;
      items.push(make(id, criterionTemplate(tctx, id), env.t('completion.referencedNotDefined'), id, `0${id}`));
    }
    items.push(make(env.t('completion.template.criterion'), criterionTemplate(tctx), env.t('completion.template.detail'), 'criterion', '1'));
  } else if (isPeople) {
    const missing = new Set(index.references.filter(r => r.kind === 'person' && !index.people?.has(r.name.value)).map(r => r.name.value));
    for (const id of missing) {
      if (ctx.present.has(id) || !SLUG.test(id)) continue;
      items.push(make(id, personTemplate(tctx, id), env.t('completion.referencedNotDefined'), id, `0${id}`));
    }
    items.push(make(env.t('completion.template.person'), personTemplate(tctx), env.t('completion.template.detail'), 'person', '1'));
  }
  return items;
}

// ── a whole plan, in an empty document ──────────────────────────────────────

/**
 * The starter plan (the one `rollout-plan init` writes), offered at the top level of a document that
 * holds nothing else yet but comments: the only place where a whole plan fits.
 */
function planItems(ctx: KeyContext, env: CompletionEnv): CompletionItem[] {
  if (ctx.path.length > 0 || ctx.flow || ctx.present.size > 0) return [];
  const text = env.doc.getText();
  const rest = text.slice(0, ctx.word.start) + text.slice(ctx.word.end);
  if (/^[ \t]*[^\s#]/m.test(rest)) return []; // a line with something else than a comment
  const name = decodeURIComponent(env.doc.uri.replace(/[?#].*$/, '').split('/').pop() ?? '');
  const plan = starterPlan({ id: planIdFrom(name), title: DEFAULT_STARTER_TITLE });
  return [{
    label: env.t('completion.template.plan'), kind: CompletionItemKind.Snippet, detail: env.t('completion.template.detail'),
    filterText: 'plan', sortText: '0', documentation: markdown(`\`\`\`yaml\n${plan}\`\`\``),
    textEdit: { range: rangeOf(env, ctx.word.start, ctx.word.end), newText: plan },
    insertTextFormat: InsertTextFormat.PlainText, insertTextMode: InsertTextMode.asIs,
  }];
}

// ── new list items ───────────────────────────────────────────────────────────

/** Templates for a new item of the list whose item schema is `item`; `dash`: the text starts with `- `. */
function templateItems(item: SchemaHit, start: number, end: number, col: number, dash: boolean, env: CompletionEnv): CompletionItem[] {
  const tctx = templateContext(env);
  const range = rangeOf(env, start, end);
  const make = (label: string, filterText: string, lines: string[], sort: number): CompletionItem => {
    const content = dash ? lines : stripDash(lines);
    const text = dash ? `- ${layout(stripDash(lines), col + INDENT)}` : layout(content, col);
    return {
      label, kind: CompletionItemKind.Snippet, detail: env.t('completion.template.detail'), filterText, sortText: `1${sort}`,
      documentation: markdown(preview(dash ? ['- ' + stripDash(lines)[0], ...stripDash(lines).slice(1).map(l => '  ' + l)] : content, env.today)),
      textEdit: { range, newText: text }, insertTextFormat: InsertTextFormat.Snippet, insertTextMode: InsertTextMode.asIs,
    };
  };
  switch (item.target) {
    case '/definitions/phase':
      return PHASE_TYPES.map((type: PhaseType, i) => make(env.t('completion.template.phase', { type }), `phase-${type}`, phaseTemplate(type, tctx), i));
    case '/definitions/checklistItem':
      return [make(env.t('completion.template.task'), 'task', taskTemplate(tctx), 0)];
    case '/definitions/risk':
      return [make(env.t('completion.template.risk'), 'risk', riskTemplate(tctx), 0)];
    case '/definitions/wave':
      return [make(env.t('completion.template.wave'), 'wave', waveTemplate(tctx), 0)];
    default:
      return [];
  }
}

/** Item lines are written either as `- first` + indented lines, or as the item's content: make them content. */
function stripDash(lines: string[]): string[] {
  if (!lines[0]?.startsWith('- ')) return lines;
  return lines.map(l => l.slice(2));
}

function newItemItems(ctx: ItemContext, env: CompletionEnv): CompletionItem[] {
  const item = walkSchema([...ctx.path, 0]);
  if (!item) return [];
  if (isObject(item.node)) return templateItems(item, ctx.word.start, ctx.word.end, ctx.col, true, env);
  // a list of references or enum values: `- value`
  const values: ValueContext = { kind: 'value', path: [...ctx.path, 0], word: ctx.word, flow: false, needsSpace: false, listed: ctx.listed };
  return valueItems(values, env).map(i => {
    const edit = i.textEdit as { range: Range; newText: string };
    return { ...i, filterText: i.filterText ?? i.label, textEdit: { range: edit.range, newText: `- ${edit.newText}` } };
  });
}

function templateContext(env: CompletionEnv): TemplateContext {
  const { model, index } = env.analysis;
  const owner = model.metadata.owner?.value ?? model.people?.[0]?.id.value ?? 'responsable';
  const used = new Set<string>([...index.definitions.map(d => d.id.value)]);
  return {
    owner, sponsor: model.metadata.sponsor?.value, previous: phaseBefore(env)?.id?.value,
    criteria: model.criteria.map(c => c.id.value), used,
  };
}

/** A readable preview of a snippet: placeholders replaced by their defaults. */
export function preview(lines: string[], today: string): string {
  let text = lines.join('\n')
    .replace(/\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}/g, today);
  for (let i = 0; i < 4; i++) text = text.replace(/\$\{\d+:([^{}$]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  text = text.replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
  return `\`\`\`yaml\n${text}\n\`\`\``;
}

// ── values ───────────────────────────────────────────────────────────────────

function valueItems(ctx: ValueContext, env: CompletionEnv): CompletionItem[] {
  const hit = walkSchema(ctx.path);
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
  else if (ref === 'phase') items.push(...phaseItems(ctx, env, value));
  else if (ref === 'person') items.push(...personItems(env, value));
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

type ValueMaker = (label: string, kind: CompletionItemKind, sort: string, extra?: Partial<Detailed>) => CompletionItem;

function criterionItems(env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const { index, readiness } = env.analysis;
  return [...index.criteria.values()].map((c, i) => {
    const status = readiness.criteria.get(c.id.value) ?? 'unknown';
    return value(c.id.value, CompletionItemKind.Reference, `1${String(i).padStart(5, '0')}`, {
      [DETAILS]: () => ({ detail: criterionDetail(env.t, c, status), documentation: markdown(describeCriterion(env.t, c, status)) }),
    });
  });
}

function personItems(env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const { index } = env.analysis;
  if (index.people) {
    return [...index.people.values()].map((p, i) => value(p.id.value, CompletionItemKind.Reference, `1${String(i).padStart(5, '0')}`, {
      detail: personDetail(p), documentation: markdown(describePerson(env.t, p)),
    }));
  }
  // no roster: the names already used in the plan
  const names = new Set(index.references.filter(r => r.kind === 'person').map(r => r.name.value));
  return [...names].map((name, i) => value(name, CompletionItemKind.Reference, `1${String(i).padStart(5, '0')}`));
}

/** The phase the cursor is in (the last one starting before it), when the path is under `phases`. */
function phaseAt(env: CompletionEnv): Phase | undefined {
  const phases = env.analysis.model.phases;
  let lo = 0;
  let hi = phases.length - 1;
  let found: Phase | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (absStart(phases[mid].loc) <= env.offset) {
      found = phases[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The phase before a new phase inserted here: an empty `- ` item is not in the model, so it is the last one starting before. */
const phaseBefore = phaseAt;

function phaseItems(ctx: ValueContext, env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const { model } = env.analysis;
  const current = ctx.path[0] === 'phases' ? phaseAt(env) : undefined;
  const self = current?.id?.value;
  // phases that already depend on this one, directly or not: naming them in `after` closes a cycle
  const dependents = new Map<string, string>();
  if (self) {
    const rev = new Map<string, string[]>();
    for (const p of model.phases) {
      if (!p.id) continue;
      for (const a of p.after) rev.set(a.value, [...(rev.get(a.value) ?? []), p.id.value]);
    }
    const queue = [self];
    while (queue.length) {
      const id = queue.shift()!;
      for (const d of rev.get(id) ?? []) {
        if (dependents.has(d) || d === self) continue;
        dependents.set(d, id);
        queue.push(d);
      }
    }
  }
  const at = current ? model.phases.indexOf(current) : model.phases.length;
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  model.phases.forEach((p, i) => {
    const id = p.id?.value;
    if (!id || id === self || seen.has(id)) return;
    seen.add(id);
    const cycle = dependents.has(id);
    // nearest earlier phases first, then later ones, cycles last
    const rank = cycle ? 2 : i < at ? 0 : 1;
    const order = i < at ? at - i : i;
    items.push(value(id, CompletionItemKind.Reference, `${1 + rank}${String(order).padStart(5, '0')}`, {
      detail: cycle ? `⚠ ${env.t('completion.cycle', { id: self!, other: id })}` : phaseDetail(p),
      documentation: markdown(describePhase(env.t, p)),
      ...(cycle ? { tags: [CompletionItemTag.Deprecated] } : {}),
    }));
  });
  return items;
}

export type { Step };
