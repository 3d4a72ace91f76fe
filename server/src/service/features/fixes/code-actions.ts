// Quick fixes for the diagnostics that carry fix data (checks/check.ts `FixData`): replace an
// unknown name with the closest valid one, create a missing criterion, add a missing person, add an
// owner or a champion (one action per person), add a rollback plan to a go-live, add exit criteria
// to a pilot. Every fix is a minimal text edit (text-edits.ts): comments and formatting stay, and
// the plan it leaves passes the check that asked for it without raising another.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import type { Finding, FixData } from '../../checks/check';
import { offsetsOf, SOURCE } from '../../checks/diagnostics';
import { segmentAt } from '../../plan/parse';
import { translator, toLocale, type Translate } from '../../l10n/translate';
import type { Criterion, Phase, PlanModel, Risk, Task, Wave } from '../../plan/model';
import { pairOf, resolve, scalarText } from '../../plan/nodes';
import type { Segment } from '../../plan/parse';
import { SLUG } from '../../plan/id-index';
import { appendPerson, appendToTopMap, columnOf, createTopEntry, entryEnd, insertEntry, insertInFlow, yamlScalar, type OffsetEdit } from '../../shared/text-edits';

/** At most this many "one per person" actions, so a large roster does not flood the light bulb. */
const MAX_PEOPLE_ACTIONS = 30;
const MAX_CRITERIA_ACTIONS = 10;
const STUB_TARGET = '">= 80%"';

interface FixContext {
  analysis: Analysis;
  doc: TextDocument;
  text: string;
  /** the UI language, for titles */
  t: Translate;
  /** the plan's language (metadata.language), for the text a fix writes into the plan */
  tp: Translate;
  diagnostic: Diagnostic;
  finding: Finding;
  data: FixData;
  start: number;
  end: number;
}

export function codeActions(analysis: Analysis, doc: TextDocument, _range: Range, context: CodeActionContext, t: Translate, locale: string): CodeAction[] {
  if (context.only && !context.only.some(k => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  const text = doc.getText();
  const language = analysis.model.metadata.language?.value;
  const tp = language && /^(fr|en)\b/i.test(language) ? translator(toLocale(language)) : translator(toLocale(locale));
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== undefined && diagnostic.source !== SOURCE) continue;
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);
    const finding = analysis.findings.find(f => f.code === diagnostic.code && sameSpan(offsetsOf(f.loc), start, end));
    const data = finding?.data ?? (diagnostic.data as FixData | undefined);
    if (!finding || !data || typeof data.fix !== 'string') continue;
    const ctx: FixContext = { analysis, doc, text, t, tp, diagnostic, finding, data, start, end };
    try {
      actions.push(...fixesFor(ctx));
    } catch {
      // a half-typed plan can defeat a fix; the light bulb then simply offers nothing for it
    }
  }
  return actions;
}

const sameSpan = (o: { start: number; end: number }, start: number, end: number) => o.start === start && o.end === end;

function fixesFor(ctx: FixContext): CodeAction[] {
  const { data } = ctx;
  const out: CodeAction[] = [];
  const suggestion = typeof data.suggestion === 'string' && data.suggestion ? data.suggestion : undefined;
  if (suggestion && typeof data.name === 'string') {
    const replace = replaceFix(ctx, data.name, suggestion);
    if (replace) out.push(replace);
  }
  switch (data.fix) {
    case 'create-criterion': out.push(...createCriterionFix(ctx)); break;
    case 'add-person': out.push(...addPersonFix(ctx)); break;
    case 'add-owner': out.push(...assignFixes(ctx, 'owner')); break;
    case 'add-champion': out.push(...assignFixes(ctx, 'champion')); break;
    case 'add-rollback': out.push(...addRollbackFix(ctx)); break;
    case 'add-exit-criteria': out.push(...addCriteriaFixes(ctx, ctx.data.key === 'criteria' ? 'criteria' : 'exitCriteria')); break;
    default: break;
  }
  return out;
}

function action(ctx: FixContext, title: string, edits: (OffsetEdit | undefined)[], preferred = false): CodeAction[] {
  if (edits.some(e => !e)) return [];
  const textEdits: TextEdit[] = (edits as OffsetEdit[]).map(e => ({
    range: { start: ctx.doc.positionAt(e.start), end: ctx.doc.positionAt(e.end) }, newText: e.newText,
  }));
  const a: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: { changes: { [ctx.doc.uri]: textEdits } } };
  if (preferred) a.isPreferred = true;
  return [a];
}

// ── replace with the closest valid name ─────────────────────────────────────

function replaceFix(ctx: FixContext, name: string, suggestion: string): CodeAction | undefined {
  const raw = ctx.text.slice(ctx.start, ctx.end);
  const at = raw.indexOf(name);
  if (at < 0) return undefined;
  // an unknown key whose suggestion is already a key of the same map would become a duplicate key
  if (ctx.finding.code === 'schema' && keyExistsBeside(ctx, suggestion)) return undefined;
  return action(ctx, ctx.t('fix.replace', { name, suggestion }), [{ start: ctx.start + at, end: ctx.start + at + name.length, newText: suggestion }], true)[0];
}

function keyExistsBeside(ctx: FixContext, key: string): boolean {
  const seg = segmentAt(ctx.analysis.parsed, ctx.start);
  if (!seg) return false;
  const rel = ctx.start - seg.base;
  const stack: unknown[] = [seg.doc.contents];
  for (let guard = 0; stack.length && guard < 100_000; guard++) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        if (k?.range?.[0] === rel) return node.items.some(p => p !== pair && scalarText(p.key as Node | null) === key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return false;
}

// ── criteria ─────────────────────────────────────────────────────────────────

function humanise(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}

function isPerson(model: PlanModel, id: string | undefined): id is string {
  return !!id && (!model.people || model.people.some(p => p.id.value === id));
}

/** Who owns a new criterion: the phase that asks for it, else the plan's owner, else the first person. */
function defaultOwner(ctx: FixContext, phase?: Phase): string | undefined {
  const { model } = ctx.analysis;
  const candidates = [phase?.owner?.value, model.metadata.owner?.value, model.people?.[0]?.id.value];
  return candidates.find(c => isPerson(model, c));
}

function criterionStub(ctx: FixContext, id: string, owner: string | undefined): OffsetEdit | undefined {
  const { text, tp } = ctx;
  const { parsed } = ctx.analysis;
  // [key, value, whether the value is free text to quote as needed]
  const fields: [string, string, boolean][] = [
    ['title', humanise(id), true],
    ['kind', 'quantitative', false],
    ['metric', tp('fix.stub.metric'), true],
    ['target', STUB_TARGET, false],
  ];
  if (owner) fields.push(['owner', owner, false]);
  const block = fields.map(([k, v, free]) => `${k}: ${free ? yamlScalar(v) : v}`);
  const flow = `{ ${fields.map(([k, v, free]) => `${k}: ${free ? yamlScalar(v, true) : v}`).join(', ')} }`;
  const entry = parsed.top.find(e => e.key === 'criteria');
  if (entry) return appendToTopMap(text, entry, id, block, flow);
  const unit = ' '.repeat(indentOf(text));
  return createTopEntry(text, parsed.top, ['criteria:', `${unit}${id}:`, ...block.map(l => `${unit}${unit}${l}`)], ['metadata', 'people'], ['phases']);
}

function indentOf(text: string): number {
  const m = /^(?:metadata|people|criteria|phases)[ \t]*:[ \t]*\r?\n( +)\S/m.exec(text);
  return m ? Math.min(8, m[1].length) : 2;
}

function phaseAt(model: PlanModel, offset: number): Phase | undefined {
  // phases are in text order: binary search on their start
  let lo = 0;
  let hi = model.phases.length - 1;
  let found: Phase | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = model.phases[mid];
    if (p.loc.seg.base + p.loc.start <= offset) {
      found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset <= found.loc.seg.base + found.loc.end ? found : undefined;
}

function createCriterionFix(ctx: FixContext): CodeAction[] {
  const id = String(ctx.data.name ?? '');
  if (!SLUG.test(id) || ctx.analysis.index.criteria.has(id)) return [];
  const phase = phaseAt(ctx.analysis.model, ctx.start);
  return action(ctx, ctx.t('fix.createCriterion', { id }), [criterionStub(ctx, id, defaultOwner(ctx, phase))], !ctx.data.suggestion);
}

// ── people ───────────────────────────────────────────────────────────────────

function addPersonFix(ctx: FixContext): CodeAction[] {
  const id = String(ctx.data.name ?? '');
  if (!SLUG.test(id)) return [];
  const { text } = ctx;
  const { parsed, model } = ctx.analysis;
  if (model.people?.some(p => p.id.value === id)) return [];
  const name = yamlScalar(humanise(id), true);
  const entry = parsed.top.find(e => e.key === 'people');
  let edit: OffsetEdit | undefined;
  if (entry) {
    edit = appendPerson(text, entry, id, name);
  } else {
    const unit = ' '.repeat(indentOf(text));
    edit = createTopEntry(text, parsed.top, ['people:', `${unit}${id}: { name: ${name} }`], ['metadata'], ['criteria', 'phases']);
  }
  return action(ctx, ctx.t('fix.addPerson', { id }), [edit], !ctx.data.suggestion);
}

// ── owner / champion ─────────────────────────────────────────────────────────

interface Item {
  seg: Segment;
  map: YAMLMap;
  /** the entry the new one goes after */
  after?: Pair;
}

/** The phase, task, risk, wave or criterion a missing-owner finding is about. */
function itemOf(ctx: FixContext): Item | undefined {
  const { model } = ctx.analysis;
  const kind = ctx.data.kind;
  const at = (loc: { seg: Segment; start: number }) => loc.seg.base + loc.start === ctx.start;
  if (kind === 'criterion') {
    const c = model.criteria.find(x => at(x.loc));
    return c ? criterionItem(c) : undefined;
  }
  const phase = phaseAt(model, ctx.start);
  if (!phase) return undefined;
  const seg = phase.seg;
  const item = (map: YAMLMap, key: string): Item => ({ seg, map, after: pairOf(seg, map, key) ?? map.items[0] });
  if (kind === 'phase') return at(phase.anchor) ? item(phase.map, 'id') : undefined;
  const tasks: Task[] = [...phase.checklist, ...phase.postChecks, ...phase.waves.flatMap(w => w.checklist)];
  if (kind === 'task') {
    const task = tasks.find(x => at(x.anchor));
    return task ? item(task.map, 'task') : undefined;
  }
  if (kind === 'risk') {
    const risk = phase.risks.find((x: Risk) => at(x.anchor));
    return risk ? item(risk.map, 'id') : undefined;
  }
  if (kind === 'wave') {
    const wave = phase.waves.find((x: Wave) => at(x.anchor));
    return wave ? item(wave.map, 'id') : undefined;
  }
  return undefined;
}

function criterionItem(c: Criterion): Item | undefined {
  if (!c.map) return undefined;
  const seg = c.id.loc.seg;
  return { seg, map: c.map };
}

/** Where an owner goes when a criterion has no value at all (`taux:` alone): under its key. */
function ownerForEmptyCriterion(ctx: FixContext, key: string, person: string): OffsetEdit | undefined {
  const c = ctx.analysis.model.criteria.find(x => x.loc.seg.base + x.loc.start === ctx.start);
  if (!c || c.map) return undefined;
  const entry = ctx.analysis.parsed.top.find(e => e.key === 'criteria');
  const map = entry && resolve(entry.seg, entry.pair.value);
  if (!entry || !isMap(map) || map.flow) return undefined;
  const pair = map.items.find(p => (p.key as Node | null)?.range?.[0] === c.loc.start);
  if (!pair || (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null))) return undefined;
  const end = entryEnd(ctx.text, entry.seg, pair);
  const column = columnOf(ctx.text, ctx.start);
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: end, end, newText: `${eol}${' '.repeat(column + indentOf(ctx.text))}${key}: ${person}` };
}

function assignFixes(ctx: FixContext, key: 'owner' | 'champion'): CodeAction[] {
  const { model, index } = ctx.analysis;
  const candidates: { id: string; name?: string }[] = model.people
    ? model.people.map(p => ({ id: p.id.value, name: p.name?.value }))
    : [...new Set(index.references.filter(r => r.kind === 'person').map(r => r.name.value))].map(id => ({ id }));
  const seen = new Set<string>();
  const item = itemOf(ctx);
  const out: CodeAction[] = [];
  for (const person of candidates) {
    if (seen.has(person.id) || !SLUG.test(person.id)) continue;
    seen.add(person.id);
    if (out.length >= MAX_PEOPLE_ACTIONS) break;
    const edit = item ? insertEntry(ctx.text, item.seg, item.map, key, person.id, item.after) : ownerForEmptyCriterion(ctx, key, person.id);
    const who = person.name ? ` (${person.name})` : '';
    out.push(...action(ctx, ctx.t(key === 'owner' ? 'fix.addOwner' : 'fix.addChampion', { id: person.id, who }), [edit]));
  }
  return out;
}

// ── go-live rollback, pilot exit criteria ─────────────────────────────────────

function phaseFor(ctx: FixContext): Phase | undefined {
  const phase = phaseAt(ctx.analysis.model, ctx.start);
  return phase && phase.anchor.seg.base + phase.anchor.start === ctx.start ? phase : undefined;
}

function addRollbackFix(ctx: FixContext): CodeAction[] {
  const phase = phaseFor(ctx);
  if (!phase) return [];
  const existing = pairOf(phase.seg, phase.map, 'rollback');
  const stub = yamlScalar(ctx.tp('fix.stub.rollback'), phase.map.flow);
  let edit: OffsetEdit | undefined;
  if (existing) {
    // `rollback:` present but empty: fill it in
    const value = existing.value as Node | null;
    const keyEnd = phase.seg.base + (existing.key as Node).range![1];
    const colon = ctx.text.indexOf(':', keyEnd);
    edit = value?.range && (value.range[1] > value.range[0])
      ? { start: phase.seg.base + value.range[0], end: phase.seg.base + value.range[1], newText: stub }
      : { start: colon + 1, end: colon + 1, newText: ` ${stub}` };
  } else {
    const after = pairOf(phase.seg, phase.map, 'window') ?? pairOf(phase.seg, phase.map, 'id');
    edit = insertEntry(ctx.text, phase.seg, phase.map, 'rollback', stub, after);
  }
  return action(ctx, ctx.t('fix.addRollback'), [edit], true);
}

/** The criteria list a phase is judged on: a pilot's `exitCriteria`, a gate's `criteria`. */
type CriteriaKey = 'exitCriteria' | 'criteria';

function criteriaListEdit(ctx: FixContext, phase: Phase, key: CriteriaKey, id: string): OffsetEdit | undefined {
  const existing = pairOf(phase.seg, phase.map, key);
  if (!existing) {
    const after = pairOf(phase.seg, phase.map, 'deliverables') ?? pairOf(phase.seg, phase.map, 'objectives')
      ?? pairOf(phase.seg, phase.map, 'after') ?? pairOf(phase.seg, phase.map, 'end') ?? pairOf(phase.seg, phase.map, 'id');
    return insertEntry(ctx.text, phase.seg, phase.map, key, `[${id}]`, after);
  }
  const value = existing.value as Node | null;
  if (isSeq(value) && value.flow && value.range) return insertInFlow(ctx.text, phase.seg.base + value.range[0], phase.seg.base + value.range[1], id);
  if (value === null || (isScalar(value) && value.value === null)) {
    const keyEnd = phase.seg.base + (existing.key as Node).range![1];
    const colon = ctx.text.indexOf(':', keyEnd);
    const end = value?.range && value.range[1] > value.range[0] ? phase.seg.base + value.range[1] : colon + 1;
    return { start: colon + 1, end, newText: ` [${id}]` };
  }
  return undefined;
}

function addCriteriaFixes(ctx: FixContext, key: CriteriaKey): CodeAction[] {
  const phase = phaseFor(ctx);
  if (!phase) return [];
  const { index } = ctx.analysis;
  const used = new Set(index.references.filter(r => r.kind === 'criterion').map(r => r.name.value));
  const ids = [...index.criteria.keys()].filter(id => SLUG.test(id));
  const ordered = [...ids.filter(id => !used.has(id)), ...ids.filter(id => used.has(id))].slice(0, MAX_CRITERIA_ACTIONS);
  const out: CodeAction[] = [];
  for (const id of ordered) out.push(...action(ctx, ctx.t('fix.addExitCriteria', { key, id }), [criteriaListEdit(ctx, phase, key, id)], false));
  // or a new criterion, named after the pilot
  const base = `${phase.id?.value && SLUG.test(phase.id.value) ? phase.id.value : 'pilot'}-${ctx.tp('fix.stub.successId')}`;
  let id = base;
  for (let n = 2; index.criteria.has(id); n++) id = `${base}-${n}`;
  const stub = criterionStub(ctx, id, defaultOwner(ctx, phase));
  const ref = criteriaListEdit(ctx, phase, key, id);
  // both edits must not overlap: criteria come before phases in a plan
  if (stub && ref && (stub.end <= ref.start || ref.end <= stub.start)) out.push(...action(ctx, ctx.t('fix.addExitCriteriaNew', { key, id }), [stub, ref]));
  return out;
}
