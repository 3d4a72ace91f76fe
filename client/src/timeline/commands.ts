// The timeline's commands and its restoration: "Show Timeline" (the command palette, the editor
// title button, the readiness view's plan nodes), "Export Timeline" (the webview's buttons; tests pass
// a target URI so no dialog opens) and the serializer that brings the panel back after a reload.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { RendererSource } from './renderer-source';
import { exportTimeline, type ExportFormat } from './export';
import type { TimelineViewState } from './messages';
import { TIMELINE_VIEW_TYPE, TimelinePanel } from './panel';

export const SHOW_TIMELINE_COMMAND = 'rolloutPlans.showTimeline';
export const EXPORT_TIMELINE_COMMAND = 'rolloutPlans.exportTimeline';

/** The plan a command was given: an editor's URI (title button), a readiness node ({ uri }), a URI string. */
function planOf(argument: unknown): string | undefined {
  if (argument instanceof vscode.Uri) return argument.toString();
  if (typeof argument === 'string') return argument;
  if (argument && typeof argument === 'object' && 'uri' in argument && typeof argument.uri === 'string') return argument.uri;
  return undefined;
}

export function registerTimeline(context: vscode.ExtensionContext, client: BaseLanguageClient, renderer: RendererSource): { panel: TimelinePanel; disposables: vscode.Disposable[] } {
  const panel = new TimelinePanel(context, client, renderer);
  const disposables = [
    panel,
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, async (argument?: unknown) => {
      const uri = planOf(argument) ?? panel.planUri;
      if (uri) await panel.show(uri);
      else void vscode.window.showInformationMessage(panel.words().noPlan);
    }),
    vscode.commands.registerCommand(EXPORT_TIMELINE_COMMAND, (target?: vscode.Uri, format?: ExportFormat) => exportTimeline(panel, target, format)),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel: vscode.WebviewPanel, state: Partial<TimelineViewState> | undefined) => panel.restore(webviewPanel, state),
    }),
  ];
  return { panel, disposables };
}
