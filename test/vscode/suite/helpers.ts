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

/**
 * The folder where run.mjs saves screenshots and the page texts it read; undefined when that runner
 * does not listen (run by hand, or in the web host, where nothing reaches the worker back:
 * run-web.mjs saves the screenshots a test asks for but the test cannot wait for them).
 */
function desktopArtifacts(): vscode.Uri | undefined {
  const resultFile = typeof process === 'undefined' ? undefined : process.env.ROLLOUT_TEST_RESULT;
  return resultFile ? vscode.Uri.joinPath(vscode.Uri.file(resultFile), '..') : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

/**
 * Asks the runner to click, as a person would, the element of the open webview that `selector`
 * names (Playwright, inside the webview's frame). False without run.mjs: nothing was clicked.
 */
export function clickInWebview(selector: string): boolean {
  if (!desktopArtifacts()) return false;
  console.log(`HARNESS:CLICK:${selector}`);
  return true;
}

/**
 * Asks the runner for a screenshot of the workbench (plus the Problems panel and side bar text)
 * under test-results/<version>/<name>*, and waits until run.mjs saved it. The web runner takes it
 * too (test-results/web-<version>/), without the wait.
 */
export async function screenshot(name: string): Promise<void> {
  console.log(`HARNESS:SCREENSHOT:${name}`);
  const artifacts = desktopArtifacts();
  // The runner writes the side bar text last.
  if (artifacts) await waitFor(`screenshot ${name}`, () => exists(vscode.Uri.joinPath(artifacts, `${name}-sidebar.txt`)));
}

/** What run.mjs read from the page for screenshot `name` (`webview` or `sidebar`); undefined without it. */
export async function pageText(name: string, part: 'webview' | 'sidebar' = 'webview'): Promise<string | undefined> {
  const artifacts = desktopArtifacts();
  if (!artifacts) return undefined;
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(artifacts, `${name}-${part}.txt`)));
}
