// Whole items completed from templates drawn from the method (item-templates.ts): a new phase,
// task, risk, wave or freeze in a list, a new criterion or person under `criteria:` and `people:`
// (ids referenced but not defined yet first), and the starter plan and programme file in an empty document.
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { ItemContext, KeyContext, ValueContext } from '../cursor/contexts';
import { isObjectSchema, walkSchema, type SchemaHit } from '../schema-docs';
import {
  criterionTemplate, freezeTemplate, layout, PHASE_TYPES, personTemplate, phaseTemplate, riskTemplate, taskTemplate, waveTemplate,
  type PhaseType, type TemplateContext,
} from './item-templates';
import type { SchemaNode } from '../../plan/schema';
import { SLUG } from '../../plan/id-index';
import { DEFAULT_STARTER_TITLE, planIdFrom, starterPlan } from '../starter-plan';
import { DEFAULT_PROGRAMME_TITLE, starterProgramme } from '../starter-programme';
import { phaseBefore } from './reference-items';
import { valueItems } from './value-items';
import { INDENT, markdown, rangeOf, type CompletionEnv } from './completion-env';

// ── ids under `criteria:` and `people:` ─────────────────────────────────────

export function definitionItems(ctx: KeyContext, hit: SchemaHit, env: CompletionEnv): CompletionItem[] {
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

// ── a whole plan or programme file, in an empty document ────────────────────

/**
 * The starter plan (the one `rollout-plan init` writes), then the starter programme file, offered at
 * the top level of a document that holds nothing else yet but comments: the only place where a
 * whole file fits.
 */
export function planItems(ctx: KeyContext, env: CompletionEnv): CompletionItem[] {
  if (ctx.path.length > 0 || ctx.flow || ctx.present.size > 0) return [];
  const text = env.doc.getText();
  const rest = text.slice(0, ctx.word.start) + text.slice(ctx.word.end);
  if (/^[ \t]*[^\s#]/m.test(rest)) return []; // a line with something else than a comment
  const name = decodeURIComponent(env.doc.uri.replace(/[?#].*$/, '').split('/').pop() ?? '');
  const id = planIdFrom(name);
  const item = (label: string, filterText: string, sortText: string, content: string): CompletionItem => ({
    label, kind: CompletionItemKind.Snippet, detail: env.t('completion.template.detail'),
    filterText, sortText, documentation: markdown(`\`\`\`yaml\n${content}\`\`\``),
    textEdit: { range: rangeOf(env, ctx.word.start, ctx.word.end), newText: content },
    insertTextFormat: InsertTextFormat.PlainText, insertTextMode: InsertTextMode.asIs,
  });
  return [
    item(env.t('completion.template.plan'), 'plan', '0', starterPlan({ id, title: DEFAULT_STARTER_TITLE })),
    item(env.t('completion.template.programme'), 'programme', '00', starterProgramme({ id, title: DEFAULT_PROGRAMME_TITLE })),
  ];
}

// ── new list items ───────────────────────────────────────────────────────────

/** Templates for a new item of the list whose item schema is `item`; `dash`: the text starts with `- `. */
export function templateItems(item: SchemaHit, start: number, end: number, col: number, dash: boolean, env: CompletionEnv): CompletionItem[] {
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
    case '/definitions/freeze':
      return [make(env.t('completion.template.freeze'), 'freeze', freezeTemplate(tctx), 0)];
    default:
      return [];
  }
}

/** Item lines are written either as `- first` + indented lines, or as the item's content: make them content. */
function stripDash(lines: string[]): string[] {
  if (!lines[0]?.startsWith('- ')) return lines;
  return lines.map(l => l.slice(2));
}

export function newItemItems(ctx: ItemContext, env: CompletionEnv): CompletionItem[] {
  const item = walkSchema([...ctx.path, 0], env.analysis.kind);
  if (!item) return [];
  if (isObjectSchema(item.node)) return templateItems(item, ctx.word.start, ctx.word.end, ctx.col, true, env);
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
function preview(lines: string[], today: string): string {
  let text = lines.join('\n')
    .replace(/\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}/g, today);
  for (let i = 0; i < 4; i++) text = text.replace(/\$\{\d+:([^{}$]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  text = text.replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
  return `\`\`\`yaml\n${text}\n\`\`\``;
}
