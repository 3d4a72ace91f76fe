// Hover: schema documentation on keys and enum values, the definition behind a reference.
import type { Feature } from './feature';

export const hover: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, documents, service }) {
    connection.onHover((params, token) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || token.isCancellationRequested) return null;
      try {
        return service().hover(doc, params.position);
      } catch (error) {
        connection.console.error(`rollout-plan: hover failed in ${doc.uri}: ${(error as Error).stack ?? error}`);
        return null;
      }
    });
  },
};
