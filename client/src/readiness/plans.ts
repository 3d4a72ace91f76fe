// Every plan of the workspace and its readiness snapshot, kept current: found with findFiles (all
// workspace folders), asked of the server (which reads open plans as the editor holds them and the
// others from disk), and asked again after edits (150 ms after the last keystroke), file
// creations, changes and deletions, config changes and a server restart.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import {
  ProgrammesMethod, ReadinessMethod, type PlanSnapshot, type ProgrammeOverview, type ReadinessParams, type ReadinessResult,
} from '../../../server/src/protocol';
import { inPages } from './pages';

export const LANGUAGE_ID = 'rollout-plan';
export const PLAN_GLOB = '**/*.rollout.{yaml,yml}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
const TYPING_DELAY_MS = 150;

export class PlanStore implements vscode.Disposable {
  private readonly plans = new Map<string, PlanSnapshot>();
  /** the programmes (with a programme file) of the plans listed, as the server rolls them up */
  private programmeList: ProgrammeOverview[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private scanning: Promise<void> | undefined;
  private rescan = false;
  /**
   * One more per server start: an answer from a server that has since stopped (the language
   * setting restarts it) is dropped, never shown over the new server's, which updateAll asks for.
   */
  private serverGeneration = 0;
  /** true once the first scan is over: until then an empty list means "not known yet" */
  scanned = false;
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: BaseLanguageClient, private readonly progressViewId: string) {
    const watcher = vscode.workspace.createFileSystemWatcher(PLAN_GLOB);
    const configWatcher = vscode.workspace.createFileSystemWatcher('**/rollout-plan.config.json');
    const isPlan = (d: vscode.TextDocument) => d.languageId === LANGUAGE_ID;
    this.disposables.push(
      watcher, configWatcher,
      watcher.onDidCreate(uri => this.update([uri.toString()])),
      watcher.onDidChange(uri => this.update([uri.toString()])),
      watcher.onDidDelete(uri => this.remove(uri.toString())),
      // a config may exclude plans or bring excluded ones back: look for plans again
      configWatcher.onDidCreate(() => void this.scan()),
      configWatcher.onDidChange(() => void this.scan()),
      configWatcher.onDidDelete(() => void this.scan()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
      vscode.workspace.onDidOpenTextDocument(d => { if (isPlan(d)) this.schedule(d.uri.toString()); }),
      vscode.workspace.onDidChangeTextDocument(e => { if (isPlan(e.document) && e.contentChanges.length) this.schedule(e.document.uri.toString()); }),
      // closing without saving: the plan is what is on disk again
      vscode.workspace.onDidCloseTextDocument(d => { if (isPlan(d)) this.schedule(d.uri.toString()); }),
      client.onDidChangeState(e => {
        if (e.newState !== State.Running) this.serverGeneration++;
        else this.updateAll();
      }),
    );
  }

  all(): PlanSnapshot[] {
    return [...this.plans.values()].sort((a, b) => vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri)).localeCompare(vscode.workspace.asRelativePath(vscode.Uri.parse(b.uri))));
  }

  programmes(): readonly ProgrammeOverview[] {
    return this.programmeList;
  }

  get(uri: string): PlanSnapshot | undefined {
    return this.plans.get(uri);
  }

  /** Finds every plan of the workspace and reads them all, with a progress indicator on the view. */
  scan(): Promise<void> {
    // asked again while scanning (a config saved twice): one more scan follows, with what changed
    if (this.scanning) {
      this.rescan = true;
      return this.scanning;
    }
    this.scanning = Promise.resolve(vscode.window.withProgress({ location: { viewId: this.progressViewId } }, async () => {
      const found = await vscode.workspace.findFiles(PLAN_GLOB, EXCLUDE_GLOB);
      const uris = new Set([...found.map(u => u.toString()),
        ...vscode.workspace.textDocuments.filter(d => d.languageId === LANGUAGE_ID).map(d => d.uri.toString())]);
      for (const uri of [...this.plans.keys()]) if (!uris.has(uri)) this.plans.delete(uri);
      await this.update([...uris]);
    })).finally(() => {
      this.scanning = undefined;
      this.scanned = true;
      this.changed.fire();
      if (this.rescan) {
        this.rescan = false;
        void this.scan();
      }
    });
    return this.scanning;
  }

  /**
   * Asks the server again for every plan known, the view showing its progress: after a restart the
   * plans shown are the old server's (in the old language, after a language change) until then.
   */
  updateAll(): void {
    void vscode.window.withProgress({ location: { viewId: this.progressViewId } }, () => this.update([...this.plans.keys()]));
  }

  /**
   * Asks the server for these plans' snapshots in small pages, each shown as it arrives (./pages);
   * with `followDependents`, then for the plans whose gates depend on them (their verdicts may change), once.
   */
  async update(uris: string[], followDependents = true): Promise<void> {
    const request = (page: string[]) => this.fromThisServer(() => this.client.sendRequest<ReadinessResult>(ReadinessMethod, { uris: page } satisfies ReadinessParams));
    // a failure: the server is restarting, and updateAll follows when it is back
    if (!await inPages(uris, request, result => this.show(result))) return;
    const changed = new Set(uris);
    const dependents = followDependents ? this.all().filter(p => !changed.has(p.uri) && p.dependsOn?.some(uri => changed.has(uri))).map(p => p.uri) : [];
    // not followed again: a cycle of links across plans asks once
    if (dependents.length > 0) await this.update(dependents, false);
    else await this.updateProgrammes();
  }

  private show(result: ReadinessResult): void {
    for (const entry of result.plans) {
      if ('plan' in entry) this.plans.set(entry.uri, entry.plan);
      else this.plans.delete(entry.uri);
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.uri);
      // the server answered for an older text than the editor holds: a newer answer is due
      if ('plan' in entry && open && !open.isClosed && entry.plan.version && entry.plan.version < open.version) this.schedule(entry.uri);
    }
    this.changed.fire();
  }

  /** The programme nodes follow their plans: asked again after each update. */
  private async updateProgrammes(): Promise<void> {
    try {
      this.programmeList = await this.fromThisServer(() => this.client.sendRequest<ProgrammeOverview[]>(ProgrammesMethod, { uris: [...this.plans.keys()] } satisfies ReadinessParams));
    } catch {
      return; // the server is restarting: updateAll follows when it is back
    }
    this.changed.fire();
  }

  /** The answer of `ask`, or a failure when the server stopped or started again while it was asked. */
  private async fromThisServer<R>(ask: () => Promise<R>): Promise<R> {
    const generation = this.serverGeneration;
    const answer = await ask();
    if (generation !== this.serverGeneration) throw new Error('answered by a server that has stopped since');
    return answer;
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.update([uri]);
    }, TYPING_DELAY_MS));
  }

  private remove(uri: string): void {
    if (this.plans.delete(uri)) this.changed.fire();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
