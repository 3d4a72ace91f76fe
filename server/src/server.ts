// The language server in Node: LSP over IPC (started by the VS Code client) or stdio, the file
// system's workspace, and comparing with a git branch. The wiring is ./lsp/start-server.ts.
//   node dist/server.js --stdio   (or --node-ipc when started by the VS Code client)
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { editorBoundary, pathOfUri } from './node/config-search';
import { createFsWorkspace } from './node/fs-workspace';
import { compareWithBranch } from './lsp/compare';
import { startServer } from './lsp/start-server';

const folderPaths = (uris: readonly string[]) => uris.map(pathOfUri).filter((p): p is string => p !== undefined);

startServer(createConnection(ProposedFeatures.all), {
  workspace: folders => createFsWorkspace({ boundary: editorBoundary(() => folderPaths(folders())), roots: () => folderPaths(folders()) }),
  extraFeatures: [compareWithBranch],
});
