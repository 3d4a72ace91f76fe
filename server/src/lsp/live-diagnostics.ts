// When diagnostics are published: an open plan right after its edits (the latest version wins, no
// fixed debounce), then the plans its change may affect across the programme (issue 18), one at a
// time and only while no edit is waiting, so typing never waits for the rest of the repository.
// Closed plans are published only when the user asks (`rolloutPlans.diagnostics.closedPlans`).
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { matchesAnyGlob, relativePath, type LanguageService, type PlanWorkspace } from '../service';
import { afterPendingMessages, type Scheduler } from './scheduler';

export interface LiveDiagnosticsOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  /** the files as they are on disk: a closed plan's text */
  disk: PlanWorkspace;
  /** an open plan's publish is foreground work; its dependents are background work */
  scheduler: Scheduler;
}

export class LiveDiagnostics {
  /** open plans waiting for their own publish */
  private readonly pending = new Set<string>();
  private scheduled = false;
  /** ends the foreground work of the publish scheduled */
  private endForeground = () => {};
  /** files changed since their dependents were last asked for */
  private readonly changed = new Set<string>();
  /** plans to re-check because a file they depend on changed */
  private readonly dependents = new Set<string>();
  /** closed plans whose diagnostics are in the Problems panel */
  private readonly closedShown = new Set<string>();
  /**
   * open plans published with their own diagnostics only, waiting for their programme's first read:
   * one wait per plan whatever its versions, so no keystroke of that read holds its text or is checked in full
   */
  private readonly awaitingRead = new Set<string>();
  /** bumped on every change: a dependent checked under an older one is checked again */
  private generation = 0;
  private running = false;
  private closedPlans = false;

  constructor(private readonly options: LiveDiagnosticsOptions) {}

  /** An open plan to publish; `changed`: its text changed (an edit, opened or closed), so its dependents are re-checked after it. */
  schedule(uri: string, changed = false): void {
    this.pending.add(uri);
    if (changed) this.markChanged([uri], false);
    if (this.scheduled) return;
    this.scheduled = true;
    this.endForeground = this.options.scheduler.foreground();
    void afterPendingMessages().then(() => this.flush());
  }

  /** Files created, changed or deleted on disk (the client's watcher): they and their dependents are re-checked. */
  filesChanged(uris: readonly string[], deleted: readonly string[]): void {
    for (const uri of deleted) this.clearClosed(uri);
    for (const uri of uris) {
      if (this.options.documents.get(uri)) this.schedule(uri);
      // a closed plan written on disk has new diagnostics of its own, shown when asked for
      else if (this.closedPlans && !deleted.includes(uri)) this.dependents.add(uri);
    }
    this.markChanged(uris, true);
  }

  /** `rolloutPlans.diagnostics.closedPlans`: off clears every closed plan's diagnostics; on publishes those the open plans affect. */
  setClosedPlans(on: boolean): void {
    if (on === this.closedPlans) return;
    this.closedPlans = on;
    if (!on) for (const uri of [...this.closedShown]) this.clearClosed(uri);
    else this.markChanged(this.options.documents.all().map(d => d.uri), true);
  }

  /** An open plan was closed: its diagnostics go away with it, or become a closed plan's (from disk) when asked for. */
  closed(uri: string): void {
    this.pending.delete(uri);
    void this.options.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (this.closedPlans) this.dependents.add(uri);
    this.markChanged([uri], true);
  }

  /** A plan opened in the editor: from now on its publishes carry the editor's version. */
  opened(uri: string): void {
    this.closedShown.delete(uri);
    this.schedule(uri, true);
  }

  private flush(): void {
    this.scheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    const end = this.endForeground;
    void Promise.all(uris.map(uri => this.publish(uri))).finally(end).then(() => this.kick());
  }

  private markChanged(uris: readonly string[], kick: boolean): void {
    for (const uri of uris) this.changed.add(uri);
    this.generation++;
    if (kick) this.kick();
  }

  /** Works through the dependents while there is no edit waiting; a change restarts from its dependents. */
  private kick(): void {
    if (this.running) return;
    this.running = true;
    void this.drain().finally(() => {
      this.running = false;
      // work left when an edit cut in is resumed by that edit's flush
      if ((this.changed.size || this.dependents.size) && !this.scheduled) this.kick();
    });
  }

  private async drain(): Promise<void> {
    for (;;) {
      await this.options.scheduler.idle();
      // the plan being edited is published first; its dependents wait for it
      if (this.scheduled) return;
      if (this.changed.size) {
        const uris = [...this.changed];
        this.changed.clear();
        // a closed dependent has nothing to show unless asked for: not queued (thousands per keystroke in a big programme)
        for (const uri of await this.dependentsOf(uris)) if (this.closedPlans || this.options.documents.get(uri)) this.dependents.add(uri);
        // a closed file among them changed too (on disk, or while the setting was off): its own
        // diagnostics are shown when asked for (`workspaceChanged` leaves the changed files out)
        if (this.closedPlans) for (const uri of uris) if (!this.options.documents.get(uri)) this.dependents.add(uri);
        continue;
      }
      const next = this.dependents.values().next();
      if (next.done) return;
      const uri = next.value;
      const generation = this.generation;
      this.dependents.delete(uri);
      // a change meanwhile lists it again (step above) if it still depends on what changed
      if (this.options.documents.get(uri)) await this.publish(uri);
      else await this.publishClosed(uri, generation);
    }
  }

  private async dependentsOf(uris: readonly string[]): Promise<string[]> {
    try {
      return await this.options.service.workspaceChanged(uris);
    } catch (error) {
      this.logError(`could not find the plans that depend on ${uris.join(', ')}`, error);
      return [];
    }
  }

  /** An open plan's diagnostics, with the version they were computed on. */
  private async publish(uri: string): Promise<void> {
    const { documents, service, connection } = this.options;
    const doc = documents.get(uri);
    if (!doc) return;
    let diagnostics: Diagnostic[];
    try {
      // a repository's first build: the plan's own diagnostics now, the version current once its programme is read in full
      const first = await service.ownDiagnosticsFirst(doc);
      if (first) this.afterRead(uri, first.read);
      diagnostics = first ? first.own : await service.diagnostics(doc);
    } catch (error) {
      // never let one bad file take the server down; say so in the log and keep serving
      this.logError(`could not check ${uri}`, error);
      return;
    }
    // the analysis ran on the document's text right after its config was read, in this same turn:
    // its version now is the one analysed. A plan closed meanwhile gets nothing.
    if (documents.get(uri) !== doc) return;
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  }

  private afterRead(uri: string, read: Promise<unknown>): void {
    if (this.awaitingRead.has(uri)) return;
    this.awaitingRead.add(uri);
    read.then(
      () => {
        this.awaitingRead.delete(uri);
        if (this.options.documents.get(uri)) this.schedule(uri);
      },
      (error: unknown) => {
        // not scheduled again (it would read again and fail again): the next edit does
        this.awaitingRead.delete(uri);
        this.logError(`could not read the programme of ${uri}`, error);
      },
    );
  }

  /** A closed plan's diagnostics from its text on disk (no version), when the user asked for them. */
  private async publishClosed(uri: string, generation: number): Promise<void> {
    const { service, disk, connection, documents } = this.options;
    if (!this.closedPlans) return;
    const read = await disk.readFile(uri);
    if (!('text' in read) || (await this.excluded(uri))) {
      this.clearClosed(uri);
      return;
    }
    const doc = TextDocument.create(uri, 'rollout-plan', 0, read.text);
    try {
      const diagnostics = await service.diagnostics(doc);
      // opened or turned off meanwhile: nothing to show; another change meanwhile: stale, checked again
      if (documents.get(uri) || !this.closedPlans) return;
      if (generation !== this.generation) {
        this.dependents.add(uri);
        return;
      }
      this.closedShown.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    } catch (error) {
      this.logError(`could not check ${uri}`, error);
    } finally {
      if (!documents.get(uri)) service.forget(uri);
    }
  }

  /** A closed plan its config's `exclude` covers is not shown (as in the CLI and the sidebar). */
  private async excluded(uri: string): Promise<boolean> {
    const { config, uri: configUri } = await this.options.service.configFor(uri);
    if (configUri === undefined) return false;
    return matchesAnyGlob(relativePath(uri, configUri), config.exclude);
  }

  private clearClosed(uri: string): void {
    if (!this.closedShown.delete(uri)) return;
    void this.options.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private logError(what: string, error: unknown): void {
    this.options.connection.console.error(`rollout-plan: ${what}: ${(error as Error)?.stack ?? error}`);
  }
}

/** `rolloutPlans.diagnostics.closedPlans` in the settings the client pushes (`synchronize.configurationSection`), if there. */
export function closedPlansSetting(settings: unknown): boolean | undefined {
  const value = (settings as { rolloutPlans?: { diagnostics?: { closedPlans?: unknown } } } | null)?.rolloutPlans?.diagnostics?.closedPlans;
  return typeof value === 'boolean' ? value : undefined;
}
