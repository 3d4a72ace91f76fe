// The extension in the browser (vscode.dev, github.dev, Codespaces in a browser): the language
// server runs in its own Web Worker (dist/web/server.js) and reads files by asking this client,
// which answers over vscode.workspace.fs (./workspace-files.ts). Nothing here may need Node: the
// build checks the bundle (esbuild.mjs). The activation itself is ./activate.ts.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateOn, type RolloutPlansApi } from './activate';
import * as renderer from './timeline/renderer';
import { answerWorkspaceRequests } from './workspace-files';

export type { RolloutPlansApi } from './activate';

let client: BaseLanguageClient | undefined;

/** the Web Worker constructor of the extension host (this project is typed without the DOM library) */
type ServerWorker = { terminate(): void };
const { Worker } = globalThis as unknown as { Worker: new (url: string) => ServerWorker };

function workerClient(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient {
  // an http(s) URL: VS Code's Worker wrapper refuses vscode-remote: ones
  const url = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js').toString(true);
  // a fresh worker on each start: a restart (the language setting) initializes a new server.
  // The transports are made here: VS Code's Worker is a wrapper that fails the client's `instanceof Worker`.
  let worker: ServerWorker | undefined;
  const startWorker = async () => {
    worker?.terminate();
    worker = new Worker(url);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  // languageclient 10: the server (the Worker) before the client options
  const webClient = new LanguageClient('rolloutPlans', 'Rollout Plans', startWorker, options);
  context.subscriptions.push(...answerWorkspaceRequests(webClient), { dispose: () => worker?.terminate() });
  return webClient;
}

export async function activate(context: vscode.ExtensionContext): Promise<RolloutPlansApi> {
  // the timeline's renderer is bundled in: a Web Worker cannot require a file at run time
  const started = await activateOn({ createClient: workerClient, renderer: () => renderer }, context);
  client = started.client;
  return started.api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
