// What both VS Code runners share (run.mjs: the Node extension host behind the VS Code server;
// run-web.mjs: the web worker extension host of a serverless web workbench): the test workspace,
// chromium, the page's hooks (mocha's report, screenshot and click requests), the final summary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';
import { ensureDebianPackages, repoRoot } from './vscode-install.mjs';

export const VIEWPORT = { width: 1400, height: 900 };
export const WORKSPACE_SETTINGS = {
  'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.startupEditor': 'none',
  // the web workbench saves edited files after a delay by default: the tests decide when a file is saved
  'workbench.tips.enabled': false, 'files.autoSave': 'off', 'git.enabled': false, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
};

/** Fails early, with the command to run, when a bundle the run needs is missing. */
export function requireBuilt(files) {
  for (const built of files) {
    if (!fs.existsSync(built)) {
      console.error(`${path.relative(repoRoot, built)} is missing: run \`npm run build\` first`);
      process.exit(1);
    }
  }
}

/** A fresh copy of the examples and fixtures (tests may edit files freely), with the workspace settings. */
export function freshWorkspace() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-workspace-'));
  for (const dir of ['examples', 'test/fixtures']) {
    if (fs.existsSync(path.join(repoRoot, dir))) fs.cpSync(path.join(repoRoot, dir), path.join(workspace, dir), { recursive: true });
  }
  // Workspace settings (the web workbench keeps user settings in the browser): a quiet, offline workbench.
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(WORKSPACE_SETTINGS, null, 2));
  return workspace;
}

/** Debian's chromium, headless, offline. */
export async function launchChromium() {
  ensureDebianPackages(['chromium']);
  const executablePath = process.env.CHROMIUM_PATH ?? spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
  return chromium.launch({
    executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A workbench page wired to the test run, before it navigates: the browser console goes to
 * `<artifacts>/browser-console.log`; each line of the extension host's log (mocha's report) is printed
 * and given to `onLine`, and its screenshot and click requests are served. Resolves `exited` with the
 * extension host's exit code once the suite is done; lines after it (host shutdown noise) are dropped.
 */
export async function openTestPage(browser, { artifacts, log, onLine = () => {} }) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const browserLog = fs.createWriteStream(path.join(artifacts, 'browser-console.log'));
  page.on('console', m => browserLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', e => browserLog.write(`[pageerror] ${e}\n`));
  let ended = false;
  await page.exposeFunction('codeAutomationLog', async (_type, args) => {
    if (ended) return;
    const line = util.format(...(args ?? []));
    log(line);
    onLine(line);
    const marker = /HARNESS:SCREENSHOT:([\w-]+)(?: SIDEBAR:(.+))?$/.exec(line);
    if (marker) await saveScreenshot(page, artifacts, marker[1], log, marker[2] && JSON.parse(marker[2]));
    const click = /HARNESS:CLICK:(.+)$/.exec(line);
    if (click) await clickInWebview(page, click[1].trim(), log);
  });
  const exited = new Promise(resolve => page.exposeFunction('codeAutomationExit', code => { ended = true; resolve(code); }));
  return { page, exited };
}

/**
 * One run of the suite in a workbench: `start()` brings the workbench's server up and gives
 * `{ url, stop, died? }` (died: a promise that rejects if the server ends early); chromium opens the
 * url and the run lasts until the extension host exits or `timeoutMs` passes. Never throws: gives
 * the exit code (null when there was none) and what went wrong. The workspace folder is removed after.
 */
export async function runWorkbench({ artifacts, log, timeoutMs, workspace, onLine, start }) {
  const t0 = Date.now();
  let server, browser, page, timer;
  let exitCode = null, error;
  try {
    server = await start();
    log(`workbench on ${server.url} after ${Date.now() - t0} ms`);
    browser = await launchChromium();
    let exited;
    ({ page, exited } = await openTestPage(browser, { artifacts, log, onLine }));
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s: workbench closed`)), timeoutMs);
    });
    await page.goto(server.url);
    exitCode = await Promise.race([exited, timedOut, ...(server.died ? [server.died] : [])]);
    log(`extension host exited with code ${exitCode} after ${Date.now() - t0} ms`);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    log(`ERROR: ${error}`);
  } finally {
    clearTimeout(timer);
    await page?.screenshot({ path: path.join(artifacts, 'workbench-at-exit.png') }).catch(() => {});
    await browser?.close().catch(() => {});
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  return { exitCode, error };
}

/** Prints one line per version and the combined `N passed, N failed` (the last line), then exits. */
export function reportAndExit(results, label = 'VS Code') {
  for (const r of results) console.log(`${label} ${r.version}: ${r.summary}${r.error ? ` (${r.error})` : ''}`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(results.every(r => r.ok) ? 0 : 1);
}

/** Saves what a person would see: a screenshot, the Problems panel, webview and side bar texts. */
/** Waits (10 s at most) until the side bar as drawn shows `text`: a tree view draws its provider's change a moment later. */
async function sidebarShowing(page, text, log) {
  const sidebar = page.locator('#workbench\\.parts\\.sidebar');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await sidebar.innerText({ timeout: 2000 }).catch(() => '')).includes(text)) return;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  log(`[harness] the side bar never showed ${JSON.stringify(text)}`);
}

async function saveScreenshot(page, artifacts, name, log, sidebarShows) {
  if (sidebarShows) await sidebarShowing(page, sidebarShows, log);
  // Nudge a re-layout: a view revealed while the window was busy can keep a zero-height list.
  await page.setViewportSize({ ...VIEWPORT, height: VIEWPORT.height + 1 });
  await page.setViewportSize(VIEWPORT);
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  // text reads wait 2 s at most: a closed panel must not hold the screenshot up
  const problems = await page.locator('.markers-panel').first().innerText({ timeout: 2000 }).catch(e => `(no Problems panel: ${e.message})`);
  fs.writeFileSync(path.join(artifacts, `${name}-problems.txt`), problems);
  fs.writeFileSync(path.join(artifacts, `${name}-webview.txt`), await webviewTexts(page));
  const sidebar = await page.locator('#workbench\\.parts\\.sidebar').innerText({ timeout: 2000 }).catch(e => `(no side bar: ${e.message})`);
  fs.writeFileSync(path.join(artifacts, `${name}-sidebar.txt`), sidebar);
  log(`[harness] screenshot ${path.relative(repoRoot, file)}`);
}

/** Clicks, as a person would, the first element `selector` names in a webview's content frame. */
async function clickInWebview(page, selector, log) {
  for (const frame of page.frames()) {
    if (!frame.url().includes('/contrib/webview/')) continue;
    const target = frame.locator(selector).first();
    if (await target.count().catch(() => 0) === 0) continue;
    await target.click({ timeout: 5000 }).then(() => log(`[harness] clicked ${selector}`), e => log(`[harness] could not click ${selector}: ${e.message}`));
    return;
  }
  log(`[harness] nothing to click: ${selector}`);
}

/**
 * The text and the outer HTML of the `svg` of every webview frame (a webview's content is an iframe
 * inside the webview's own iframe: the innermost one is read), one section per frame; `(no webview)` if none.
 */
async function webviewTexts(page) {
  const sections = [];
  for (const frame of page.frames()) {
    if (!frame.url().includes('/contrib/webview/')) continue; // the workbench and its worker host
    const content = await frame.evaluate(() => document.body && !document.querySelector('iframe') ? {
      text: document.body.innerText,
      svg: document.querySelector('svg')?.outerHTML ?? '',
    } : undefined).catch(() => undefined); // a frame may go away while it is read
    if (content) sections.push(`=== ${frame.url()}\n${content.text}\n--- svg\n${content.svg}\n`);
  }
  return sections.join('\n') || '(no webview)';
}
