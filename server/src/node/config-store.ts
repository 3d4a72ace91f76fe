// Finds and caches the rollout-plan.config.json that applies to a plan: the nearest one in the
// plan's folder or a parent folder, up to a boundary (the workspace folder in the editor; the git
// repository root or the working folder on the command line), so a config planted higher up (in
// /tmp, in a home folder) never applies. Node-only (file system), so it lives outside the pure service.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type PlanConfig } from '../service';
import type { Message } from '../service/workspace/config';
import { MAX_CONFIG_BYTES, readUntrustedSync } from './untrusted-file';

export { ioReason } from './untrusted-file';

export interface LoadedConfig {
  config: PlanConfig;
  /** the file it came from, if any */
  file?: string;
  /** what was wrong with it, as catalog messages for the front end to render in its language */
  problems: Message[];
  /** why the file could not be read at all (then `config` is the default) */
  unreadable?: Message;
}

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

/**
 * Where the editor's search for a plan in `dir` stops: the innermost workspace folder that holds
 * it, else (a plan outside every workspace folder) its git repository root, else `dir` itself.
 */
export const editorBoundary = (folders: () => readonly string[]) => (dir: string): string =>
  innermost(dir, folders()) ?? gitRootAbove(dir) ?? dir;

/**
 * Where the command line's search stops: the git repository root above the plan (so a run from a
 * sub-folder still finds the repository's config), else the working folder when it holds the plan,
 * else the plan's folder itself.
 */
export const cliBoundary = (cwd: string) => (dir: string): string =>
  gitRootAbove(dir) ?? innermost(dir, [cwd]) ?? dir;

/** The nearest config from `startDir` up to `stopDir` included (without `stopDir`: up to the root). */
export function findConfigFile(startDir: string, stopDir?: string): string | undefined {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir || (stopDir !== undefined && dir === path.resolve(stopDir))) return undefined;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  const read = readUntrustedSync(file, MAX_CONFIG_BYTES);
  if ('refused' in read) return { config: DEFAULT_CONFIG, file, problems: [{ key: 'io.cannotRead', args: { reason: read.refused } }], unreadable: read.refused };
  return { ...parseConfig(read.text), file };
}

/** A config file's version as the file system tells it: any save changes it. */
function stampOf(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'unreadable';
  }
}

export class ConfigStore {
  private readonly byDir = new Map<string, { file?: string; stamp?: string; loaded: LoadedConfig }>();

  /** `boundary(dir)`: the last folder searched for a plan in `dir` (editorBoundary, cliBoundary). */
  constructor(private readonly boundary: (dir: string) => string) {}

  configFor(uri: string): PlanConfig {
    return this.loadedFor(uri).config;
  }

  /**
   * The config that applies to a plan. A config created, edited or deleted since it was read is read
   * again (a few file-system lookups per call), so no answer depends on when the editor's file
   * events arrive.
   */
  loadedFor(uri: string): LoadedConfig {
    const plan = pathOfUri(uri);
    if (plan === undefined) return { config: DEFAULT_CONFIG, problems: [] };
    const dir = path.dirname(plan);
    const file = findConfigFile(dir, this.boundary(dir));
    const stamp = file && stampOf(file);
    const cached = this.byDir.get(dir);
    if (cached && cached.file === file && cached.stamp === stamp) return cached.loaded;
    const loaded = file ? loadConfigFile(file) : { config: DEFAULT_CONFIG, problems: [] };
    this.byDir.set(dir, { file, stamp, loaded });
    return loaded;
  }
}
