// A minimal editor-side LSP client over stdio for the server tests: starts dist/server.js,
// sends what an editor sends, and lets a test wait (by polling events, never sleeping) for publishes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import nodeFlags from '../../server/src/node-flags.json';

export const SERVER = path.resolve(__dirname, '../../server.js');

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor() {
    // started as the VS Code client starts it, with the same Node options
    this.process = spawn(process.execPath, [...nodeFlags.execArgv, SERVER, '--stdio']);
    this.process.stderr.on('data', d => { this.stderr += d; });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters.splice(0).forEach(w => w());
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /**
   * `workspaceFolders`: folder URIs, as an editor with a folder open sends them (the config search stops there);
   * `settings`: the other initialization options the VS Code client sends (`closedPlans`)
   */
  async initialize(locale = 'en', workspaceFolders?: string[], settings: Record<string, unknown> = {}) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, initializationOptions: { locale, ...settings },
      capabilities: workspaceFolders ? { workspace: { workspaceFolders: true } } : {},
      workspaceFolders: workspaceFolders?.map(uri => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })) ?? null,
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rollout-plan', version, text } });
  }

  change(uri: string, version: number, changes: unknown[]) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** The first publish for `uri` (after those already seen) that satisfies `accept`. */
  async waitForPublish(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.find(p => p.uri === uri && accept(p));
      if (hit) return hit;
      if (this.process.exitCode !== null) throw new Error(`server exited ${this.process.exitCode}: ${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching publish for ${uri}; got ${JSON.stringify(this.published.filter(p => p.uri === uri).map(p => [p.version, p.diagnostics.map(d => d.code)]))}`);
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** How many publishes have been seen: `since(n)` accepts only those that come after. */
  get seen(): number {
    return this.published.length;
  }

  since(count: number): (p: PublishDiagnosticsParams) => boolean {
    return p => this.published.indexOf(p) >= count;
  }

  /** Any request an editor sends (`textDocument/definition`, …), typed by the caller. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop() {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch { /* already gone */ }
    this.connection.dispose();
    this.process.kill();
  }
}
