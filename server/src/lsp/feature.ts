// How an editor feature plugs into the server: the capabilities it announces and the handlers it
// registers. Each feature is one module in this folder, listed in features/index.ts.
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigStore } from '../node/config-store';
import type { RolloutPlanService } from '../service';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  configs: ConfigStore;
  /** the service for the current locale (replaced on initialize): always read it through this getter */
  service(): RolloutPlanService;
}

export interface Feature {
  capabilities: ServerCapabilities;
  register(ctx: ServerContext): void;
}
