// The timeline webview beside the plan: asks the server for the plan's timeline model
// (`rolloutPlan/timeline`), draws it with the service's SVG renderer in the extension host (theme
// `vscode`, the server's locale) and posts the drawing to the webview. It follows the plan as you
// type (200 ms after the last change; an older answer arriving late is dropped), follows the active
// plan editor, re-renders at the zoom and in the mode (the plan, or its programme) the webview asks
// for, and reveals the line of a clicked item (in another plan's file for a programme's lane).
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { TimelineMethod, type Timeline, type TimelineParams } from '../../../server/src/protocol';
import type { SvgTheme } from '../../../server/src/service';
import { serverLocale } from '../locale';
import { LANGUAGE_ID } from '../readiness/plans';
import { escapeHtml, timelineHtml } from './html';
import type { RendererSource } from './renderer-source';
import { isMode, isZoom, type FromWebview, type TimelineMode, type TimelineViewState, type ToWebview, type Zoom } from './messages';

export const TIMELINE_VIEW_TYPE = 'rolloutPlans.timeline';
const TYPING_DELAY_MS = 200;
/** `fit` never squeezes the chart below this width */
const MIN_FIT_WIDTH = 640;
const PNG_TIMEOUT_MS = 30_000;

/** What the webview last put on screen (its acknowledgement of a drawing), for the tests. */
export interface ShownDrawing {
  uri: string;
  zoom: Zoom;
  mode: TimelineMode;
  markup: string;
}

/** Decodes base64 with `atob`, which both hosts have (the Web Worker has no `Buffer`). */
function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  return Uint8Array.from(binary, c => c.charCodeAt(0));
}

export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private uri: string | undefined;
  private zoom: Zoom = 'fit';
  private mode: TimelineMode = 'plan';
  private width: number | undefined;
  private seq = 0;
  private readonly sent = new Map<number, ShownDrawing>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pngSeq = 0;
  private readonly pngWaiting = new Map<number, (reply: Extract<FromWebview, { type: 'png' }>) => void>();
  private readonly shownEmitter = new vscode.EventEmitter<ShownDrawing>();
  /** fires when the webview has put a drawing on screen */
  readonly onDidShow = this.shownEmitter.event;
  shown: ShownDrawing | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient, private readonly renderer: RendererSource) {
    this.disposables.push(
      this.shownEmitter,
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document.uri.toString() === this.uri && e.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        if (editor?.document.languageId !== LANGUAGE_ID || editor.document.uri.toString() === this.uri) return;
        this.uri = editor.document.uri.toString();
        void this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        // the toolbar's words too: the page is rebuilt (its state survives) and asks for a drawing
        if (e.affectsConfiguration('rolloutPlans.language') && this.panel) this.panel.webview.html = this.html(this.panel.webview);
      }),
      client.onDidChangeState(e => { if (e.newState === State.Running) void this.refresh(); }),
    );
  }

  /** The plan the timeline shows, else the active plan editor's. */
  get planUri(): string | undefined {
    return this.uri ?? this.activePlan();
  }

  /** Shows the timeline of `uri` beside its editor, creating the panel or bringing it forward. */
  async show(uri: string): Promise<void> {
    this.uri = uri;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = vscode.window.visibleTextEditors.find(e => e.document === document)
      ?? await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true });
    if (this.panel) {
      this.panel.reveal(undefined, true);
      await this.refresh();
      return;
    }
    const title = this.words().title(vscode.workspace.asRelativePath(editor.document.uri));
    const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options());
    this.attach(panel);
  }

  /** A panel VS Code restored after a reload (the serializer): the plan, zoom and mode it kept. */
  restore(panel: vscode.WebviewPanel, state: Partial<TimelineViewState> | undefined): void {
    this.panel?.dispose();
    this.uri = state?.uri || this.activePlan();
    if (isZoom(state?.zoom)) this.zoom = state.zoom;
    if (isMode(state?.mode)) this.mode = state.mode;
    panel.webview.options = this.options();
    this.attach(panel);
  }

  /** A message from the webview (also how the tests act as a person clicking would). */
  async receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
      case 'resize':
        this.width = message.width;
        if (message.type === 'ready' || this.zoom === 'fit') await this.refresh();
        break;
      case 'zoom':
        this.zoom = message.zoom;
        await this.refresh();
        break;
      case 'mode':
        this.mode = message.mode;
        await this.refresh();
        break;
      case 'reveal':
        await this.reveal(message.line, message.uri);
        break;
      case 'export':
        await vscode.commands.executeCommand('rolloutPlans.exportTimeline', undefined, message.format);
        break;
      case 'shown': {
        const drawing = this.sent.get(message.seq);
        for (const seq of this.sent.keys()) if (seq <= message.seq) this.sent.delete(seq);
        if (drawing) {
          this.shown = drawing;
          this.shownEmitter.fire(drawing);
        }
        break;
      }
      case 'png':
        this.pngWaiting.get(message.id)?.(message);
        break;
    }
  }

  /** The plan's timeline (or its programme's, in that mode) from the server (null: the server does not hold the document). */
  async timeline(uri: string, mode: TimelineMode = this.mode): Promise<Timeline | null> {
    const params: TimelineParams = mode === 'programme' ? { uri, programme: true } : { uri };
    return this.client.sendRequest<Timeline | null>(TimelineMethod, params);
  }

  render(timeline: Timeline, theme: SvgTheme, zoom: Zoom = this.zoom): string {
    const width = zoom === 'fit' && this.width ? Math.max(MIN_FIT_WIDTH, this.width) : undefined;
    return this.renderer().renderTimeline(timeline, { zoom, theme, locale: serverLocale(), width });
  }

  words() {
    return this.renderer().timelineWords(serverLocale());
  }

  /** Has the webview draw `svg` on a canvas and returns the PNG's bytes; opens the timeline of `uri` if it is closed. */
  async png(svg: string, uri: string): Promise<Uint8Array> {
    if (!this.panel) {
      const shown = new Promise(resolve => { const once = this.onDidShow(d => { once.dispose(); resolve(d); }); });
      await this.show(uri);
      await shown;
    }
    const panel = this.panel!;
    const id = ++this.pngSeq;
    try {
      const reply = await new Promise<Extract<FromWebview, { type: 'png' }>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the timeline did not answer')), PNG_TIMEOUT_MS);
        this.pngWaiting.set(id, reply => { clearTimeout(timer); resolve(reply); });
        void panel.webview.postMessage({ type: 'drawPng', id, svg } satisfies ToWebview);
      });
      if (!reply.dataUrl) throw new Error(reply.error ?? 'no image');
      return base64Bytes(reply.dataUrl.slice(reply.dataUrl.indexOf(',') + 1));
    } finally {
      this.pngWaiting.delete(id);
    }
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'rollout.svg');
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
      panel.onDidDispose(() => {
        vscode.Disposable.from(...this.panelDisposables).dispose();
        this.panelDisposables = [];
        if (this.panel === panel) this.panel = undefined;
        this.shown = undefined;
      }),
    );
    panel.webview.html = this.html(panel.webview);
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')] };
  }

  private html(webview: vscode.Webview): string {
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'timeline-webview.js'));
    return timelineHtml(webview, script, this.words(), serverLocale());
  }

  private activePlan(): string | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document.uri.toString() : undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), TYPING_DELAY_MS);
  }

  /** Draws the plan as the server holds it now; a drawing asked for later wins over this one. */
  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const panel = this.panel;
    if (!panel?.visible) return; // a hidden webview asks again when shown ('ready')
    const seq = ++this.seq;
    const uri = this.uri;
    const { zoom, mode } = this;
    let markup: string;
    if (!uri) {
      markup = this.status(this.words().noPlan);
    } else {
      let timeline: Timeline | null;
      try {
        timeline = await this.timeline(uri, mode);
      } catch {
        return; // the server is restarting: it draws again once running
      }
      if (seq !== this.seq) return;
      markup = timeline ? this.render(timeline, 'vscode', zoom) : this.status(this.words().notOpen);
      if (timeline) panel.title = this.words().title(timeline.title);
    }
    this.sent.set(seq, { uri: uri ?? '', zoom, mode, markup });
    void panel.webview.postMessage({ type: 'show', uri: uri ?? '', zoom, mode, markup, seq } satisfies ToWebview);
  }

  private status(text: string): string {
    return `<p id="status">${escapeHtml(text)}</p>`;
  }

  /** Shows `line` of the plan (or of `uri`: another plan of the programme, the programme file); the timeline then follows that plan. */
  private async reveal(line: number, uri = this.uri): Promise<void> {
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const position = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
    const column = vscode.window.visibleTextEditors.find(e => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(position, position) });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
