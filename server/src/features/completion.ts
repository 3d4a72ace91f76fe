// Completion: keys, values, references and new list items, from the service. Suggestions appear
// while typing after `:`, a space, `-`, `[` and `,`.
import type { Feature } from './feature';

export const TRIGGER_CHARACTERS = [':', ' ', '-', '[', ','];

export const completion: Feature = {
  capabilities: {
    completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
  },
  register({ connection, documents, service }) {
    connection.onCompletion((params, token) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || token.isCancellationRequested) return null;
      try {
        return service().complete(doc, params.position);
      } catch (error) {
        connection.console.error(`rollout-plan: completion failed in ${doc.uri}: ${(error as Error).stack ?? error}`);
        return null;
      }
    });
  },
};
