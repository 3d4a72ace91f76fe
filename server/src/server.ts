// The language server in Node: LSP over IPC (started by the VS Code client) or stdio, the file
// system's workspace (a virtual folder's files asked of the client), and comparing with a git
// branch. The wiring is ./lsp/start-server.ts.
//   node dist/server.js --stdio   (or --node-ipc when started by the VS Code client)
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { editorBoundary, pathOfUri } from './node/config-search';
import { createFsWorkspace } from './node/fs-workspace';
import { clientWorkspace } from './lsp/client-workspace';
import { compareWithBranch } from './lsp/compare';
import { localOrClient } from './lsp/local-or-client';
import { startServer } from './lsp/start-server';

const folderPaths = (uris: readonly string[]) => uris.map(pathOfUri).filter((p): p is string => p !== undefined);

const connection = createConnection(ProposedFeatures.all);
startServer(connection, {
  workspace: (folders, clientReadsFiles) => localOrClient(
    createFsWorkspace({ boundary: editorBoundary(() => folderPaths(folders())), roots: () => folderPaths(folders()) }),
    clientWorkspace(connection, folders),
    folders,
    clientReadsFiles,
  ),
  extraFeatures: [compareWithBranch],
});
