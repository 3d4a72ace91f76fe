// Workspace symbols (Ctrl+T): plans, phases, criteria and people across the repository's programmes.
import type { Feature } from './feature';

export const workspaceSymbols: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, service }) {
    connection.onWorkspaceSymbol((params, token) => (token.isCancellationRequested ? null : service.workspaceSymbols(params.query)));
  },
};
