// The browser server's workspace: a Web Worker has no file system, so every read, config search and
// listing is a request to the client, which answers over vscode.workspace.fs
// (client/src/workspace-files.ts). A file's folder for programmes is the deepest workspace folder
// holding it, computed here from the folders' URIs.
import type { Connection } from 'vscode-languageserver';
import type { PlanWorkspace } from '../service';
import {
  FindConfigMethod, ListFilesMethod, ReadFileMethod, type FindConfigResult, type ListFilesResult, type ReadResult, type WorkspaceFileParams,
} from '../protocol';

const asFolder = (uri: string) => (uri.endsWith('/') ? uri : `${uri}/`);

export function clientWorkspace(connection: Connection, folders: () => readonly string[]): PlanWorkspace {
  return {
    readFile: uri => connection.sendRequest<ReadResult>(ReadFileMethod, { uri } satisfies WorkspaceFileParams),
    findConfig: async uri => (await connection.sendRequest<FindConfigResult>(FindConfigMethod, { uri } satisfies WorkspaceFileParams)).uri,
    listFiles: async () => (await connection.sendRequest<ListFilesResult>(ListFilesMethod)).uris,
    folderOf(uri) {
      const holding = folders().map(asFolder).filter(folder => uri.startsWith(folder));
      return holding.sort((a, b) => b.length - a.length)[0];
    },
  };
}
