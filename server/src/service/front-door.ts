// The service's front door: `createLanguageService({ workspace, locale, today, onError })` returns
// the one object every front end drives (the LSP server, the CLI, the tests, next the browser
// worker). `today`, the locale and the workspace are injected once; the front ends see only the
// `LanguageService` interface, never the modules behind it.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CodeAction, type CodeActionContext, type CompletionList, type Diagnostic, type DocumentSymbol, type FoldingRange,
  type Hover, type Location, type Position, type Range, type SelectionRange, type SymbolInformation, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { Refusal } from './features/navigation/references';
import { ProgrammeNavigation } from './features/navigation/programme-navigation';
import { everyProgramme, workspaceSymbols } from './features/navigation/workspace-symbols';
import { phaseLenses, type PhaseLens } from './features/readiness/lens';
import type { DiffInput, DiffRequest, DiffResult } from './features/diff/diff-types';
import { readinessDiff } from './features/diff/readiness-diff';
import { readinessReport, type ReportPlan } from './features/readiness/report';
import { reportProgrammes } from './features/readiness/report-programmes';
import { assignOwnerEdit, type NewOwner, type OwnerTarget, type PlanEdit, type Refusal as SharedRefusal } from './features/readiness/sidebar-edits';
import { problemCounts, type EditResult, type PlanResult } from './features/readiness/snapshot';
import { planStates, type PlanStates } from './features/readiness/phase-states';
import { programmeSummary, type ProgrammeOverview } from './features/readiness/programme-summary';
import { readinessView, type PlanReadiness } from './features/readiness/view';
import { linksKey, SnapshotCache } from './features/readiness/snapshot-cache';
import { PreparedSnapshots } from './features/readiness/prepared-snapshot';
import { starterPlan, type StarterPlanOptions } from './features/starter-plan';
import { fromDiagnostics } from './features/timeline/findings-on-items';
import { buildProgrammeTimeline } from './features/timeline/programme-timeline';
import { buildTimeline } from './features/timeline/timeline';
import type { Timeline } from './features/timeline/timeline-types';
import { toLocale, type Locale, type Translate } from './l10n/translate';
import { ProgrammeIndex } from './programme/programme-index';
import { AcrossPlansChecker } from './programme/across-plans';
import { linkedIn, type LinkedGates } from './programme/linked-gates';
import { overloadedPeople } from './programme/champion-load';
import type { FileSummary, Programme, ProgrammeSource } from './programme/programme-types';
import { RolloutPlanService } from './language-service';
import type { Analysis } from './plan/analysis';
import { isoToday } from './plan/dates';
import { DEFAULT_CONFIG, type PlanConfig } from './workspace/config';
import { ConfigSource, type LoadedConfig } from './workspace/config-source';
import { matchesAnyGlob } from './workspace/glob';
import { relativePath } from './workspace/uris';
import type { PlanWorkspace } from './workspace/workspace';
import type { LanguageService, LanguageServiceOptions, ReportRequest, ReportSource } from './language-service-api';
export type { LanguageService, LanguageServiceOptions, ReportRequest, ReportSource } from './language-service-api';

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  return new FrontDoor(options);
}

/** A plan to analyse once: read from the workspace, or given by the caller (a report of texts). */
type Plan = { doc: TextDocument; open: boolean };
/** A plan read from the workspace, with the config that applies to it, or why it is skipped. */
type Loaded = (Plan & { config: PlanConfig }) | { skipped: 'excluded' | 'unreadable' };
/** An analysis' phase states, and its readiness view once asked, in one language on one day, with its gates' reasons across plans. */
type Kept = { t: Translate; today: string; linked: LinkedGates; states: PlanStates; view?: PlanReadiness };

class FrontDoor implements LanguageService {
  private readonly engine: RolloutPlanService;
  private readonly workspace: PlanWorkspace;
  /** every plan's summary, by programme: what the cross-plan checks and navigation read (issue 18) */
  private readonly programmes: ProgrammeSource;
  private readonly navigation: ProgrammeNavigation;
  private readonly onError: (error: unknown) => void;
  private readonly configs: ConfigSource;
  private readonly today: () => string;
  /** per document, the config its last diagnostics used: the timeline's findings follow it without waiting for the workspace */
  private readonly lastConfig = new Map<string, PlanConfig>();
  /**
   * per analysis, its phase states and, once asked, its whole readiness view (in which language, on
   * which day): the sidebar and the code lens ask for the view after each edit, the timeline only
   * for the states, the costliest part of a 1,000-phase redraw; the view is built on the states
   */
  private readonly views = new WeakMap<Analysis, Kept>();
  /** the sidebar's snapshots by content: a plan unchanged is not analysed again */
  private readonly snapshots = new SnapshotCache();
  /** the closed plans' snapshots prepared by the index's analyses */
  private readonly prepared: PreparedSnapshots;
  /** each document's findings across its programme (the last ones kept for the quick fixes and the timeline) */
  private readonly across: AcrossPlansChecker;

  constructor({ workspace, locale, today = () => isoToday(), onError = () => undefined, referenceParse, pause, offload }: LanguageServiceOptions) {
    this.workspace = workspace;
    this.configs = new ConfigSource(workspace);
    this.today = today;
    this.engine = new RolloutPlanService({ locale, today, onError, referenceParse });
    this.across = new AcrossPlansChecker({ workspace, engine: this.engine, onError });
    this.prepared = new PreparedSnapshots({
      engine: this.engine, across: this.across, snapshots: this.snapshots, programmes: () => this.programmes, translate: () => this.translate, today, offload,
    });
    const elsewhere = offload && ((uri: string, text: string) => this.prepared.summarizeElsewhere(uri, text));
    this.programmes = new ProgrammeIndex(workspace, (uri, text, version) => this.prepared.summarize(uri, text, version), uri => this.excluded(uri), pause, elsewhere);
    this.onError = onError;
    this.navigation = new ProgrammeNavigation({
      engine: this.engine, programmeOf: uri => this.programmes.programmeOf(uri), withFile: (uri, use) => this.withFile(uri, use),
    });
  }

  /** Runs `use` on a file as the workspace gives it; a file read from disk is not kept. */
  private async withFile<T>(uri: string, use: (doc: TextDocument) => T): Promise<T | undefined> {
    const read = await this.workspace.readFile(uri);
    if (!('text' in read)) return undefined;
    const doc = TextDocument.create(uri, 'rollout-plan', read.version ?? 0, read.text);
    return this.analysed({ doc, open: read.version !== undefined }, async () => use(doc));
  }

  /** An editor request never fails on a half-typed plan or an unreadable programme: it answers `fallback`, and the error is reported. */
  private async guarded<T>(fallback: T, compute: () => Promise<T>): Promise<T> {
    try {
      return await compute();
    } catch (error) {
      this.onError(error);
      return fallback;
    }
  }

  get locale(): Locale { return this.engine.currentLocale; }

  get translate(): Translate { return this.engine.translate; }

  setLocale(locale: Locale): void {
    this.engine.setLocale(locale);
  }

  forget(uri: string): void {
    this.engine.forget(uri);
    this.forgetAllButFindings(uri);
  }

  release(uri: string): void {
    this.engine.release(uri);
    this.forgetAllButFindings(uri);
  }

  private forgetAllButFindings(uri: string): void {
    this.lastConfig.delete(uri);
    this.across.forget(uri);
    this.snapshots.forget(uri);
    this.programmes.forget(uri);
  }

  summary(doc: TextDocument): FileSummary {
    return this.across.summaryOfDoc(doc);
  }

  configFor(uri: string): Promise<LoadedConfig> {
    return this.configs.loadedFor(uri);
  }

  async diagnostics(doc: TextDocument): Promise<Diagnostic[]> {
    const { config } = await this.configs.loadedFor(doc.uri);
    return this.checked(doc, config);
  }

  async ownDiagnosticsFirst(doc: TextDocument): Promise<{ own: Diagnostic[]; read: Promise<unknown> } | undefined> {
    const { config } = await this.configs.loadedFor(doc.uri);
    if (!(await this.programmes.readingMany())) return undefined;
    this.across.keepSummary(doc, this.programmes);
    return { own: this.engine.diagnostics(doc, config), read: this.programmes.programmeOf(doc.uri) };
  }

  completion(doc: TextDocument, position: Position): Promise<CompletionList> {
    return this.guarded({ isIncomplete: false, items: [] }, async () => this.engine.complete(doc, position, await this.programmes.programmeOf(doc.uri)));
  }

  hover(doc: TextDocument, position: Position): Promise<Hover | null> {
    return this.guarded(null, async () => this.engine.hover(doc, position, await this.programmes.programmeOf(doc.uri)));
  }

  definition(doc: TextDocument, position: Position): Promise<Location[]> {
    return this.guarded([], () => this.navigation.definition(doc, position));
  }

  references(doc: TextDocument, position: Position, includeDeclaration = true): Promise<Location[]> {
    return this.guarded([], () => this.navigation.references(doc, position, includeDeclaration));
  }

  prepareRename(doc: TextDocument, position: Position): { range: Range; placeholder: string } | Refusal {
    try {
      return this.navigation.prepareRename(doc, position);
    } catch (error) {
      this.onError(error);
      return { error: this.translate('rename.notAnId') };
    }
  }

  rename(doc: TextDocument, position: Position, newName: string): Promise<WorkspaceEdit | Refusal> {
    return this.guarded({ error: this.translate('rename.notAnId') }, () => this.navigation.rename(doc, position, newName));
  }

  workspaceSymbols(query: string): Promise<SymbolInformation[]> {
    return this.guarded([], async () => workspaceSymbols(await everyProgramme(await this.workspace.listFiles(), uri => this.programmes.programmeOf(uri)), query));
  }

  documentSymbols(doc: TextDocument): DocumentSymbol[] {
    return this.engine.documentSymbols(doc);
  }

  foldingRanges(doc: TextDocument, limit?: number): FoldingRange[] {
    return this.engine.foldingRanges(doc, limit);
  }

  selectionRanges(doc: TextDocument, positions: Position[]): SelectionRange[] {
    return this.engine.selectionRanges(doc, positions);
  }

  codeActions(doc: TextDocument, range: Range, context: CodeActionContext): CodeAction[] {
    return this.engine.codeActions(doc, range, context, this.across.kept(doc));
  }

  codeLenses(doc: TextDocument): PhaseLens[] {
    return phaseLenses(this.translate, this.view(doc));
  }

  timeline(doc: TextDocument): Timeline {
    const findings = fromDiagnostics(doc, this.engine.diagnostics(doc, this.lastConfig.get(doc.uri) ?? DEFAULT_CONFIG, this.across.kept(doc)));
    const analysis = this.engine.analyze(doc);
    return buildTimeline(doc.uri, analysis, { t: this.translate, locale: this.locale, today: this.today(), findings, states: this.kept(analysis, this.across.keptLinks(doc)).states });
  }

  async programmeTimeline(doc: TextDocument): Promise<Timeline> {
    const own = this.across.summaryOfDoc(doc);
    const programme = await this.programmes.programmeOf(doc.uri, { summary: own, version: doc.version });
    return buildProgrammeTimeline(this.timeline(doc), own, programme, { t: this.translate });
  }

  readinessAsked(): void { this.prepared.asked = true; }

  async readiness(uris: readonly string[]): Promise<PlanResult[]> {
    this.readinessAsked();
    // a repository's first build under way prepares these snapshots: waited for rather than analysing the plans again
    if (uris.length && (await this.programmes.readingMany())) await this.programmes.programmeOf(uris[0]!);
    return Promise.all(uris.map(async (uri): Promise<PlanResult> => {
      const loaded = await this.load(uri);
      if ('skipped' in loaded) return { uri, skipped: loaded.skipped };
      const { doc, config } = loaded;
      const key = { text: doc.getText(), t: this.translate, today: this.today(), config, programme: this.programmes.generation };
      const cached = this.snapshots.snapshot(uri, key) ?? (loaded.open ? undefined : await this.prepared.snapshot(doc, key));
      if (cached) return { uri, plan: { ...cached.view, problems: cached.problems, version: doc.version } };
      return this.analysed(loaded, async (): Promise<PlanResult> => {
        // a programme file is no plan of the view: its programme is (the programme node, next)
        if (this.engine.analyze(doc).kind === 'programme') return { uri, skipped: 'programme' };
        const problems = problemCounts(await this.checked(doc, config));
        // the counts and the verdicts hold for the programme as it was once this plan was in it
        const view = this.snapshots.putProblems(uri, { ...key, programme: this.programmes.generation, links: linksKey(this.across.keptLinks(doc)) }, this.view(doc), problems);
        return { uri, plan: { ...view, problems, version: doc.version } };
      });
    }));
  }

  async report(sources: readonly ReportSource[], { format, perPlanLocale = false }: ReportRequest): Promise<string> {
    const plans: ReportPlan[] = [];
    // a programme file named among the plans has no section of its own: it opens its programme's summary
    const programmeFiles: ReportPlan[] = [];
    for (const { uri, name, text } of sources) {
      const loaded: Loaded | Plan = text === undefined ? await this.load(uri) : { doc: TextDocument.create(uri, 'rollout-plan', 0, text), open: false };
      if ('skipped' in loaded) continue;
      const { analysis, linked } = await this.analysed(loaded, async () => ({ analysis: this.engine.analyze(loaded.doc), linked: await this.across.linkedGates(loaded.doc, this.programmes) }));
      (analysis.kind === 'programme' ? programmeFiles : plans)
        .push({ uri, name, analysis, linked, locale: perPlanLocale ? toLocale(analysis.model.metadata.language?.value) : undefined });
    }
    // with per-plan languages, the report's own title follows the plans when they agree
    const languages = new Set(plans.map(p => p.locale));
    const locale = perPlanLocale && languages.size === 1 ? [...languages][0]! : this.locale;
    return readinessReport(plans, { locale, format, today: this.today(), programmes: await reportProgrammes([...plans, ...programmeFiles], this.programmes, uri => this.analysedFromWorkspace(uri)) });
  }

  async programmeOverviews(uris: readonly string[]): Promise<ProgrammeOverview[]> {
    const found: ProgrammeOverview[] = [];
    const [t, today] = [this.translate, this.today()];
    for (const uri of uris) {
      const programme = await this.programmes.programmeOf(uri);
      const { file } = programme;
      if (!file || found.some(f => f.uri === file.uri)) continue;
      const views = new Map<string, PlanReadiness>();
      for (const { uri: member } of programme.plans) {
        const view = await this.cachedView(member, t, today, linkedIn(programme, member));
        if (view) views.set(member, view);
      }
      found.push({ ...programmeSummary({ ...programme, file }, views, today), overloaded: overloadedPeople(programme) });
    }
    return found;
  }

  /** A plan's readiness view, from the sidebar's snapshots when its text is unchanged, else analysed (and kept as a snapshot). */
  private async cachedView(uri: string, t: Translate, today: string, linked: LinkedGates): Promise<PlanReadiness | undefined> {
    const loaded = await this.load(uri);
    if ('skipped' in loaded) return undefined;
    const key = { text: loaded.doc.getText(), t, today, links: linksKey(linked) };
    const cached = this.snapshots.view(uri, key);
    if (cached) return cached;
    const view = await this.analysed(loaded, async () => readinessView(uri, this.engine.analyze(loaded.doc), { t, today, linked }));
    return this.snapshots.putView(uri, key, view);
  }

  /** A plan's analysis as the workspace gives it, not kept unless it is open; undefined when excluded or unreadable. */
  private async analysedFromWorkspace(uri: string): Promise<Analysis | undefined> {
    const loaded = await this.load(uri);
    return 'skipped' in loaded ? undefined : this.analysed(loaded, async () => this.engine.analyze(loaded.doc));
  }

  diff(inputs: readonly DiffInput[], request: DiffRequest): Promise<DiffResult> {
    // both sides are analysed apart from the engine's documents: an open plan's analysis is untouched
    const configFor = async (uri: string) => (await this.configs.loadedFor(uri)).config;
    return readinessDiff(inputs, request, { locale: this.locale, today: this.today(), configFor, programmeOf: uri => this.programme(uri) });
  }

  workspaceFoldersChanged(): void {
    this.programmes.foldersChanged();
  }

  programme(uri: string): Promise<Programme> { return this.programmes.programmeOf(uri); }

  documentChanged(uri: string): void { this.programmes.changed(uri); }

  async workspaceChanged(uris: readonly string[]): Promise<string[]> {
    for (const uri of uris) this.programmes.changed(uri);
    const dependents = new Set<string>();
    for (const uri of uris) for (const dependent of await this.programmes.dependentsOf(uri)) dependents.add(dependent);
    for (const uri of uris) dependents.delete(uri);
    return [...dependents].sort();
  }

  toggleTask(doc: TextDocument, { version, line, done }: { version: number; line: number; done: boolean }): EditResult {
    return this.edit(doc, version, () => this.engine.toggleTask(doc, line, done));
  }

  assignOwner(doc: TextDocument, { version, target, owner }: { version: number; target: OwnerTarget; owner: NewOwner }): EditResult {
    return this.edit(doc, version, () => assignOwnerEdit(doc, this.engine.analyze(doc), target, owner));
  }

  starterPlan(options: StarterPlanOptions): string { return starterPlan(options); }

  private view(doc: TextDocument): PlanReadiness {
    const analysis = this.engine.analyze(doc);
    const kept = this.kept(analysis, this.across.keptLinks(doc));
    return kept.view ??= readinessView(doc.uri, analysis, kept);
  }

  /** What is kept of an analysis in the current language, on the current day, with these reasons across plans: its phase states at least. */
  private kept(analysis: Analysis, linked: LinkedGates): Kept {
    const [t, today] = [this.translate, this.today()];
    let kept = this.views.get(analysis);
    if (!kept || kept.t !== t || kept.today !== today || kept.linked !== linked) {
      kept = { t, today, linked, states: planStates(analysis, { t, today, linked }) };
      this.views.set(analysis, kept);
    }
    return kept;
  }

  /** An edit for the document at exactly the version the client saw, or why not (in the user's language). */
  private edit(doc: TextDocument, version: number, compute: () => PlanEdit | SharedRefusal | undefined): EditResult {
    if (doc.version !== version) return { refused: 'stale' };
    const result = compute();
    if (!result) return { refused: 'not-found' };
    if ('refused' in result) return { refused: 'shared', reason: this.translate('edit.sharedAnchor', { anchor: result.anchor }) };
    return result;
  }

  /** Whether the config that applies to `uri` excludes it. */
  private async excluded(uri: string): Promise<boolean> {
    const { config, uri: configUri } = await this.configs.loadedFor(uri);
    return matchesAnyGlob(relativePath(uri, configUri), config.exclude);
  }

  /**
   * The plan as the workspace gives it (an open document as the editor holds it); `excluded` when it
   * is not open and its config's `exclude` globs cover it.
   */
  private async load(uri: string): Promise<Loaded> {
    const read = await this.workspace.readFile(uri);
    // read once: the exclusion below and the plan's diagnostics use the same config
    const { config, uri: configUri } = await this.configs.loadedFor(uri);
    if ('text' in read && read.version !== undefined) return { doc: TextDocument.create(uri, 'rollout-plan', read.version, read.text), open: true, config };
    if (matchesAnyGlob(relativePath(uri, configUri), config.exclude)) return { skipped: 'excluded' };
    // a FIFO, a device or a huge file is refused by the workspace without blocking
    return 'text' in read ? { doc: TextDocument.create(uri, 'rollout-plan', 0, read.text), open: false, config } : { skipped: 'unreadable' };
  }

  /** The diagnostics of `doc` under `config`, remembered as the config the timeline's findings follow. */
  private async checked(doc: TextDocument, config: PlanConfig): Promise<Diagnostic[]> {
    this.lastConfig.set(doc.uri, config);
    const across = await this.across.check(doc, this.programmes);
    return this.engine.diagnostics(doc, config, across);
  }

  /** Runs `use` on a loaded plan; a plan read from disk is not kept in the service's cache. */
  private async analysed<T>(loaded: Plan, use: () => Promise<T>): Promise<T> {
    try {
      return await use();
    } finally {
      if (!loaded.open) {
        this.engine.forget(loaded.doc.uri);
        this.across.forget(loaded.doc.uri);
        this.lastConfig.delete(loaded.doc.uri);
      }
    }
  }
}
