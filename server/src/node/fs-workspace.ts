// The language service's workspace over Node's file system, for the server and the CLI: files are
// read as untrusted input (./untrusted-file: regular files only, a size cap, never blocking), the
// config is the nearest one up to the front end's boundary (./config-search), and the files that
// may be plans are listed under the front end's root folders (node_modules and .git never entered,
// each real folder walked once so a symlink loop ends); a file's folder for programmes is the deepest
// root holding it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE, type PlanWorkspace, type ReadResult } from '../service';
import { findConfigFile, pathOfUri, type Boundary } from './config-search';
import { MAX_CONFIG_BYTES, MAX_PLAN_BYTES, readUntrusted, readUntrustedSync } from './untrusted-file';

export interface FsWorkspaceOptions {
  /** where the config search stops (editorBoundary, cliBoundary) */
  boundary: Boundary;
  /** the folders whose files listFiles gives (the workspace folders, the working folder) */
  roots: () => readonly string[];
  /** read each file on the calling thread (readUntrustedSync): for a front end that has nothing else to do meanwhile */
  readOnThread?: boolean;
}

const NEVER_ENTER = new Set(['node_modules', '.git']);

export function createFsWorkspace({ boundary, roots, readOnThread = false }: FsWorkspaceOptions): PlanWorkspace {
  const read = readOnThread ? readUntrustedSync : readUntrusted;
  return {
    async readFile(uri: string): Promise<ReadResult> {
      const file = pathOfUri(uri);
      if (file === undefined) return { refused: { key: 'io.reason.notLocalFile' } };
      return read(file, path.basename(file) === CONFIG_FILE ? MAX_CONFIG_BYTES : MAX_PLAN_BYTES);
    },
    async findConfig(uri: string): Promise<string | undefined> {
      const plan = pathOfUri(uri);
      if (plan === undefined) return undefined;
      const dir = path.dirname(plan);
      const found = await findConfigFile(dir, boundary(dir));
      return found === undefined ? undefined : pathToFileURL(found).href;
    },
    async listFiles(): Promise<readonly string[]> {
      const files: string[] = [];
      const visited = new Set<string>();
      const walk = async (dir: string): Promise<void> => {
        let entries: fs.Dirent[];
        try {
          const real = await fs.promises.realpath(dir);
          if (visited.has(real)) return;
          visited.add(real);
          entries = await fs.promises.readdir(dir, { withFileTypes: true });
        } catch {
          return; // an unreadable folder holds no plan we can read
        }
        for (const entry of entries) {
          const abs = path.join(dir, entry.name);
          const stat = entry.isSymbolicLink() ? await fs.promises.stat(abs).catch(() => undefined) : entry;
          if (stat?.isDirectory() && !NEVER_ENTER.has(entry.name)) await walk(abs);
          else if (stat?.isFile()) files.push(pathToFileURL(abs).href);
        }
      };
      for (const root of roots()) await walk(root);
      return files.sort();
    },
    folderOf(uri: string): string | undefined {
      const file = pathOfUri(uri);
      if (file === undefined) return undefined;
      // the deepest root holding the file (nested workspace folders)
      const holding = roots().map(r => path.resolve(r)).filter(r => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
      const root = holding.sort((a, b) => b.length - a.length)[0];
      return root === undefined ? undefined : pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href;
    },
  };
}
