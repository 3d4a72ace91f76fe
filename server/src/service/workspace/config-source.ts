// The config that applies to a plan, found and read through the injected workspace and parsed
// once per text: a config edited on disk (or in memory) is seen on the next call, without a
// file watcher, and an unchanged one costs a lookup and a read, not a parse.
import type { Message } from '../l10n/translate';
import { DEFAULT_CONFIG, parseConfig, type PlanConfig } from './config';
import type { PlanWorkspace } from './workspace';

export interface LoadedConfig {
  config: PlanConfig;
  /** the URI of the file it came from, if any */
  uri?: string;
  /** what was wrong with it, as catalog messages for the front end to render in its language */
  problems: Message[];
  /** why the file could not be read at all (then `config` is the default) */
  unreadable?: Message;
}

const NO_CONFIG: LoadedConfig = { config: DEFAULT_CONFIG, problems: [] };

export class ConfigSource {
  /** per config file: the text last read and what it gave, so an unchanged config is the same object */
  private readonly parsed = new Map<string, { text: string; loaded: LoadedConfig }>();

  constructor(private readonly workspace: PlanWorkspace) {}

  async loadedFor(planUri: string): Promise<LoadedConfig> {
    const uri = await this.workspace.findConfig(planUri);
    if (uri === undefined) return NO_CONFIG;
    const read = await this.workspace.readFile(uri);
    if ('refused' in read) {
      this.parsed.delete(uri);
      return { config: DEFAULT_CONFIG, uri, problems: [{ key: 'io.cannotRead', args: { reason: read.refused } }], unreadable: read.refused };
    }
    const cached = this.parsed.get(uri);
    if (cached?.text === read.text) return cached.loaded;
    const loaded = { ...parseConfig(read.text), uri };
    this.parsed.set(uri, { text: read.text, loaded });
    return loaded;
  }
}
