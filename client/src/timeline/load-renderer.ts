// Loads dist/timeline-renderer.js (client/src/timeline/renderer.ts) on first use, once. Node host only:
// the browser has no `require` of a file, its bundle carries the renderer (extension-web.ts).
import * as path from 'node:path';
import type { Renderer } from './renderer-source';

let loaded: Renderer | undefined;

export function loadRenderer(extensionPath: string): Renderer {
  // a computed path, so the extension's bundle does not take the renderer (and the catalog) in
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(extensionPath, 'dist', 'timeline-renderer.js')) as Renderer;
  return loaded;
}
