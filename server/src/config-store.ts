// Finds and caches the rollout-plan.config.json that applies to a plan: the nearest one in the
// plan's folder or a parent folder. Node-only (file system), so it lives outside the pure service.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type PlanConfig } from './service';
import type { Message } from './service/config';

export interface LoadedConfig {
  config: PlanConfig;
  /** the file it came from, if any */
  file?: string;
  /** what was wrong with it, as catalog messages for the front end to render in its language */
  problems: Message[];
}

/** Why a file or folder could not be read, from Node's error code, as a catalog message. */
export function ioReason(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return { key: 'io.reason.ENOENT' };
    case 'EACCES': case 'EPERM': return { key: 'io.reason.EACCES' };
    case 'ELOOP': return { key: 'io.reason.ELOOP' };
    case 'ENOTDIR': return { key: 'io.reason.ENOTDIR' };
    case 'EISDIR': return { key: 'io.reason.EISDIR' };
    case 'EMFILE': case 'ENFILE': return { key: 'io.reason.EMFILE' };
    default: return { key: 'io.reason.other', args: { detail: code ?? (error as Error)?.message ?? String(error) } };
  }
}

export function findConfigFile(startDir: string): string | undefined {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { config: DEFAULT_CONFIG, file, problems: [{ key: 'io.cannotRead', args: { reason: ioReason(error) } }] };
  }
  return { ...parseConfig(text), file };
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

  configFor(uri: string): PlanConfig {
    return this.loadedFor(uri).config;
  }

  /**
   * The config that applies to a plan. A config created, edited or deleted since it was read is read
   * again (a few file-system lookups per call), so no answer depends on when the editor's file
   * events arrive.
   */
  loadedFor(uri: string): LoadedConfig {
    if (!uri.startsWith('file:')) return { config: DEFAULT_CONFIG, problems: [] };
    const dir = path.dirname(fileURLToPath(uri));
    const file = findConfigFile(dir);
    const stamp = file && stampOf(file);
    const cached = this.byDir.get(dir);
    if (cached && cached.file === file && cached.stamp === stamp) return cached.loaded;
    const loaded = file ? loadConfigFile(file) : { config: DEFAULT_CONFIG, problems: [] };
    this.byDir.set(dir, { file, stamp, loaded });
    return loaded;
  }
}
