// Where a command's document goes: the --output file, else standard output.
import fs from 'node:fs';
import path from 'node:path';
import type { Translate } from '../service';
import { CliError } from './exit';
import type { Io } from './io';
import { describeError } from './messages';
import { displayPath } from './results';

export function writeOutput(io: Io, t: Translate, output: string | boolean | undefined, text: string): void {
  if (typeof output !== 'string') {
    io.stdout.write(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new CliError(t('cli.cannotWrite', { file: displayPath(io.cwd, file), reason: describeError(t, error) }));
  }
}
