// The timeline webview's script (bundled for the browser as dist/timeline-webview.js): swaps each
// drawing the extension sends in place of the last one (one DOM write, scroll kept, so no flicker),
// sends zoom, mode (plan or programme) and export requests, reveals an item's line on click or Enter, draws the PNG export on
// a canvas, and keeps its state (plan, zoom, scroll) with setState for a hidden or restored panel.
import { isMode, isZoom, type FromWebview, type TimelineMode, type TimelineViewState, type ToWebview, type Zoom } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): TimelineViewState | undefined;
  setState(state: TimelineViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const chart = document.getElementById('chart') as HTMLElement;
// a state saved before the programme mode has no `mode`
let state: TimelineViewState = { uri: '', zoom: 'fit', mode: 'plan', scrollLeft: 0, scrollTop: 0, ...vscode.getState() };

function save(change: Partial<TimelineViewState>): void {
  state = { ...state, ...change };
  vscode.setState(state);
}

function press(kind: 'zoom' | 'mode', value: Zoom | TimelineMode): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`button[data-${kind}]`)) {
    button.setAttribute('aria-pressed', String(button.dataset[kind] === value));
  }
}

function show(message: Extract<ToWebview, { type: 'show' }>): void {
  // the same plan keeps its place; another plan starts at the top
  const samePlan = message.uri === state.uri;
  const { scrollLeft, scrollTop } = samePlan ? state : { scrollLeft: 0, scrollTop: 0 };
  // the focused item keeps the focus across the swap (typing in the plan must not lose it)
  const focusedKey = (document.activeElement as HTMLElement | null)?.closest?.('[data-key]')?.getAttribute('data-key');
  chart.innerHTML = message.markup;
  chart.scrollLeft = scrollLeft;
  chart.scrollTop = scrollTop;
  if (focusedKey) [...chart.querySelectorAll<SVGElement>('[data-key]')].find(e => e.dataset.key === focusedKey)?.focus();
  save({ uri: message.uri, zoom: message.zoom, mode: message.mode, scrollLeft, scrollTop });
  press('zoom', message.zoom);
  press('mode', message.mode);
  vscode.postMessage({ type: 'shown', seq: message.seq });
}

/** SVG → Image → canvas → PNG data URL, at twice the size so it stays sharp on a slide. */
async function drawPng(svg: string): Promise<string> {
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the SVG could not be read as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png');
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'show') show(message);
  else if (message.type === 'drawPng') {
    drawPng(message.svg).then(
      dataUrl => vscode.postMessage({ type: 'png', id: message.id, dataUrl }),
      (error: unknown) => vscode.postMessage({ type: 'png', id: message.id, error: error instanceof Error ? error.message : String(error) }));
  }
});

function revealTarget(target: EventTarget | null): void {
  const item = (target as Element | null)?.closest?.('[data-line]');
  const line = Number(item?.getAttribute('data-line'));
  // a row of a programme's lane, or a freeze, names the file it is written in
  const uri = item?.closest('[data-uri]')?.getAttribute('data-uri') ?? undefined;
  if (item && Number.isInteger(line)) vscode.postMessage({ type: 'reveal', line, ...(uri ? { uri } : {}) });
}

chart.addEventListener('click', event => revealTarget(event.target));
chart.addEventListener('keydown', event => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    revealTarget(event.target);
  }
});
chart.addEventListener('scroll', () => save({ scrollLeft: chart.scrollLeft, scrollTop: chart.scrollTop }), { passive: true });

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) {
  button.addEventListener('click', () => {
    const zoom = button.dataset.zoom;
    if (isZoom(zoom)) vscode.postMessage({ type: 'zoom', zoom });
  });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-mode]')) {
  button.addEventListener('click', () => {
    const mode = button.dataset.mode;
    if (isMode(mode)) vscode.postMessage({ type: 'mode', mode });
  });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
  button.addEventListener('click', () => vscode.postMessage({ type: 'export', format: button.dataset.export === 'png' ? 'png' : 'svg' }));
}

// `fit` follows the panel's width: tell the extension when it settles after a resize
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
new ResizeObserver(() => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => vscode.postMessage({ type: 'resize', width: chart.clientWidth }), 150);
}).observe(chart);

press('zoom', state.zoom);
press('mode', state.mode);
vscode.postMessage({ type: 'ready', width: chart.clientWidth });
