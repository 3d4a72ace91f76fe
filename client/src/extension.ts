// The extension in desktop VS Code (and remote Node hosts): the language server is a Node process
// over IPC; comparing with a git branch is offered. The activation itself is ./activate.ts.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import nodeFlags from '../../server/src/node-flags.json';
import { activateOn, type RolloutPlansApi } from './activate';
import { registerCompare } from './compare';
import { loadRenderer } from './timeline/load-renderer';

export type { RolloutPlansApi } from './activate';

let client: BaseLanguageClient | undefined;

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  return {
    run: { module, transport: TransportKind.ipc, options: { execArgv: nodeFlags.execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...nodeFlags.execArgv, '--nolazy', '--inspect=6009'] } },
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<RolloutPlansApi> {
  const started = await activateOn({
    createClient: (ctx, options) => new LanguageClient('rolloutPlans', 'Rollout Plans', serverOptions(ctx), options),
    renderer: () => loadRenderer(context.extensionPath),
    hostFeatures: (c, store) => registerCompare(c, store),
  }, context);
  client = started.client;
  return started.api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
