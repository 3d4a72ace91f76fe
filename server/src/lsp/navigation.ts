// Go to definition, find all references and rename (with prepareRename) for plan ids, across the
// plans of a programme (a closed plan is read through the workspace).
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { isRefusal } from '../service';
import type { Feature } from './feature';

export const navigation: Feature = {
  capabilities: {
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
  },
  register({ connection, documents, service }) {
    connection.onDefinition(params => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.definition(doc, params.position) : null;
    });
    connection.onReferences(params => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.references(doc, params.position, params.context.includeDeclaration) : null;
    });
    connection.onPrepareRename(params => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const result = service.prepareRename(doc, params.position);
      // an error (rather than null) lets the editor show why this cannot be renamed
      if (isRefusal(result)) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return result;
    });
    connection.onRenameRequest(async params => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const result = await service.rename(doc, params.position, params.newName);
      if (isRefusal(result)) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return result;
    });
  },
};
