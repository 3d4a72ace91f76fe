// The timeline webview's page: a toolbar (plan or programme, zoom, export) and the chart area, under a strict
// Content-Security-Policy: only the bundled script and the page's own style (both by nonce), images
// from the extension or data: URLs (the PNG export draws the SVG as a data: image); nothing from the
// network. The chart itself arrives by message (client/src/timeline/webview/main.ts swaps it in).
import type * as vscode from 'vscode';
import { MODES, ZOOMS } from './messages';
import type { TimelineWords } from './renderer';

// Web Crypto, in both hosts (Node's global and the Web Worker's): 128 random bits, as hex
const newNonce = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, c => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

export function timelineHtml(webview: vscode.Webview, script: vscode.Uri, words: TimelineWords, language: string): string {
  const nonce = newNonce();
  const csp = [
    `default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const zoomButtons = ZOOMS.map(z => `<button type="button" data-zoom="${z}" aria-pressed="false">${escapeHtml(words.zooms[z])}</button>`).join('');
  const modeButtons = MODES.map(m => `<button type="button" data-mode="${m}" aria-pressed="false">${escapeHtml(words.modes[m])}</button>`).join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { margin: 0; padding: 0; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
  [role=toolbar] { position: sticky; top: 0; display: flex; gap: 4px; align-items: center; padding: 6px 8px; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); z-index: 1; }
  [role=toolbar] .spacer { flex: 1; }
  button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 8px; cursor: pointer; font: inherit; }
  button[aria-pressed=true] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
  button:focus-visible, #chart .item:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
  #chart { overflow: auto; height: calc(100vh - 40px); }
  #chart .item { cursor: pointer; }
  #status { padding: 8px; color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<div role="toolbar" aria-label="${escapeHtml(words.toolbar)}">
  <span>${escapeHtml(words.show)}</span>${modeButtons}
  <span>${escapeHtml(words.zoom)}</span>${zoomButtons}
  <span class="spacer"></span>
  <button type="button" data-export="svg">${escapeHtml(words.exportSvg)}</button><button type="button" data-export="png">${escapeHtml(words.exportPng)}</button>
</div>
<div id="chart" aria-live="polite"><p id="status">${escapeHtml(words.waiting)}</p></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
