// How an editor feature plugs into the server: the capabilities it announces and the handlers it
// registers. Each feature is one module in this folder, listed in lsp/index.ts.
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service';
import type { Scheduler } from './scheduler';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** one service for the server's lifetime (its locale is set on initialize) */
  service: LanguageService;
  /** background work (the sidebar's snapshots, programme overviews) yields to edits through it */
  scheduler: Scheduler;
}

export interface Feature {
  capabilities: ServerCapabilities;
  register(ctx: ServerContext): void;
}
