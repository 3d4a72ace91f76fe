// The plan's structure for the editor: document symbols (outline, breadcrumbs, Go to Symbol),
// folding ranges and selection ranges.
import type { Feature } from './feature';

export const outline: Feature = {
  capabilities: {
    documentSymbolProvider: { label: 'Rollout plan' },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
  },
  register({ connection, documents, service }) {
    connection.onDocumentSymbol(params => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.documentSymbols(doc) : null;
    });
    connection.onFoldingRanges(params => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.foldingRanges(doc) : null;
    });
    connection.onSelectionRanges(params => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.selectionRanges(doc, params.positions) : null;
    });
  },
};
