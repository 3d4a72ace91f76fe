// `npm run start:web`: Rollout Plans in a VS Code in the browser with no server behind it, like
// vscode.dev or github.dev: the serverless web workbench of the tests (test/vscode/web-server.mjs),
// the extension's browser entry as a local web extension, and a copy of examples/ in the virtual
// workspace vscode-test-web://mount/. Open the printed URL; Ctrl-C stops it.
//   env: VSCODE_VERSION=1.139.1 (or 1.100.3), PORT (default: a free one)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORKSPACE_SETTINGS } from '../test/vscode/harness.mjs';
import { installVSCode, repoRoot } from '../test/vscode/vscode-install.mjs';
import { startWebServer } from '../test/vscode/web-server.mjs';

const version = process.env.VSCODE_VERSION ?? '1.139.1';
const { serverMain } = await installVSCode(version);
// a copy: edits made in the browser (saved through the virtual file system) leave examples/ as it is
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-web-examples-'));
fs.cpSync(path.join(repoRoot, 'examples'), folder, { recursive: true });
const server = await startWebServer({
  vscodeDir: path.dirname(path.dirname(serverMain)), extDir: repoRoot, folder,
  port: Number(process.env.PORT ?? 0), settings: WORKSPACE_SETTINGS,
});

async function stop() {
  await server.close();
  fs.rmSync(folder, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`VS Code ${version} in the browser (no server: like vscode.dev) with Rollout Plans and the examples. Open:\n`);
console.log(server.base + '/');
console.log('\nPress Ctrl-C to stop.');
