// `rollout-plan init [file]`: writes the starter plan, never over an existing file.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_STARTER_TITLE, isPlanId, planIdFrom } from '../service';
import type { OptionSpecs } from './args';
import { startCommand } from './command';
import { CliError, EXIT, type ExitCode } from './exit';
import { DEFAULT_PLAN_FILE } from './help';
import type { Io } from './io';
import { describeError } from './messages';
import { displayPath } from './results';
import { cliSession } from './workspace';

export const INIT_OPTIONS: OptionSpecs = {
  id: { type: 'string' },
  title: { type: 'string' },
  locale: { type: 'string', values: ['en', 'fr'] },
  help: { type: 'boolean', short: 'h' },
};

export function runInit(argv: readonly string[], io: Io): ExitCode {
  // --locale: the language of the messages (the starter plan itself is in French)
  const started = startCommand(argv, io, INIT_OPTIONS, 'init');
  if (!started) return EXIT.ok;
  const { locale, t, options, positionals } = started;
  if (positionals.length > 1) throw new CliError(t('cli.usage.initOneFile', { count: positionals.length }));
  let file = path.resolve(io.cwd, positionals[0] ?? DEFAULT_PLAN_FILE);
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, DEFAULT_PLAN_FILE);
  const shown = displayPath(io.cwd, file);

  const id = (options.id as string | undefined) ?? planIdFrom(path.basename(file));
  if (!isPlanId(id)) throw new CliError(t('cli.usage.badPlanId', { id }));
  const title = (options.title as string | undefined)?.trim() || DEFAULT_STARTER_TITLE;

  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, cliSession(io.cwd, locale, undefined).service.starterPlan({ id, title }), { flag: 'wx' }); // wx: fails if the file exists
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(t('cli.init.exists', { file: shown }));
    throw new CliError(t('cli.cannotWrite', { file: shown, reason: describeError(t, error) }));
  }
  io.stdout.write(`${t('cli.init.created', { file: shown, arg: /\s/.test(shown) ? `"${shown}"` : shown })}\n`);
  return EXIT.ok;
}
