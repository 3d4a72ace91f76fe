// The messages between the extension and the timeline webview, typed once for both sides (the
// webview's script takes only these types and `isZoom`, so it carries no extension code).
// the renderer's zooms (a zoom the service drops makes renderer.ts fail to compile), written here
// so the webview's program does not take in the service's types
export const ZOOMS = ['fit', 'week', 'month', 'quarter'] as const;
export type Zoom = typeof ZOOMS[number];
/** the toolbar's toggle: the plan alone, or its programme (a lane per plan, freezes, links across plans) */
export const MODES = ['plan', 'programme'] as const;
export type TimelineMode = typeof MODES[number];

/** What the webview keeps across hide/restore and window reloads (`vscode.setState`). */
export interface TimelineViewState {
  uri: string;
  zoom: Zoom;
  mode: TimelineMode;
  scrollLeft: number;
  scrollTop: number;
}

/** extension → webview */
export type ToWebview =
  /** a new drawing (the chart's SVG, or a paragraph saying why there is none): swapped in place of the old one, scroll kept */
  | { type: 'show'; uri: string; zoom: Zoom; mode: TimelineMode; markup: string; seq: number }
  /** draw this (light) SVG on a canvas and send back a PNG */
  | { type: 'drawPng'; id: number; svg: string };

/** webview → extension */
export type FromWebview =
  /** the script runs (sent again after a restore): the chart area's width, for `fit` */
  | { type: 'ready'; width: number }
  | { type: 'resize'; width: number }
  | { type: 'zoom'; zoom: Zoom }
  | { type: 'mode'; mode: TimelineMode }
  /** a click or Enter on an item: its 0-based line, in another file (a programme's other plan, a freeze) when `uri` is given */
  | { type: 'reveal'; line: number; uri?: string }
  | { type: 'export'; format: 'svg' | 'png' }
  /** the drawing `seq` is on screen */
  | { type: 'shown'; seq: number }
  | { type: 'png'; id: number; dataUrl?: string; error?: string };

export function isZoom(value: unknown): value is Zoom {
  return typeof value === 'string' && (ZOOMS as readonly string[]).includes(value);
}

export function isMode(value: unknown): value is TimelineMode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}
