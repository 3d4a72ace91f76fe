// "Export SVG" and "Export PNG": what the timeline shows, as a file for a slide or an e-mail. The SVG
// is the service's drawing in the light theme (fixed colours, readable outside VS Code); the PNG is
// that SVG drawn on a canvas by the webview. Saved where the user picks, or at the URI given (tests).
import * as vscode from 'vscode';
import type { TimelinePanel } from './panel';

export type ExportFormat = 'svg' | 'png';

export async function exportTimeline(panel: TimelinePanel, target?: vscode.Uri, format: ExportFormat = 'svg'): Promise<vscode.Uri | undefined> {
  const words = panel.words();
  const uri = panel.planUri;
  if (!uri) {
    void vscode.window.showWarningMessage(words.noPlan);
    return undefined;
  }
  await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)); // the server reads open plans only
  const timeline = await panel.timeline(uri);
  if (!timeline) {
    void vscode.window.showWarningMessage(words.notOpen);
    return undefined;
  }
  const file = target ?? await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.parse(uri.replace(/\.rollout\.ya?ml$/, `.timeline.${format}`)),
    filters: { [format.toUpperCase()]: [format] },
    title: format === 'png' ? words.exportPng : words.exportSvg,
  });
  if (!file) return undefined;
  // the zoom and width on screen, in colours that read outside VS Code
  const svg = panel.render(timeline, 'light');
  let bytes: Uint8Array;
  try {
    bytes = format === 'png' ? await panel.png(svg, uri) : new TextEncoder().encode(svg);
  } catch (error) {
    void vscode.window.showErrorMessage(words.pngFailed(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(file, bytes);
  void vscode.window.showInformationMessage(words.saved(vscode.workspace.asRelativePath(file)));
  return file;
}
