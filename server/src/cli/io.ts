// The process around a command, injectable so that commands do not reach for globals.
import type { Translate } from '../service';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

export const processIo = (): Io => ({ cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });

/** One line on stderr, prefixed with the command name (`rollout-plan: …`, `rollout-plan : …` in French). */
export const warn = (io: Io, t: Translate, message: string) => io.stderr.write(`${t('cli.line', { message })}\n`);
