// Activates on plan files (or the readiness view): starts the language server (over IPC), passes it
// VS Code's display language, and sets up the readiness view, its commands, the language status and the timeline.
// The client never parses YAML; everything it shows comes from the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import nodeFlags from '../../server/src/node-flags.json';
import { declaresPlan } from '../../server/src/service';
import { registerCommands, VIEW_ID } from './commands';
import { registerCompare } from './compare';
import { restartOnLanguageChange, serverLocale } from './locale';
import { LANGUAGE_ID, PlanStore } from './readiness/plans';
import { ReadinessTreeProvider } from './readiness/tree';
import { readinessStatus } from './status';
import { registerTimeline } from './timeline/commands';
import type { TimelinePanel } from './timeline/panel';

/** What the extension hands to its tests (`extension.exports`). */
export interface RolloutPlansApi {
  readinessTree: ReadinessTreeProvider;
  timeline: TimelinePanel;
}

let client: LanguageClient | undefined;

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

export async function activate(context: vscode.ExtensionContext): Promise<RolloutPlansApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: nodeFlags.execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...nodeFlags.execArgv, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: () => ({ locale: serverLocale(), closedPlans: closedPlansSetting() }),
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
  client = new LanguageClient('rolloutPlans', 'Rollout Plans', serverOptions, clientOptions);
  context.subscriptions.push(client, restartOnLanguageChange(client));
  await client.start();

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
    ...registerCompare(client, store),
  );
  const timeline = registerTimeline(context, client);
  context.subscriptions.push(...timeline.disposables);
  void store.scan();
  return { readinessTree, timeline: timeline.panel };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
