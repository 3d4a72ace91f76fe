// Hover: schema documentation on keys and enum values, the definition behind a reference.
import type { Feature } from './feature';

export const hover: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, documents, service }) {
    connection.onHover((params, token) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && !token.isCancellationRequested ? service.hover(doc, params.position) : null;
    });
  },
};
