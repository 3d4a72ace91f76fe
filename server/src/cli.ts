// `rollout-plan` command line: a second front end on the pure language service (./service).
// This file only dispatches commands and turns failures into exit codes; see ./cli/ for the rest.
//   rollout-plan check [paths or globs…] [--format text|json|sarif] …
//   rollout-plan report [paths or globs…] [--format markdown|json] [--locale en|fr|plan] …
//   rollout-plan init [file]
import { version } from '../../package.json';
import { runCheck } from './cli/check';
import { CliError, EXIT, type ExitCode } from './cli/exit';
import { CHECK_HELP, INIT_HELP, MAIN_HELP, REPORT_HELP } from './cli/help';
import { runInit } from './cli/init';
import { processIo, warn, type Io } from './cli/io';
import { runReport } from './cli/report';

const COMMAND_HELP: Record<string, string> = { check: CHECK_HELP, report: REPORT_HELP, init: INIT_HELP };

async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'report':
      return runReport(rest, io);
    case 'init':
      return runInit(rest, io);
    case '-h': case '--help': case 'help': {
      const topic = rest[0];
      if (topic !== undefined && !COMMAND_HELP[topic]) throw new CliError(`no help for "${topic}": the commands are check, report and init`);
      io.stdout.write(topic ? COMMAND_HELP[topic] : MAIN_HELP);
      return EXIT.ok;
    }
    case '-v': case '--version':
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    case undefined:
      throw new CliError('missing command (check, report or init); run rollout-plan --help');
    default:
      throw new CliError(command.startsWith('-')
        ? `unknown option ${command}; run rollout-plan --help`
        : `unknown command "${command}" (the commands are check, report and init); run rollout-plan --help`);
  }
}

const io = processIo();
// `rollout-plan check | head`: a closed pipe ends the output, not the process with a stack trace
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw error;
});

main(process.argv.slice(2), io).then(
  code => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof CliError) {
      warn(io, error.message);
      process.exitCode = error.exitCode;
    } else {
      warn(io, `internal error: ${(error as Error)?.message ?? error}${process.env.ROLLOUT_PLAN_DEBUG ? `\n${(error as Error)?.stack}` : ' (set ROLLOUT_PLAN_DEBUG=1 for details)'}`);
      process.exitCode = EXIT.usage;
    }
  },
);
