// `rollout-plan init [file]`: writes the starter plan, never over an existing file.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_STARTER_TITLE, isPlanId, planIdFrom, starterPlan } from '../templates/starter-plan';
import { parseArgs, type OptionSpecs } from './args';
import { CliError, EXIT, type ExitCode } from './exit';
import { describeError } from './files';
import { INIT_HELP } from './help';
import type { Io } from './io';
import { displayPath } from './results';

export const DEFAULT_PLAN_FILE = 'rollout.rollout.yaml';

export const INIT_OPTIONS: OptionSpecs = {
  id: { type: 'string' },
  title: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export function runInit(argv: readonly string[], io: Io): ExitCode {
  const { options, positionals } = parseArgs(argv, INIT_OPTIONS, 'init');
  if (options.help) {
    io.stdout.write(INIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError(`init takes one file, not ${positionals.length}; run rollout-plan init --help`);
  let file = path.resolve(io.cwd, positionals[0] ?? DEFAULT_PLAN_FILE);
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, DEFAULT_PLAN_FILE);
  const shown = displayPath(io.cwd, file);

  const id = (options.id as string | undefined) ?? planIdFrom(path.basename(file));
  if (!isPlanId(id)) throw new CliError(`--id "${id}" is not a valid plan id: use lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`);
  const title = (options.title as string | undefined)?.trim() || DEFAULT_STARTER_TITLE;

  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, starterPlan({ id, title }), { flag: 'wx' }); // wx: fails if the file exists
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${shown} already exists; init never overwrites a file (give another name)`);
    throw new CliError(`cannot write ${shown}: ${describeError(error)}`);
  }
  io.stdout.write(`Created ${shown}. Edit it, then run: rollout-plan check ${/\s/.test(shown) ? `"${shown}"` : shown}\n`);
  return EXIT.ok;
}
