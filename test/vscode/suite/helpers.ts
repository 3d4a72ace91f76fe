// Helpers for the tests that run inside VS Code's extension host.
import * as fs from 'fs';
import * as path from 'path';
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

/** `diagnostic.code` is a string/number or `{ value, target }`: returns the value. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/**
 * Asks test/vscode/run.mjs for a screenshot of the workbench (plus the Problems panel and side bar
 * text) under test-results/<version>/<name>*, and waits until it is saved. A no-op outside that runner.
 */
/**
 * Asks the runner to click, as a person would, the element of the open webview that `selector`
 * names (Playwright, inside the webview's frame). False without the runner: nothing was clicked.
 */
export function clickInWebview(selector: string): boolean {
  if (!process.env.ROLLOUT_TEST_RESULT) return false;
  console.log(`HARNESS:CLICK:${selector}`);
  return true;
}

export async function screenshot(name: string): Promise<void> {
  const resultFile = process.env.ROLLOUT_TEST_RESULT;
  if (!resultFile) return;
  console.log(`HARNESS:SCREENSHOT:${name}`);
  // The runner writes the side bar text last.
  await waitFor(`screenshot ${name}`, () => fs.existsSync(path.join(path.dirname(resultFile), `${name}-sidebar.txt`)));
}

/** The text of the webview frames the runner read for screenshot `name`; undefined outside the runner. */
export function webviewText(name: string): string | undefined {
  const resultFile = process.env.ROLLOUT_TEST_RESULT;
  return resultFile ? fs.readFileSync(path.join(path.dirname(resultFile), `${name}-webview.txt`), 'utf8') : undefined;
}
