// Helpers for the tests that run inside VS Code's extension host: the Node one (run.mjs) or the
// web worker one (run-web.mjs). No Node APIs here: files are read through vscode.workspace.fs.
import * as vscode from 'vscode';
import type { RolloutPlansApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'rollout-plans.rollout-plans';

/** What the extension exports to its tests, activating it if needed. */
export async function extensionApi(): Promise<RolloutPlansApi> {
  const extension = vscode.extensions.getExtension<RolloutPlansApi>(EXTENSION_ID)!;
  return extension.isActive ? extension.exports : extension.activate();
}

/** Polls `check` until it returns a truthy value, and returns it; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/** The workspace the runner opened: a temporary copy of examples/ and test/fixtures/ that tests may edit. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri;
}

/**
 * Which extension host runs the suite: a Node host (desktop VS Code, or a VS Code server whose
 * workbench is in a browser, as run.mjs drives it), or the browser's web worker host. Not
 * `vscode.env.uiKind`: that is Web for both in a browser.
 */
export type Host = 'desktop' | 'web';
export const host: Host = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ? 'desktop' : 'web';

/**
 * A suite of a feature that exists in `only` host only (comparing with a git branch needs git): in
 * the other one it is reported as skipped, with the reason in its title, never left out silently.
 */
export function suiteIn(only: Host, title: string, body: (this: Mocha.Suite) => void): void {
  if (host === only) suite(title, body);
  else suite.skip(`${title} (${only} only: not in the ${host} extension host)`, body);
}

/** `diagnostic.code` is a string/number or `{ value, target }`: returns the value. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** Reads one file the runner saved (a screenshot's page texts), undefined while it is not there. */
type ArtifactReader = (file: string) => Promise<string | undefined>;

/**
 * How this run's runner hands its files back, or undefined when no runner listens (run by hand, `npm run
 * start:web`). run.mjs: its result folder, readable from the Node host. run-web.mjs: nothing can be sent
 * into the Web Worker, but the worker can fetch, and the web server serves that folder at /harness/.
 */
const artifactReader: Promise<ArtifactReader | undefined> = (async () => {
  const resultFile = typeof process === 'undefined' ? undefined : process.env.ROLLOUT_TEST_RESULT;
  if (resultFile) {
    const folder = vscode.Uri.joinPath(vscode.Uri.file(resultFile), '..');
    return async file => {
      const uri = vscode.Uri.joinPath(folder, file);
      return await exists(uri) ? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) : undefined;
    };
  }
  const extensionUri = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri;
  if (host !== 'web' || !extensionUri) return undefined;
  const harness = (file: string) => new URL(`/harness/${file}`, extensionUri.toString(true)).toString();
  const listening = await fetch(harness('')).then(r => r.status === 200, () => false);
  if (!listening) return undefined;
  // 204: not written yet
  return async file => fetch(harness(file)).then(async r => (r.status === 200 ? r.text() : undefined), () => undefined);
})();

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

/** Whether a runner serves the clicks (desktop only: a click's effect is awaited by its test, so the web host calls the panel itself). */
const desktopRunner = typeof process !== 'undefined' && !!process.env.ROLLOUT_TEST_RESULT;

/**
 * Asks the runner to click, as a person would, the element of the open webview that `selector`
 * names (Playwright, inside the webview's frame). False without run.mjs: nothing was clicked.
 */
export function clickInWebview(selector: string): boolean {
  if (!desktopRunner) return false;
  console.log(`HARNESS:CLICK:${selector}`);
  return true;
}

/**
 * Asks the runner for a screenshot of the workbench (plus the Problems panel and side bar text)
 * under test-results/<version>/<name>* (web-<version>/ in the browser) and waits until it is saved.
 */
export async function screenshot(name: string, { sidebarShows }: { sidebarShows?: string } = {}): Promise<void> {
  // `sidebarShows`: the runner waits until the side bar is drawn with this text before the picture
  console.log(`HARNESS:SCREENSHOT:${name}${sidebarShows ? ` SIDEBAR:${JSON.stringify(sidebarShows)}` : ''}`);
  const read = await artifactReader;
  // The runner writes the side bar text last.
  if (read) await waitFor(`screenshot ${name}`, async () => await read(`${name}-sidebar.txt`) !== undefined);
}

/** What the runner read from the page for screenshot `name` (`webview` or `sidebar`); undefined without a runner. */
export async function pageText(name: string, part: 'webview' | 'sidebar' = 'webview'): Promise<string | undefined> {
  const read = await artifactReader;
  return read?.(`${name}-${part}.txt`);
}
