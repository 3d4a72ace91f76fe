// rollout-plan.config.json: rule severities and which files are plans. Read by the editor and the
// CLI alike (each front end finds and reads the file; this module only interprets its text).
import { CHECK_CODES, isCheckCode, type CheckCode, type SeveritySetting } from './codes';

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
  /** what was wrong with the file, in plain words (the rest of it still applies) */
  problems: string[];
}

const SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

export function parseConfig(text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: DEFAULT_CONFIG, problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: DEFAULT_CONFIG, problems: ['the file must hold a JSON object'] };
  }
  const problems: string[] = [];
  const obj = raw as Record<string, unknown>;
  const rules: PlanConfig['rules'] = {};
  const rawRules = obj.rules;
  if (rawRules !== undefined && (typeof rawRules !== 'object' || rawRules === null || Array.isArray(rawRules))) {
    problems.push('"rules" must be an object of check codes to severities');
  } else {
    for (const [code, setting] of Object.entries(rawRules ?? {})) {
      if (!isCheckCode(code)) problems.push(`unknown check code "${code}" (known: ${Object.keys(CHECK_CODES).join(', ')})`);
      else if (typeof setting !== 'string' || !SETTINGS.has(setting)) problems.push(`"${code}" must be one of error, warning, information, hint, off`);
      else rules[code] = setting as SeveritySetting;
    }
  }
  const globs = (key: 'include' | 'exclude', fallback: string[]) => {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) return value as string[];
    problems.push(`"${key}" must be a list of glob patterns`);
    return fallback;
  };
  return { config: { rules, include: globs('include', DEFAULT_INCLUDE), exclude: globs('exclude', DEFAULT_EXCLUDE) }, problems };
}

export function severityOf(config: PlanConfig, code: CheckCode): SeveritySetting {
  return config.rules[code] ?? CHECK_CODES[code];
}
