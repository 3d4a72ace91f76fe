// Runs the extension's mocha suite (dist/test/vscode/suite, built by `npm run build`) inside real
// VS Code builds: the VS Code server from npm `code-server` runs the extension and the tests in its
// Node extension host, and Debian's chromium renders the workbench, driven by playwright-core.
//
//   npm run test:vscode
// env:
//   VSCODE_VERSIONS=1.139.1,1.100.3   VS Code versions to test on (default: all of vscode-install.mjs)
//   VSCODE_TEST_TIMEOUT_MS=300000     a workbench still running after this long is killed (failure)
//   CHROMIUM_PATH=/usr/bin/chromium
//
// Artifacts (always kept, git-ignored): test-results/<version>/ with server.log, browser-console.log,
// workbench-at-exit.png, mocha-result.json, and for each `HARNESS:SCREENSHOT:<name>` line a test logs:
// <name>.png, <name>-problems.txt (Problems panel text), <name>-webview.txt (the text and the `svg` of
// every webview frame) and <name>-sidebar.txt (side bar text, written last).
// The last line printed is the combined `N passed, N failed` over all versions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';
import { DEFAULT_VERSIONS, ensureDebianPackages, installVSCode, repoRoot } from './vscode-install.mjs';
import { startVSCodeServer } from './vscode-server.mjs';

const versions = (process.env.VSCODE_VERSIONS ?? DEFAULT_VERSIONS.join(',')).split(',').map(v => v.trim()).filter(Boolean);
const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 300_000);
const suiteDir = path.join(repoRoot, 'dist/test/vscode/suite');
const VIEWPORT = { width: 1400, height: 900 };
const WORKSPACE_SETTINGS = {
  'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.startupEditor': 'none',
  // the web workbench saves edited files after a delay by default: the tests decide when a file is saved
  'workbench.tips.enabled': false, 'files.autoSave': 'off', 'git.enabled': false, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
};

for (const built of [path.join(repoRoot, 'dist/client.js'), path.join(suiteDir, 'index.js')]) {
  if (!fs.existsSync(built)) {
    console.error(`${path.relative(repoRoot, built)} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}
ensureDebianPackages(['chromium']);
const chromiumPath = process.env.CHROMIUM_PATH ?? spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
const installs = {};
for (const version of versions) installs[version] = await installVSCode(version);

const results = [];
for (const version of versions) results.push(await runSuite(version, installs[version]));

for (const r of results) console.log(`VS Code ${r.version}: ${r.summary}${r.error ? ` (${r.error})` : ''}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every(r => r.ok) ? 0 : 1);

/** Runs the suite on one VS Code version; never throws. A run without a mocha result counts as 1 failure. */
async function runSuite(version, { serverMain, serverNode }) {
  const artifacts = path.join(repoRoot, 'test-results', version);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const resultFile = path.join(artifacts, 'mocha-result.json');
  // A fresh copy of the examples and fixtures, so that tests may edit files freely.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-workspace-'));
  for (const dir of ['examples', 'test/fixtures']) {
    if (fs.existsSync(path.join(repoRoot, dir))) fs.cpSync(path.join(repoRoot, dir), path.join(workspace, dir), { recursive: true });
  }
  // Workspace settings (the web workbench keeps user settings in the browser): a quiet, offline workbench.
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(WORKSPACE_SETTINGS, null, 2));
  const log = (...args) => console.log(`[${version}]`, ...args);
  const t0 = Date.now();
  let server, browser, page, timer;
  let exitCode = null, error;
  try {
    server = await startVSCodeServer({
      serverMain, serverNode,
      logFile: path.join(artifacts, 'server.log'),
      env: { ROLLOUT_TEST_RESULT: resultFile }, // the extension host inherits it
    });
    log(`VS Code server up on ${server.base} after ${Date.now() - t0} ms`);
    browser = await chromium.launch({
      executablePath: chromiumPath, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: VIEWPORT });
    const browserLog = fs.createWriteStream(path.join(artifacts, 'browser-console.log'));
    page.on('console', m => browserLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', e => browserLog.write(`[pageerror] ${e}\n`));
    // The workbench forwards the extension host's console (mocha's report) here...
    await page.exposeFunction('codeAutomationLog', async (_type, args) => {
      const line = util.format(...(args ?? []));
      log(line);
      const marker = /HARNESS:SCREENSHOT:([\w-]+)/.exec(line);
      if (marker) await saveScreenshot(page, artifacts, marker[1], log);
      const click = /HARNESS:CLICK:(.+)$/.exec(line);
      if (click) await clickInWebview(page, click[1].trim(), log);
    });
    // ...and calls this with the extension host's exit code when the suite is done (0: all passed).
    const finished = new Promise(resolve => page.exposeFunction('codeAutomationExit', resolve));
    const serverDied = server.exited.then(code => { throw new Error(`the VS Code server exited (${code}) during the run`); });
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s: workbench killed`)), timeoutMs);
    });
    await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: suiteDir }));
    exitCode = await Promise.race([finished, serverDied, timedOut]);
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

  const mocha = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
  if (!mocha) {
    return { version, ok: false, passed: 0, failed: 1, summary: 'no mocha result', error: error ?? `see ${path.relative(repoRoot, artifacts)}/server.log` };
  }
  const ok = exitCode === 0 && mocha.failed === 0;
  return { version, ok, passed: mocha.passed, failed: mocha.failed, summary: mocha.summary, error: ok ? undefined : error };
}

/** Saves what a person would see: a screenshot, the Problems panel, webview and side bar texts. */
async function saveScreenshot(page, artifacts, name, log) {
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
