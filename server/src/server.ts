// LSP wiring only: documents in, diagnostics out. All plan logic lives in ./service.
//   node dist/server.js --stdio   (or --node-ipc when started by the VS Code client)
import { createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RolloutPlanService, toLocale } from './service';
import { ConfigStore } from './config-store';
import { FEATURES } from './features';
import type { ServerContext } from './features/feature';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const configs = new ConfigStore();
let service = new RolloutPlanService();

connection.onInitialize(params => {
  const options = params.initializationOptions as { locale?: string } | undefined;
  service = new RolloutPlanService({ locale: toLocale(options?.locale ?? params.locale) });
  return {
    capabilities: Object.assign({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
      ...FEATURES.map(f => f.capabilities)),
    serverInfo: { name: 'rollout-plan-language-server' },
  };
});

connection.onInitialized(() => {
  connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
});

// Validation runs after the messages already received are handled (two turns of the event loop),
// so a burst of keystrokes yields one publish for the latest text: no fixed debounce timer.
const pending = new Set<string>();
let scheduled = false;

function schedule(uri: string) {
  pending.add(uri);
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => setImmediate(flush));
}

function flush() {
  scheduled = false;
  const uris = [...pending];
  pending.clear();
  for (const uri of uris) publish(uri);
}

function publish(uri: string) {
  const doc = documents.get(uri);
  if (!doc) return;
  let diagnostics;
  try {
    diagnostics = service.diagnostics(doc, configs.configFor(uri));
  } catch (error) {
    // never let one bad file take the server down; say so in the log and keep serving
    connection.console.error(`rollout-plan: could not check ${uri}: ${(error as Error).stack ?? error}`);
    return;
  }
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
}

function revalidateAll() {
  for (const doc of documents.all()) schedule(doc.uri);
}

documents.onDidOpen(e => schedule(e.document.uri));
documents.onDidChangeContent(e => schedule(e.document.uri));
documents.onDidClose(e => {
  pending.delete(e.document.uri);
  service.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

// A changed rollout-plan.config.json re-checks every open plan at once, without reload.
connection.onDidChangeWatchedFiles(() => {
  configs.clear();
  revalidateAll();
});
connection.onDidChangeConfiguration(() => {
  configs.clear();
  revalidateAll();
});

const context: ServerContext = { connection, documents, configs, service: () => service };
for (const feature of FEATURES) feature.register(context);

documents.listen(connection);
connection.listen();
