// Exit codes of the `rollout-plan` command, and the one error type that carries one.
//   0  no error (and warnings within --max-warnings)
//   1  the plans have errors, or more warnings than --max-warnings allows (diff: a --fail-on kind was found)
//   2  a usage, I/O or git problem: unknown flag, missing path, unreadable file, invalid config, unknown ref
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem to report as one line on stderr (never with a stack trace), then exit with `exitCode`; `message` is already in the user's language. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = EXIT.usage) {
    super(message);
  }
}

/** The worse of two outcomes: a usage/I-O problem outranks findings, which outrank success. */
export const worst = (a: ExitCode, b: ExitCode): ExitCode => (Math.max(a, b) as ExitCode);
