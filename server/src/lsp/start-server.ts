// The server's wiring, shared by its two hosts: documents in, diagnostics out, every feature
// registered on one connection. The Node entry (server.ts) gives it a connection over IPC/stdio and
// the file system's workspace; the browser entry (server-web.ts) a connection over the Web Worker's
// messages and a workspace the client answers over vscode.workspace.fs. All plan logic lives in ../service.
import { DidChangeConfigurationNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, toLocale, type Offload, type PlanWorkspace } from '../service';
import type { Feature, ServerContext } from './feature';
import { lineExactDocuments } from './line-exact-documents';
import { closedPlansSetting, LiveDiagnostics } from './live-diagnostics';
import { openDocumentsFirst } from './open-documents-first';
import { Scheduler } from './scheduler';
import { FEATURES } from '.';

const WARM_UP_RUNS = 12;
/** the warm-up's workspace: no config, no other plan */
const NO_FILES: PlanWorkspace = {
  readFile: async () => ({ refused: { key: 'io.reason.ENOENT' } }),
  findConfig: async () => undefined,
  listFiles: async () => [],
};
// A plan closed and opened again (switching branches, reopening a tab) is usually unchanged: the
// most recently closed plans keep their analysis, so reopening them costs nothing. Within a budget:
// an analysis weighs ~35 times its text (7 MB for a 100-phase plan of 200 kB).
const KEEP_CLOSED_CHARS = 256 * 1024;
// the plan files the client's watcher reports (client/src/activate.ts); the rest is the config
const PLAN_FILE = /\.rollout\.ya?ml$/i;

export interface ServerHost {
  /**
   * the host's files as they are stored (not as open editors hold them), given the workspace folders'
   * URIs and whether the client answers the workspace requests (ours does; another editor's does not)
   */
  workspace(folders: () => readonly string[], clientReadsFiles: () => boolean): PlanWorkspace;
  /** the features only this host can offer (comparing with a git branch needs Node and git) */
  extraFeatures?: readonly Feature[];
  /** another thread for a repository's first build, where the host has one (Node's worker threads) */
  offload?: Offload;
}

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(lineExactDocuments);
  // the workspace folders (URIs), where the search for a plan's config stops: a config above them never applies
  let workspaceFolders: string[] = [];
  /** the client tells when workspace folders are added or removed */
  let folderEvents = false;
  /** the client answers rolloutPlan/workspace/* (protocol.ts) */
  let clientReadsFiles = false;
  // configs are searched up to the workspace folders; open plans are read as the editor holds them
  const disk = host.workspace(() => workspaceFolders, () => clientReadsFiles);
  const scheduler = new Scheduler();
  const service = createLanguageService({
    workspace: openDocumentsFirst(disk, documents),
    // a long read gives way to edits and requests every few milliseconds; the first build of a big repository to whole publishes
    pause: many => scheduler.breathe(many),
    offload: host.offload,
    onError: error => connection.console.error(`rollout-plan: a request failed: ${(error as Error)?.stack ?? error}`),
  });
  const features = [...FEATURES, ...(host.extraFeatures ?? [])];

  // Each plan's own diagnostics first (after the messages already received: no fixed debounce), then
  // the plans of its programme that its change may affect (./live-diagnostics).
  const live = new LiveDiagnostics({ connection, documents, service, disk, scheduler });

  connection.onInitialize(params => {
    const options = params.initializationOptions as { locale?: string; closedPlans?: boolean; workspaceFiles?: boolean; readiness?: boolean } | undefined;
    live.setClosedPlans(options?.closedPlans === true);
    // the client fills the readiness view at start: the programmes' first build prepares its snapshots
    if (options?.readiness === true) service.readinessAsked();
    clientReadsFiles = options?.workspaceFiles === true;
    workspaceFolders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    service.setLocale(toLocale(options?.locale ?? params.locale));
    void warmUp(toLocale(options?.locale ?? params.locale));
    return {
      capabilities: Object.assign({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
        folderEvents ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {},
        ...features.map(f => f.capabilities)),
      serverInfo: { name: 'rollout-plan-language-server' },
    };
  });

  /**
   * The first plan a fresh server checks would otherwise pay for compiling the parser and the checks
   * (the JIT's warm-up, several times the parse itself). Checking the starter plan a few times while
   * answering `initialize`, before any plan is open, moves that cost out of the user's first wait.
   * A service of its own, over no files (the compiled code is shared): the real one would look for a
   * config and list the programme's plans, asking the client before it can answer (its handlers are
   * set up once `initialize` is answered: `Unhandled method rolloutPlan/workspace/findConfig`).
   */
  async function warmUp(locale: ReturnType<typeof toLocale>) {
    const warming = createLanguageService({ workspace: NO_FILES, locale });
    const text = warming.starterPlan({ id: 'warm-up', title: 'Warm-up' });
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      const uri = `warm-up:/${i}.rollout.yaml`;
      await warming.diagnostics(TextDocument.create(uri, 'rollout-plan', 1, text.replace('warm-up', `warm-up-${i}`)));
    }
  }

  connection.onInitialized(() => {
    connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (!folderEvents) return;
    connection.workspace.onDidChangeWorkspaceFolders(event => {
      const removed = new Set(event.removed.map(f => f.uri));
      workspaceFolders = [...workspaceFolders.filter(f => !removed.has(f)), ...event.added.map(f => f.uri)];
      service.workspaceFoldersChanged();
      revalidateAll();
    });
  });

  function revalidateAll() {
    for (const doc of documents.all()) live.schedule(doc.uri);
  }

  documents.onDidOpen(e => {
    const closed = recentlyClosed.findIndex(c => c.uri === e.document.uri);
    if (closed >= 0) recentlyClosed.splice(closed, 1);
    live.opened(e.document.uri);
  });
  // a request across plans (a rename from another plan) may come before this plan's publish
  documents.onDidChangeContent(e => {
    service.documentChanged(e.document.uri);
    live.schedule(e.document.uri, true);
  });
  /** closed plans whose analysis is kept, oldest first, with their text's length */
  const recentlyClosed: { uri: string; chars: number }[] = [];
  documents.onDidClose(e => {
    recentlyClosed.push({ uri: e.document.uri, chars: e.document.getText().length });
    let kept = recentlyClosed.reduce((sum, c) => sum + c.chars, 0);
    while (kept > KEEP_CLOSED_CHARS) {
      const oldest = recentlyClosed.shift()!;
      service.forget(oldest.uri);
      kept -= oldest.chars;
    }
    live.closed(e.document.uri);
  });

  // A changed rollout-plan.config.json re-checks every open plan at once, without reload (the config
  // is read again on each check, and parsed again when its text changed). A plan file created,
  // changed, renamed (deleted + created) or deleted on disk changes its programme.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const plans = changes.filter(c => PLAN_FILE.test(c.uri));
    if (plans.length < changes.length) revalidateAll();
    if (plans.length) live.filesChanged(plans.map(c => c.uri), plans.filter(c => c.type === FileChangeType.Deleted).map(c => c.uri));
  });
  connection.onDidChangeConfiguration(({ settings }) => {
    const closedPlans = closedPlansSetting(settings);
    if (closedPlans !== undefined) live.setClosedPlans(closedPlans);
    revalidateAll();
  });

  const context: ServerContext = { connection, documents, service, scheduler };
  for (const feature of features) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
