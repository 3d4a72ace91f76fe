// How the timeline reaches its renderer (./renderer.ts): the Node host loads the renderer's own
// bundle on first use (./load-renderer.ts), the browser host has it bundled in (extension-web.ts).
export type Renderer = typeof import('./renderer');
export type RendererSource = () => Renderer;
