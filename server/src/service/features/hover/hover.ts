// Hover: on a key, its schema documentation (French from the .fr.json when the locale is fr); on an
// enum value, what that value means; on a reference, the definition it names (criterion: title,
// metric, target, actual, status; phase: title, type, dates, progress; person: name, role, team);
// across plans, a `plan/phase` link's phase in its plan and a person of the programme's roster.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-types';
import type { Analysis } from '../../plan/analysis';
import { cursorContext } from '../cursor/cursor-context';
import { lineEndAt } from '../../shared/lines';
import { describeCriterion, describeLinkedPhase, describePerson, describePhase, personValues } from './describe';
import type { Programme } from '../../programme/programme-types';
import { splitLink } from '../navigation/programme-targets';
import type { Locale, Translate } from '../../l10n/translate';
import { docsOf, refKindOf, walkSchema, type RefKind, type SchemaHit, type Step } from '../schema-docs';
import type { SchemaNode } from '../../plan/schema';

export interface HoverEnv {
  doc: TextDocument;
  offset: number;
  analysis: Analysis;
  t: Translate;
  locale: Locale;
  /** the plan's programme: `plan/phase` links and roster people are described from it */
  programme?: Programme;
}

const WORD = /[\w.\-/]/;

export function hover(env: HoverEnv): Hover | null {
  const { doc, offset } = env;
  const pos = doc.positionAt(offset);
  const lineStart = offset - pos.character;
  const text = doc.getText();
  const line = text.slice(lineStart, lineEndAt(text, lineStart));
  let start = pos.character;
  let end = pos.character;
  while (start > 0 && WORD.test(line[start - 1])) start--;
  while (end < line.length && WORD.test(line[end])) end++;
  if (start === end) return null;
  // a quoted key or value: the word is inside the quotes
  const word = line.slice(start, end);
  const range = { start: { line: pos.line, character: start }, end: { line: pos.line, character: end } };
  const ctx = cursorContext(doc, lineStart + start, env.analysis.parsed);
  if (!ctx) return null;
  const isKey = /^["']?[ \t]*:(\s|$|[,}\]])/.test(line.slice(end));
  let value: string | undefined;
  if (isKey && ctx.kind === 'key') value = keyHover(env, ctx.path, word);
  else if (!isKey && ctx.kind === 'value') value = valueHover(env, walkSchema(ctx.path, env.analysis.kind), word);
  else if (!isKey && ctx.kind === 'item') value = valueHover(env, walkSchema([...ctx.path, 0], env.analysis.kind), word);
  return value ? { contents: { kind: 'markdown', value }, range } : null;
}

function keyHover(env: HoverEnv, path: Step[], key: string): string | undefined {
  const map = walkSchema(path, env.analysis.kind);
  if (!map) return undefined;
  if (map.node.properties && Object.prototype.hasOwnProperty.call(map.node.properties, key)) {
    const hit = walkSchema([...path, key], env.analysis.kind);
    return hit && schemaDoc(hit, env.locale);
  }
  // an id under `criteria:` or `people:` is a definition: describe it
  const ref = (map.node.additionalProperties as SchemaNode | undefined)?.$ref;
  if (ref === '#/definitions/criterion') return definition(env, 'criterion', key);
  if (ref === '#/definitions/person') return definition(env, 'person', key);
  return undefined;
}

function schemaDoc(hit: SchemaHit, locale: Locale): string | undefined {
  const docs = docsOf(hit, locale);
  if (!docs.markdown && !docs.title) return undefined;
  return [docs.title ? `**${docs.title}**` : undefined, docs.markdown].filter(Boolean).join('\n\n');
}

function valueHover(env: HoverEnv, hit: SchemaHit | undefined, word: string): string | undefined {
  if (!hit) return undefined;
  const ref = refKindOf(hit);
  if (ref) return definition(env, ref, word);
  const i = hit.node.enum?.findIndex(v => String(v) === word) ?? -1;
  if (i >= 0) {
    const docs = docsOf(hit, env.locale);
    const description = docs.enumDescriptions?.[i];
    return [docs.title ? `**${docs.title}**` : undefined, description ?? `\`${word}\``].filter(Boolean).join('\n\n');
  }
  if (hit.node.const !== undefined && String(hit.node.const) === word) return schemaDoc(hit, env.locale);
  return undefined;
}

function definition(env: HoverEnv, kind: RefKind, id: string): string | undefined {
  const { index, readiness } = env.analysis;
  if (kind === 'criterion') {
    const c = index.criteria.get(id);
    return c ? describeCriterion(env.t, c, readiness.criteria.get(id) ?? 'unknown') : env.t('describe.undefined', { id });
  }
  if (kind === 'phase') {
    const link = splitLink(id);
    if (link) return linkedPhase(env, link.plan, link.phase, id);
    const p = index.phases.get(id);
    return p ? describePhase(env.t, p) : env.t('describe.undefined', { id });
  }
  // a plan's own people win over the programme's roster
  const own = index.people?.get(id);
  if (own) return describePerson(env.t, personValues(own));
  const rostered = env.programme?.file?.people?.find(p => p.id === id);
  if (rostered) return describePerson(env.t, rostered);
  if (!index.people && !env.programme?.file?.people) return undefined; // no roster: any name is fine, nothing to show
  return env.t('describe.undefined', { id });
}

function linkedPhase(env: HoverEnv, planId: string, phaseId: string, id: string): string | undefined {
  if (!env.programme) return undefined;
  const plan = env.programme.plans.find(p => p.id?.value === planId);
  const phase = plan?.phases.find(p => p.id === phaseId);
  return plan && phase ? describeLinkedPhase(env.t, plan, phase) : env.t('describe.undefinedInProgramme', { id });
}
