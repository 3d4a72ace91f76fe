// The language server in a Web Worker (vscode.dev, github.dev): LSP over the worker's messages, and
// the files read by asking the client (./lsp/client-workspace.ts). The wiring is ./lsp/start-server.ts;
// nothing here may need Node (the build checks the bundle: esbuild.mjs).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { clientWorkspace } from './lsp/client-workspace';
import { startServer } from './lsp/start-server';

// the worker's own scope carries the messages (this project is typed without the DOM library)
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { workspace: folders => clientWorkspace(connection, folders) });
