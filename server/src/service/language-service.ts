// The pure language service: text in, LSP types out. No connection, no file system, no vscode:
// the LSP server, the CLI and the tests all drive this same object.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CompletionList, Hover,
  CodeAction, CodeActionContext, Diagnostic, DocumentSymbol, FoldingRange, Location, Position, Range, SelectionRange, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { analyze, type Analysis } from './plan/analysis';
import { DEFAULT_CONFIG, type PlanConfig } from './workspace/config';
import { isoToday } from './plan/dates';
import { offsetsOf, toDiagnostics } from './checks/diagnostics';
import { NO_PROGRAMME, type AcrossPlans, type Finding } from './checks/check';
import { contentKey } from './shared/content-key';
import { translator, type Locale, type Translate } from './l10n/translate';
import { SegmentCache } from './plan/parse';
import { complete } from './features/completion/completion';
import { hover } from './features/hover/hover';
import { codeActions } from './features/fixes/code-actions';
import { definition } from './features/navigation/definition';
import { foldingRanges } from './features/outline/folding';
import { prepareRename, references, rename, type Refusal } from './features/navigation/references';
import { selectionRanges } from './features/outline/selection';
import { documentSymbols } from './features/outline/symbols';
import { toggleTaskEdit, type PlanEdit, type Refusal as SharedRefusal } from './features/readiness/sidebar-edits';
import { ToggleMemory } from './features/readiness/toggle-memory';
import type { Programme } from './programme/programme-types';

export interface ServiceOptions {
  locale?: Locale;
  /** today's date (YYYY-MM-DD); injectable so tests about overdue tasks do not age */
  today?: () => string;
  /** where a failed editor request is reported (the server's log); silent by default */
  onError?: (error: unknown) => void;
  /** parse with `yaml` only (see LanguageServiceOptions.referenceParse) */
  referenceParse?: boolean;
}

interface DocState {
  cache: SegmentCache;
  version: number;
  text: string;
  analysis: Analysis;
}

/** A closed file's own findings once its analysis is dropped: for the text with `key`, on `today`. */
interface KeptFindings {
  key: string;
  today: string;
  findings: Finding[];
}

/** Beyond this many findings a file's are not kept: analysing it again is cheaper than holding them. */
const MAX_KEPT_FINDINGS = 500;

/** A finding with absolute offsets only: it no longer holds the parsed segments its places pointed into. */
function withOffsetsOnly(finding: Finding): Finding {
  const related = finding.related?.map(r => ('loc' in r ? { loc: offsetsOf(r.loc), message: r.message } : r));
  return { ...finding, loc: offsetsOf(finding.loc), ...related ? { related } : {} };
}

export class RolloutPlanService {
  private readonly docs = new Map<string, DocState>();
  /** closed files released after their summary, by URI: their findings serve a check of the same text */
  private readonly kept = new Map<string, KeptFindings>();
  /** the sidebar's last tick or untick per document, undone exactly by the opposite request */
  private readonly toggles = new ToggleMemory();
  private locale: Locale;
  private t: Translate;
  private readonly today: () => string;
  private readonly onError: (error: unknown) => void;
  private readonly referenceParse: boolean;

  constructor(options: ServiceOptions = {}) {
    this.referenceParse = options.referenceParse ?? false;
    this.locale = options.locale ?? 'en';
    this.t = translator(this.locale);
    this.today = options.today ?? (() => isoToday());
    this.onError = options.onError ?? (() => undefined);
  }

  get currentLocale(): Locale {
    return this.locale;
  }

  get translate(): Translate {
    return this.t;
  }

  setLocale(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.t = translator(locale);
    this.docs.clear(); // memoised findings hold sentences in the old language
    this.kept.clear();
  }

  /** The analysis of this version of the document, reusing what is unchanged since the last one. */
  analyze(doc: TextDocument): Analysis {
    const state = this.docs.get(doc.uri);
    const text = doc.getText();
    // the same text (this version again, or a plan reopened unchanged) has the same analysis
    if (state && state.text === text) return state.analysis;
    const cache = state?.cache ?? new SegmentCache({ reference: this.referenceParse });
    const analysis = analyze(text, cache, this.t, this.today());
    this.docs.set(doc.uri, { cache, version: doc.version, text, analysis });
    return analysis;
  }

  /** `across`: the findings across the plan's programme, and which of the plan's own they replace */
  diagnostics(doc: TextDocument, config: PlanConfig = DEFAULT_CONFIG, across: AcrossPlans = NO_PROGRAMME): Diagnostic[] {
    return this.diagnosticsOf(doc, this.ownFindings(doc), config, across);
  }

  /** The diagnostics of the plan's own `findings` (kept from an analysis of this text) with those across its programme. */
  diagnosticsOf(doc: TextDocument, findings: readonly Finding[], config: PlanConfig, across: AcrossPlans): Diagnostic[] {
    const own = findings.filter(f => !across.replaces(f));
    return toDiagnostics(doc, across.findings.length ? [...own, ...across.findings] : own, config, doc.uri);
  }

  /** The document's own findings: from its analysis, or kept since its release when the text and the day are the same. */
  private ownFindings(doc: TextDocument): Finding[] {
    return this.keptFindings(doc) ?? this.analyze(doc).findings;
  }

  /** The own findings kept since the document's release, if its text and the day are the same and it has not been analysed since. */
  keptFindings(doc: TextDocument): Finding[] | undefined {
    const kept = this.kept.get(doc.uri);
    return kept && !this.docs.has(doc.uri) && kept.today === this.today() && kept.key === contentKey(doc.getText()) ? kept.findings : undefined;
  }

  // ── navigation, outline and quick fixes (definition.ts, references.ts, symbols.ts, folding.ts,
  //    selection.ts, code-actions.ts): plain LSP types, never a throw on a half-typed plan ──────

  /** Where the criterion, phase, person, wave, risk or checklist id under the cursor is defined. */
  definition(doc: TextDocument, position: Position): Location[] {
    return this.guard([], () => definition(this.analyze(doc), doc, doc.offsetAt(position)));
  }

  references(doc: TextDocument, position: Position, includeDeclaration = true): Location[] {
    return this.guard([], () => references(this.analyze(doc), doc, doc.offsetAt(position), includeDeclaration));
  }

  /** The id's range and text, or a refusal (with the sentence to show) when the cursor is not on an id. */
  prepareRename(doc: TextDocument, position: Position): { range: Range; placeholder: string } | Refusal {
    return this.guard({ error: this.t('rename.notAnId') }, () => prepareRename(this.analyze(doc), doc, doc.offsetAt(position), this.t));
  }

  /** One edit renaming the definition and every reference, or a refusal (not an id, not a slug, taken). */
  rename(doc: TextDocument, position: Position, newName: string): WorkspaceEdit | Refusal {
    return this.guard({ error: this.t('rename.notAnId') }, () => rename(this.analyze(doc), doc, doc.offsetAt(position), newName, this.t));
  }

  documentSymbols(doc: TextDocument): DocumentSymbol[] {
    return this.guard([], () => documentSymbols(this.analyze(doc), doc));
  }

  foldingRanges(doc: TextDocument, limit?: number): FoldingRange[] {
    return this.guard([], () => foldingRanges(this.analyze(doc), doc, limit));
  }

  selectionRanges(doc: TextDocument, positions: Position[]): SelectionRange[] {
    return this.guard(positions.map(p => ({ range: { start: p, end: p } })), () => selectionRanges(this.analyze(doc), doc, positions));
  }

  /** Quick fixes for the plan's diagnostics in `context` (as published by diagnostics(), `across` included). */
  codeActions(doc: TextDocument, range: Range, context: CodeActionContext, across: AcrossPlans = NO_PROGRAMME): CodeAction[] {
    return this.guard([], () => codeActions(this.analyze(doc), doc, range, context, this.t, this.locale, across));
  }

  /** An editor request never fails on a half-typed plan: it answers `fallback`, and the error is reported. */
  private guard<T>(fallback: T, compute: () => T): T {
    try {
      return compute();
    } catch (error) {
      this.onError(error);
      return fallback;
    }
  }

  // ── completion and hover (completion.ts, hover.ts, cursor.ts): read the cursor's place from the
  //    text, so they work while the plan does not parse ───────────────────────────────────────

  /** Keys, values, references and new list items valid at `position`. */
  /** Keys, values, references (the programme's other plans and roster too, when given) and new list items valid at `position`. */
  complete(doc: TextDocument, position: Position, programme?: Programme): CompletionList {
    return this.guard({ isIncomplete: false, items: [] }, () => complete({
      doc, offset: doc.offsetAt(position), analysis: this.analyze(doc), t: this.t, locale: this.locale, today: this.today(), programme,
    }));
  }

  /** Schema documentation of a key or enum value, or the definition a reference names (in the programme too, when given). */
  hover(doc: TextDocument, position: Position, programme?: Programme): Hover | null {
    return this.guard(null, () => hover({ doc, offset: doc.offsetAt(position), analysis: this.analyze(doc), t: this.t, locale: this.locale, programme }));
  }

  // ── the readiness view's edits (edits.ts) ──────────────────────────────────────────────────

  /**
   * Ticks (`done`) or unticks the checklist item on `line`. The opposite of the document's last
   * toggle, asked on the text it produced, restores the text before it byte for byte.
   */
  toggleTask(doc: TextDocument, line: number, done: boolean): PlanEdit | SharedRefusal | undefined {
    const undo = this.toggles.undoing(doc, line, done);
    const result = undo ? { version: doc.version, edits: undo } : toggleTaskEdit(doc, this.analyze(doc), line, done);
    if (result && 'edits' in result) this.toggles.remember(doc, result.edits, line, done);
    return result;
  }

  forget(uri: string): void {
    this.docs.delete(uri);
    this.kept.delete(uri);
    this.toggles.forget(uri);
  }

  /**
   * Forgets the document but keeps its own findings, detached from the parse, for a check of the
   * same text: the command line summarises every plan of a programme before it checks each one,
   * and the check then needs no second analysis (see AcrossPlansChecker.check).
   */
  release(uri: string): void {
    const state = this.docs.get(uri);
    this.forget(uri);
    if (!state || state.analysis.findings.length > MAX_KEPT_FINDINGS) return;
    this.kept.set(uri, { key: contentKey(state.text), today: this.today(), findings: state.analysis.findings.map(withOffsetsOnly) });
  }

  /** The own findings `release` kept for this URI (another thread's to adopt); undefined when there were too many to keep. */
  releasedFindings(uri: string): Finding[] | undefined {
    return this.kept.get(uri)?.findings;
  }

  /** Keeps the own findings of `text` on `today` that another thread's analysis released, as `release` keeps them; an analysis here since wins. */
  adopt(uri: string, text: string, today: string, findings: Finding[]): void {
    if (!this.docs.has(uri)) this.kept.set(uri, { key: contentKey(text), today, findings });
  }
}
