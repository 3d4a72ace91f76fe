// Where a plan's rollout-plan.config.json is looked for: the nearest one in the plan's folder or a
// parent folder, up to a boundary (the workspace folder in the editor; the git repository root or
// the working folder on the command line), so a config planted higher up (in /tmp, in a home
// folder) never applies. Node-only (file system), so it lives outside the pure service.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE } from '../service';

/**
 * The file path of a `file:` URI, or undefined for any other URI and for one that names no local
 * path (`file://host/share/…` on POSIX, malformed `%` escapes): such a plan is still checked, with
 * the default config.
 */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const isInside = (dir: string, folder: string) => {
  const rel = path.relative(folder, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree or submodule). */
export function gitRootAbove(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** The innermost of `folders` that holds `dir`. */
const innermost = (dir: string, folders: readonly string[]) => folders.filter(f => isInside(dir, f)).sort((a, b) => b.length - a.length)[0];

/** `boundary(dir)`: the last folder searched for the config of a plan in `dir`. */
export type Boundary = (dir: string) => string;

/**
 * Where the editor's search for a plan in `dir` stops: the innermost workspace folder that holds
 * it, else (a plan outside every workspace folder) its git repository root, else `dir` itself.
 */
export const editorBoundary = (folders: () => readonly string[]): Boundary => dir =>
  innermost(dir, folders()) ?? gitRootAbove(dir) ?? dir;

/**
 * Where the command line's search stops: the git repository root above the plan (so a run from a
 * sub-folder still finds the repository's config), else the working folder when it holds the plan,
 * else the plan's folder itself.
 */
export const cliBoundary = (cwd: string): Boundary => dir =>
  gitRootAbove(dir) ?? innermost(dir, [cwd]) ?? dir;

const exists = (file: string) => fs.promises.access(file).then(() => true, () => false);

/** The nearest config from `startDir` up to `stopDir` included (without `stopDir`: up to the root). */
export async function findConfigFile(startDir: string, stopDir?: string): Promise<string | undefined> {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (await exists(candidate)) return candidate;
    if (path.dirname(dir) === dir || (stopDir !== undefined && dir === path.resolve(stopDir))) return undefined;
  }
}
