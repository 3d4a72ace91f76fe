// The server's workspace: the file system's (node/fs-workspace.ts), except that a plan open in the
// editor is read as the editor holds it (unsaved changes, with its version).
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanWorkspace } from '../service';

export function openDocumentsFirst(disk: PlanWorkspace, documents: TextDocuments<TextDocument>): PlanWorkspace {
  return {
    async readFile(uri) {
      const open = documents.get(uri);
      return open ? { text: open.getText(), version: open.version } : disk.readFile(uri);
    },
    findConfig: uri => disk.findConfig(uri),
    listFiles: () => disk.listFiles(),
    // the implicit programme of plans without a programme file is their workspace folder's
    folderOf: disk.folderOf && (uri => disk.folderOf!(uri)),
  };
}
