// Runs the same mocha suite (dist/test/vscode/suite) in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code builds (CI here uses test/vscode/run.mjs instead).
//   npm run test:electron          env: VSCODE_VERSION=stable|insiders|1.100.3 (default stable)
// On a Linux machine without a display, run it under `xvfb-run -a`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '../../..'); // dist/test/vscode -> repo root
  // Same workspace as run.mjs: a fresh copy of examples/ and test/fixtures/ that tests may edit.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-workspace-'));
  for (const dir of ['examples', 'test/fixtures']) {
    if (fs.existsSync(path.join(repoRoot, dir))) fs.cpSync(path.join(repoRoot, dir), path.join(workspace, dir), { recursive: true });
  }
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'suite'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch(err => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
