// The language server in Node: LSP over IPC (started by the VS Code client) or stdio, the file
// system's workspace (a virtual folder's files asked of the client), and comparing with a git
// branch. The wiring is ./lsp/start-server.ts. Off the main thread, the same bundle prepares the
// files of a repository's first build (./node/prepare-thread.ts).
//   node dist/server.js --stdio   (or --node-ipc when started by the VS Code client)
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { editorBoundary, pathOfUri } from './node/config-search';
import { createFsWorkspace } from './node/fs-workspace';
import { preparingThreads, servePreparing } from './node/prepare-thread';
import { clientWorkspace } from './lsp/client-workspace';
import { compareWithBranch } from './lsp/compare';
import { localOrClient } from './lsp/local-or-client';
import { startServer } from './lsp/start-server';

/**
 * Threads for a repository's first build besides the main one, which installs what they prepare and
 * keeps to the editor: one on two cores (two made typing wait and the peak pass 300 MiB: docs/performance.md), two at most.
 */
const PREPARING_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

const folderPaths = (uris: readonly string[]) => uris.map(pathOfUri).filter((p): p is string => p !== undefined);

function serve(): void {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, {
    workspace: (folders, clientReadsFiles) => localOrClient(
      createFsWorkspace({ boundary: editorBoundary(() => folderPaths(folders())), roots: () => folderPaths(folders()) }),
      clientWorkspace(connection, folders),
      folders,
      clientReadsFiles,
    ),
    extraFeatures: [compareWithBranch],
    // a repository's first build is shared with a second thread: this same bundle (see below)
    offload: preparingThreads(__filename, PREPARING_THREADS),
  });
}

if (isMainThread) serve();
else servePreparing();
