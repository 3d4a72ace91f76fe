// The Node server's workspace: desktop VS Code can open a virtual workspace too (GitHub
// Repositories' vscode-vfs://, a remote file system provider), whose files Node cannot read. So
// `file:` URIs are read from the file system and any other is asked of the client, which answers
// over vscode.workspace.fs as it does for the browser's server (./client-workspace.ts).
import type { PlanWorkspace } from '../service';

const isLocal = (uri: string) => uri.startsWith('file:');

/** `clientReadsFiles`: the client answers the workspace requests (another editor's client does not: the file system alone then) */
export function localOrClient(local: PlanWorkspace, client: PlanWorkspace, folders: () => readonly string[], clientReadsFiles: () => boolean): PlanWorkspace {
  const by = (uri: string) => (isLocal(uri) || !clientReadsFiles() ? local : client);
  return {
    readFile: uri => by(uri).readFile(uri),
    findConfig: uri => by(uri).findConfig(uri),
    // the client lists every folder, virtual or not; the file system only when every folder is local (no round trips)
    listFiles: () => (folders().every(isLocal) || !clientReadsFiles() ? local : client).listFiles(),
    folderOf: uri => by(uri).folderOf?.(uri),
  };
}
