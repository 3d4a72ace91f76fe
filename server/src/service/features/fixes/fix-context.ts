// What every quick fix is given (FixContext), what it returns (FixProvider), and the helpers that
// several fixes share: the action itself, where the item at fault sits, and the stub of a new
// criterion (created by "create a criterion" and by "add exit criteria").
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import type { Finding, FixData } from '../../checks/check';
import type { Translate } from '../../l10n/translate';
import type { Phase, PlanModel } from '../../plan/model';
import { appendToTopMap, createTopEntry, yamlScalar, type OffsetEdit } from '../../shared/text-edits';

/** `D`: the finding's fix data, of one kind for a provider; the helpers shared by several kinds take any. */
export interface FixContext<D extends FixData = FixData> {
  analysis: Analysis;
  doc: TextDocument;
  text: string;
  /** the UI language, for titles */
  t: Translate;
  /** the plan's language (metadata.language), for the text a fix writes into the plan */
  tp: Translate;
  diagnostic: Diagnostic;
  finding: Finding;
  data: D;
  /** offsets of the diagnostic's range */
  start: number;
  end: number;
}

/**
 * The quick fixes for a finding with fix data `D`, e.g. `FixProvider<FixDataOf<'add-rollback'>>` (none
 * when the plan does not allow one). Typed by the data rather than the kind: TypeScript can then see
 * that a provider for several kinds also serves each of them.
 */
export type FixProvider<D extends FixData = FixData> = (ctx: FixContext<D>) => CodeAction[];

/** One quick fix made of `edits`, or none when an edit could not be computed. */
export function quickFix(ctx: FixContext, title: string, edits: (OffsetEdit | undefined)[], preferred = false): CodeAction[] {
  if (edits.some(e => !e)) return [];
  const textEdits: TextEdit[] = (edits as OffsetEdit[]).map(e => ({
    range: { start: ctx.doc.positionAt(e.start), end: ctx.doc.positionAt(e.end) }, newText: e.newText,
  }));
  const a: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: { changes: { [ctx.doc.uri]: textEdits } } };
  if (preferred) a.isPreferred = true;
  return [a];
}

/** A readable title from an id: `taux-adoption` → `Taux adoption`. */
export function humanise(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}

/** The plan's indentation unit, read from its first indented top-level entry (2 when none). */
export function indentOf(text: string): number {
  const m = /^(?:metadata|people|criteria|phases)[ \t]*:[ \t]*\r?\n( +)\S/m.exec(text);
  return m ? Math.min(8, m[1].length) : 2;
}

/** The phase whose text holds `offset`. */
export function phaseAt(model: PlanModel, offset: number): Phase | undefined {
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

/** The phase the finding is reported on (at its anchor), not merely one that holds it. */
export function phaseOfFinding(ctx: FixContext): Phase | undefined {
  const phase = phaseAt(ctx.analysis.model, ctx.start);
  return phase && phase.anchor.seg.base + phase.anchor.start === ctx.start ? phase : undefined;
}

// ── a new criterion ──────────────────────────────────────────────────────────

const STUB_TARGET = '">= 80%"';

function isPerson(model: PlanModel, id: string | undefined): id is string {
  return !!id && (!model.people || model.people.some(p => p.id.value === id));
}

/** Who owns a new criterion: the phase that asks for it, else the plan's owner, else the first person. */
export function defaultOwner(ctx: FixContext, phase?: Phase): string | undefined {
  const { model } = ctx.analysis;
  const candidates = [phase?.owner?.value, model.metadata.owner?.value, model.people?.[0]?.id.value];
  return candidates.find(c => isPerson(model, c));
}

/** A measurable criterion `id` to complete, added under `criteria` (created before `phases` if absent). */
export function criterionStub(ctx: FixContext, id: string, owner: string | undefined): OffsetEdit | undefined {
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
