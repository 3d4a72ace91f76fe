// Quick fixes on the plan's diagnostics. The fixes are computed from the current analysis of the
// document (the diagnostic's code and range find the finding), so they match what is published.
import { CodeActionKind } from 'vscode-languageserver';
import type { Feature } from './feature';

export const codeActions: Feature = {
  capabilities: {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  },
  register({ connection, documents, service }) {
    connection.onCodeAction(params => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.codeActions(doc, params.range, params.context) : null;
    });
  },
};
