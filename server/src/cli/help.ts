// `--help` texts, one per command, from the message catalog (keys `cli.help.*`) in both languages.
import { CONFIG_FILE, DEFAULT_INCLUDE, DIFF_FAIL_KINDS } from '../service';
import { CACHE_FILE } from './check-cache';
import type { Translate } from '../service';

/** What `rollout-plan init` writes when given no file (or a folder). */
export const DEFAULT_PLAN_FILE = 'rollout.rollout.yaml';

export type HelpTopic = 'main' | 'check' | 'report' | 'diff' | 'init';
export const COMMANDS: readonly HelpTopic[] = ['check', 'report', 'diff', 'init'];

export const helpText = (t: Translate, topic: HelpTopic): string =>
  t(`cli.help.${topic}`, { include: DEFAULT_INCLUDE.join(', '), configFile: CONFIG_FILE, planFile: DEFAULT_PLAN_FILE, failKinds: DIFF_FAIL_KINDS.join(', '), cacheFile: CACHE_FILE });
