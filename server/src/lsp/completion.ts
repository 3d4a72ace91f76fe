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
      // the service never throws: a failure is logged (ServiceOptions.onError) and answers an empty list
      return doc && !token.isCancellationRequested ? service.completion(doc, params.position) : null;
    });
  },
};
