// rollout-plan.config.json: rule severities and which files are plans. Read by the editor and the
// CLI alike (each front end finds and reads the file; this module only interprets its text).
import { CHECK_CODES, isCheckCode, type CheckCode, type SeveritySetting } from '../checks/codes';
import { globProblem } from './glob';
import type { Message } from '../l10n/translate';

export const CONFIG_FILE = 'rollout-plan.config.json';
export const DEFAULT_INCLUDE = ['**/*.rollout.yaml', '**/*.rollout.yml'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

export interface PlanConfig {
  rules: Partial<Record<CheckCode, SeveritySetting>>;
  include: string[];
  exclude: string[];
}

export const DEFAULT_CONFIG: PlanConfig = { rules: {}, include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };

export interface ConfigResult {
  config: PlanConfig;
  /** what was wrong with the file, as catalog messages (the rest of it still applies) */
  problems: Message[];
}

const SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

export function parseConfig(text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: DEFAULT_CONFIG, problems: [jsonProblem(text, (e as Error).message)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: DEFAULT_CONFIG, problems: [{ key: 'config.notObject' }] };
  }
  const problems: Message[] = [];
  const obj = raw as Record<string, unknown>;
  const rules: PlanConfig['rules'] = {};
  const rawRules = obj.rules;
  if (rawRules !== undefined && (typeof rawRules !== 'object' || rawRules === null || Array.isArray(rawRules))) {
    problems.push({ key: 'config.rulesNotObject' });
  } else {
    for (const [code, setting] of Object.entries(rawRules ?? {})) {
      if (!isCheckCode(code)) problems.push({ key: 'config.unknownCode', args: { code, known: Object.keys(CHECK_CODES).join(', ') } });
      else if (typeof setting !== 'string' || !SETTINGS.has(setting)) problems.push({ key: 'config.badSeverity', args: { code } });
      else rules[code] = setting as SeveritySetting;
    }
  }
  const globs = (key: 'include' | 'exclude', fallback: string[]) => {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) {
      problems.push({ key: 'config.notGlobs', args: { key } });
      return fallback;
    }
    // a pattern the matcher refuses (too complex, unsupported syntax) is dropped, saying why
    return value.filter(pattern => {
      const reason = globProblem(pattern);
      if (reason) problems.push({ key: 'config.badGlob', args: { key, pattern, reason } });
      return !reason;
    });
  };
  return { config: { rules, include: globs('include', DEFAULT_INCLUDE), exclude: globs('exclude', DEFAULT_EXCLUDE) }, problems };
}

/** JSON.parse's own words are English: keep only where it stopped (line and column, 1-based). */
function jsonProblem(text: string, detail: string): Message {
  const at = /at position (\d+)/.exec(detail);
  if (at) {
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1])).split('\n');
    return { key: 'config.notJsonAt', args: { line: before.length, column: before[before.length - 1].length + 1 } };
  }
  return /end of JSON input/.test(detail) ? { key: 'config.notJsonEnd' } : { key: 'config.notJson' };
}

export function severityOf(config: PlanConfig, code: CheckCode): SeveritySetting {
  return config.rules[code] ?? CHECK_CODES[code];
}
