// The extension's activation, shared by its two hosts: starts the language client the host makes
// (Node: a server process over IPC, extension.ts; the browser: a Web Worker, extension-web.ts),
// passes it VS Code's display language, and sets up the readiness view, its commands, the language
// status and the timeline. The client never parses YAML; everything it shows comes from the server.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { declaresPlan } from '../../server/src/service';
import { registerCommands, VIEW_ID } from './commands';
import { restartOnLanguageChange, serverLocale } from './locale';
import { PublishedDiagnostics } from './published-diagnostics';
import { LANGUAGE_ID, PlanStore } from './readiness/plans';
import { ReadinessTreeProvider } from './readiness/tree';
import { readinessStatus } from './status';
import { registerTimeline } from './timeline/commands';
import type { TimelinePanel } from './timeline/panel';
import type { RendererSource } from './timeline/renderer-source';
import { answerWorkspaceRequests } from './workspace-files';

/** What the extension hands to its tests (`extension.exports`). */
export interface RolloutPlansApi {
  readinessTree: ReadinessTreeProvider;
  timeline: TimelinePanel;
  publishedDiagnostics: PublishedDiagnostics;
  /** ms from `activate` to the server's answer to `initialize` (docs/performance.md) */
  serverReadyMs: number;
}

/** What differs between the Node and the browser host. */
export interface ClientHost {
  /** the language client, not started, for these options */
  createClient(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient;
  /** the timeline's renderer (Node loads its own bundle on first use; the browser bundles it in) */
  renderer: RendererSource;
  /** what only this host can do (comparing with a git branch needs Node and git) */
  hostFeatures?(client: BaseLanguageClient, store: PlanStore): vscode.Disposable[];
}

// A YAML file that declares a plan (the rule the CLI uses too) is handed over to the plan language;
// the rule is a line test, run on the file's head.
const HEAD_LINES = 200;

function adoptPlan(document: vscode.TextDocument): void {
  if (document.languageId !== 'yaml') return;
  const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, HEAD_LINES), 0));
  if (declaresPlan(head)) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

/** Whether the closed plans an edit affects are in the Problems panel (off: a big repository is not flooded). */
const closedPlansSetting = () => vscode.workspace.getConfiguration().get<boolean>('rolloutPlans.diagnostics.closedPlans', false);

export async function activateOn(host: ClientHost, context: vscode.ExtensionContext): Promise<{ api: RolloutPlansApi; client: BaseLanguageClient }> {
  const activatedAt = Date.now();
  const publishedDiagnostics = new PublishedDiagnostics();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    middleware: publishedDiagnostics.middleware,
    // workspaceFiles: this client answers the server's workspace requests (./workspace-files.ts);
    // readiness: it asks for every plan's readiness snapshot at start (store.scan() below)
    initializationOptions: () => ({ locale: serverLocale(), closedPlans: closedPlansSetting(), workspaceFiles: true, readiness: true }),
    // the config, and the plans: a plan created, deleted, renamed or changed on disk changes its programme
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/rollout-plan.config.json'),
        vscode.workspace.createFileSystemWatcher('**/*.rollout.{yaml,yml}'),
      ],
      // pushed on change, so `rolloutPlans.diagnostics.closedPlans` applies without a restart
      configurationSection: 'rolloutPlans',
    },
  };
  const client = host.createClient(context, clientOptions);
  // the browser's server reads every file through the client, Node's those of a virtual folder
  context.subscriptions.push(client, restartOnLanguageChange(client), ...answerWorkspaceRequests(client));
  await client.start();
  const serverReadyMs = Date.now() - activatedAt;

  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adoptPlan));
  vscode.workspace.textDocuments.forEach(adoptPlan);

  const store = new PlanStore(client, VIEW_ID);
  const readinessTree = new ReadinessTreeProvider(store);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: readinessTree, showCollapseAll: true, manageCheckboxStateManually: true });
  const badge = () => {
    const missing = store.all().reduce((n, plan) => n + plan.totals.missingOwners, 0);
    view.badge = missing ? { value: missing, tooltip: vscode.l10n.t('{0} missing owners', missing) } : undefined;
    void vscode.commands.executeCommand('setContext', 'rolloutPlans.scanned', store.scanned);
  };
  context.subscriptions.push(
    store, readinessTree, view, store.onDidChange(badge),
    vscode.window.registerFileDecorationProvider(readinessTree),
    ...registerCommands(client, readinessTree, view),
    readinessStatus(store, VIEW_ID),
    ...(host.hostFeatures?.(client, store) ?? []),
  );
  const timeline = registerTimeline(context, client, host.renderer);
  context.subscriptions.push(...timeline.disposables);
  void store.scan();
  return { api: { readinessTree, timeline: timeline.panel, publishedDiagnostics, serverReadyMs }, client };
}
