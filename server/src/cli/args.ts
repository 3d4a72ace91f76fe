// Command-line arguments: `--flag`, `--flag value`, `--flag=value`, `-h`, and `--` to end options.
// Each command declares its options; anything else is a usage error that names the closest option.
// Usage errors are in the language of `t` (the command's --locale, else the environment's).
import type { Translate } from '../service';
import { CliError } from './exit';

export interface OptionSpec {
  type: 'boolean' | 'string';
  /** one-letter alias, without the dash */
  short?: string;
  /** the allowed values of a string option */
  values?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseArgs(t: Translate, argv: readonly string[], specs: OptionSpecs, command: string): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([name, s]) => [s.short as string, name]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      name = arg.length === 2 ? byShort.get(arg[1]) : undefined;
      if (!name) throw new CliError(t('cli.usage.unknownCommandOption', { option: arg, command }));
    }
    // own options only: `--constructor` or `--__proto__` must not find Object.prototype's members
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      const close = closest(name, Object.keys(specs));
      throw new CliError(close
        ? t('cli.usage.unknownCommandOptionSuggest', { option: `--${name}`, command, suggestion: `--${close}` })
        : t('cli.usage.unknownCommandOption', { option: `--${name}`, command }));
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new CliError(t('cli.usage.takesNoValue', { option: `--${name}` }));
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new CliError(t('cli.usage.needsValue', { option: `--${name}` }));
    if (spec.values && !spec.values.includes(value)) {
      throw new CliError(t('cli.usage.badValue', { option: `--${name}`, values: spec.values.join(', '), value }));
    }
    options[name] = value;
  }
  return { options, positionals };
}

/** `--max-warnings 3` → 3; anything but a whole number ≥ 0 is a usage error. */
export function nonNegativeInteger(t: Translate, name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(t('cli.usage.notWholeNumber', { option: `--${name}`, value }));
  return Number(value);
}

/** The option that `name` was probably meant to be, if one is close. */
export function closest(name: string, known: readonly string[]): string | undefined {
  return known.find(k => k.startsWith(name) || name.startsWith(k) || distance(k, name) <= 2);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
