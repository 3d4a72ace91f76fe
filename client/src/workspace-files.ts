// The browser's workspace, answered by the client: the language server in a Web Worker has no file
// system, so it asks (server/src/lsp/client-workspace.ts) and the client reads over
// vscode.workspace.fs, which serves any file system (vscode-vfs:// on github.dev,
// vscode-test-web:// in tests). The rules are the Node workspace's (server/src/node/fs-workspace.ts):
// regular files only, the same size caps and refusal reasons, the config searched up to the plan's
// workspace folder, node_modules and .git never listed.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { MAX_CONFIG_BYTES, MAX_PLAN_BYTES } from '../../server/src/file-limits';
import {
  FindConfigMethod, ListFilesMethod, ReadFileMethod, type FindConfigResult, type ListFilesResult, type ReadResult, type WorkspaceFileParams,
} from '../../server/src/protocol';
import { CONFIG_FILE, type Message } from '../../server/src/service';

/** a bound on the listing, so a huge repository opened on github.dev cannot stall the programmes' scan */
export const MAX_LISTED_FILES = 10_000;
const PLAN_GLOB = '**/*.rollout.{yaml,yml}';
const NEVER_LISTED = '**/{node_modules,.git}/**';

/** The catalog's reason for a file system error (the same keys as Node's error codes). */
function reason(error: unknown): Message {
  switch (error instanceof vscode.FileSystemError ? error.code : undefined) {
    case 'FileNotFound': return { key: 'io.reason.ENOENT' };
    case 'NoPermissions': return { key: 'io.reason.EACCES' };
    case 'FileIsADirectory': return { key: 'io.reason.EISDIR' };
    case 'FileNotADirectory': return { key: 'io.reason.ENOTDIR' };
    default: return { key: 'io.reason.other', args: { detail: (error as Error)?.message ?? String(error) } };
  }
}

const tooLarge = (maxBytes: number): Message => ({ key: 'io.reason.tooLarge', args: { max: Math.round(maxBytes / 1024 / 1024) } });

/** UTF-8 that never fails (invalid bytes become U+FFFD, as the editor shows them), without the byte order mark. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: false });

export async function readWorkspaceFile(uri: vscode.Uri): Promise<ReadResult> {
  const maxBytes = uri.path.endsWith(`/${CONFIG_FILE}`) ? MAX_CONFIG_BYTES : MAX_PLAN_BYTES;
  try {
    // the size is checked before reading, so a huge file is never loaded into the worker
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { refused: { key: 'io.reason.EISDIR' } };
    if (!(stat.type & vscode.FileType.File)) return { refused: { key: 'io.reason.notRegularFile' } };
    if (stat.size > maxBytes) return { refused: tooLarge(maxBytes) };
    const bytes = await vscode.workspace.fs.readFile(uri);
    // a file that grew between the stat and the read
    return bytes.byteLength > maxBytes ? { refused: tooLarge(maxBytes) } : { text: decoder.decode(bytes) };
  } catch (error) {
    return { refused: reason(error) };
  }
}

const isFile = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(s => (s.type & vscode.FileType.File) !== 0, () => false);
const parentOf = (uri: vscode.Uri) => vscode.Uri.joinPath(uri, '..');

/** The nearest config from the plan's folder up to its workspace folder (outside every folder: its own folder only). */
export async function findWorkspaceConfig(plan: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(plan)?.uri;
  for (let dir = parentOf(plan); ; dir = parentOf(dir)) {
    const config = vscode.Uri.joinPath(dir, CONFIG_FILE);
    if (await isFile(config)) return config;
    const atTop = !folder || dir.path === folder.path || !dir.path.startsWith(folder.path) || parentOf(dir).path === dir.path;
    if (atTop) return undefined;
  }
}

export async function listWorkspacePlans(): Promise<vscode.Uri[]> {
  return vscode.workspace.findFiles(PLAN_GLOB, NEVER_LISTED, MAX_LISTED_FILES);
}

/** Answers the browser server's workspace requests. Registered before the client starts. */
export function answerWorkspaceRequests(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(ReadFileMethod, ({ uri }: WorkspaceFileParams) => readWorkspaceFile(vscode.Uri.parse(uri))),
    client.onRequest(FindConfigMethod, async ({ uri }: WorkspaceFileParams): Promise<FindConfigResult> =>
      ({ uri: (await findWorkspaceConfig(vscode.Uri.parse(uri)))?.toString() })),
    client.onRequest(ListFilesMethod, async (): Promise<ListFilesResult> => ({ uris: (await listWorkspacePlans()).map(u => u.toString()) })),
  ];
}
