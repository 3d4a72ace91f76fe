// The language service's workspace in memory, for unit tests: files are a map from URI to text,
// the config is the nearest rollout-plan.config.json in the map at or above the plan's folder,
// and a file can be made unreadable or shown as an open editor's copy.
import type { Message, PlanWorkspace, ReadResult } from '../../server/src/service';

export class MemoryWorkspace implements PlanWorkspace {
  readonly files = new Map<string, string>();
  /** files whose read is refused, with the reason */
  readonly refused = new Map<string, Message>();
  /** open editors: URI → version (their text is the one in `files`) */
  readonly open = new Map<string, number>();
  /** how many times each URI was read */
  readonly reads = new Map<string, number>();

  /** the workspace folders (URIs ending in `/`); none: every file is under one folder */
  readonly folders: string[] = [];

  constructor(files: Record<string, string> = {}) {
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, text);
  }

  async readFile(uri: string): Promise<ReadResult> {
    this.reads.set(uri, (this.reads.get(uri) ?? 0) + 1);
    const refused = this.refused.get(uri);
    if (refused) return { refused };
    const text = this.files.get(uri);
    if (text === undefined) return { refused: { key: 'io.reason.ENOENT' } };
    const version = this.open.get(uri);
    return version === undefined ? { text } : { text, version };
  }

  async findConfig(uri: string): Promise<string | undefined> {
    for (let dir = uri.slice(0, uri.lastIndexOf('/')); dir.includes('/'); dir = dir.slice(0, dir.lastIndexOf('/'))) {
      const candidate = `${dir}/rollout-plan.config.json`;
      if (this.files.has(candidate) || this.refused.has(candidate)) return candidate;
      if (dir.endsWith(':/') || dir.endsWith('//')) break;
    }
    return undefined;
  }

  async listFiles(): Promise<readonly string[]> {
    return [...this.files.keys()].sort();
  }

  folderOf(uri: string): string | undefined {
    if (this.folders.length === 0) return '';
    return this.folders.filter(f => uri.startsWith(f)).sort((a, b) => b.length - a.length)[0];
  }
}
