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
// Artifacts (always kept, git-ignored): test-results/<version>/ with server.log, logs/ (the VS Code
// server's logs, the extension's output channel among them), browser-console.log, workbench-at-exit.png, mocha-result.json, and for each `HARNESS:SCREENSHOT:<name>` line a test logs:
// <name>.png, <name>-problems.txt (Problems panel text), <name>-webview.txt (the text and the `svg` of
// every webview frame) and <name>-sidebar.txt (side bar text, written last). See harness.mjs.
// The last line printed is the combined `N passed, N failed` over all versions.
import fs from 'node:fs';
import path from 'node:path';
import { freshWorkspace, reportAndExit, requireBuilt, runWorkbench } from './harness.mjs';
import { DEFAULT_VERSIONS, installVSCode, repoRoot } from './vscode-install.mjs';
import { startVSCodeServer } from './vscode-server.mjs';

const versions = (process.env.VSCODE_VERSIONS ?? DEFAULT_VERSIONS.join(',')).split(',').map(v => v.trim()).filter(Boolean);
const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 300_000);
const suiteDir = path.join(repoRoot, 'dist/test/vscode/suite');

requireBuilt([path.join(repoRoot, 'dist/client.js'), path.join(suiteDir, 'index.js')]);
const installs = {};
for (const version of versions) installs[version] = await installVSCode(version);

const results = [];
for (const version of versions) results.push(await runSuite(version, installs[version]));
reportAndExit(results);

/** Runs the suite on one VS Code version; never throws. A run without a mocha result counts as 1 failure. */
async function runSuite(version, { serverMain, serverNode }) {
  const artifacts = path.join(repoRoot, 'test-results', version);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const resultFile = path.join(artifacts, 'mocha-result.json');
  const workspace = freshWorkspace();
  const log = (...args) => console.log(`[${version}]`, ...args);
  const { exitCode, error } = await runWorkbench({
    artifacts, log, timeoutMs, workspace,
    start: async () => {
      const server = await startVSCodeServer({
        serverMain, serverNode,
        logFile: path.join(artifacts, 'server.log'),
        env: { ROLLOUT_TEST_RESULT: resultFile }, // the extension host inherits it
      });
      const died = server.exited.then(code => { throw new Error(`the VS Code server exited (${code}) during the run`); });
      const url = server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: suiteDir });
      return { url, died, stop: () => server.stop() };
    },
  });

  const mocha = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
  if (!mocha) {
    return { version, ok: false, passed: 0, failed: 1, summary: 'no mocha result', error: error ?? `see ${path.relative(repoRoot, artifacts)}/server.log` };
  }
  const ok = exitCode === 0 && mocha.failed === 0;
  return { version, ok, passed: mocha.passed, failed: mocha.failed, summary: mocha.summary, error: ok ? undefined : error };
}
