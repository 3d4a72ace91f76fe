// `npm start`: serves a real VS Code (1.139.1, from the npm package code-server, installed once into
// .vscode-test/) with this extension loaded in development mode and examples/ open. Open the printed
// URL in a browser; Ctrl-C stops the server.
//   env: VSCODE_VERSION=1.139.1 (or 1.100.3)
import path from 'node:path';
import { installVSCode, repoRoot } from '../test/vscode/vscode-install.mjs';
import { startVSCodeServer } from '../test/vscode/vscode-server.mjs';

const version = process.env.VSCODE_VERSION ?? '1.139.1';
const { serverMain, serverNode } = await installVSCode(version);
const logFile = path.join(repoRoot, 'test-results/start/server.log');
const server = await startVSCodeServer({ serverMain, serverNode, logFile });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.exited.then(code => {
  if (stopping) return;
  console.error(`The VS Code server exited (${code}); see ${logFile}`);
  process.exit(1);
});

console.log(`VS Code ${version} with Rollout Plans (server log: ${path.relative(repoRoot, logFile)}). Open:\n`);
console.log(server.workbenchUrl({ folder: path.join(repoRoot, 'examples'), extensionDevelopmentPath: repoRoot }));
console.log('\nPress Ctrl-C to stop.');
