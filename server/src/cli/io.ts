// The process around a command, injectable so that commands do not reach for globals.
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

export const processIo = (): Io => ({ cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });

/** One line on stderr, prefixed with the command name. */
export const warn = (io: Io, message: string) => io.stderr.write(`rollout-plan: ${message}\n`);
