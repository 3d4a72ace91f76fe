// `rollout-plan` command line: a second front end on the pure language service (./service).
// This file only dispatches commands and turns failures into exit codes; see ./cli/ for the rest.
//   rollout-plan check [paths or globs…] [--format text|json|sarif] …
//   rollout-plan report [paths or globs…] [--format markdown|json|svg] [--locale en|fr|plan] …
//   rollout-plan diff --base <ref> [paths or globs…] [--format markdown|json] [--fail-on <kinds>] …
//   rollout-plan init [file]
// Every word it writes comes from the service's message catalog, in the language of --locale,
// else of LC_ALL, LC_MESSAGES or LANG.
import { version } from '../../package.json';
import { isMainThread } from 'node:worker_threads';
import { runCheck } from './cli/check';
import { serveChecks } from './cli/check-worker';
import { runDiff } from './cli/diff';
import { CliError, EXIT, type ExitCode } from './cli/exit';
import { COMMANDS, helpText, type HelpTopic } from './cli/help';
import { runInit } from './cli/init';
import { processIo, warn, type Io } from './cli/io';
import { commandLocale, translator, type Translate } from './cli/messages';
import { runReport } from './cli/report';

const isCommand = (topic: string): topic is HelpTopic => (COMMANDS as readonly string[]).includes(topic);

async function main(argv: readonly string[], io: Io, t: Translate): Promise<ExitCode> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'report':
      return runReport(rest, io);
    case 'diff':
      return runDiff(rest, io);
    case 'init':
      return runInit(rest, io);
    case '-h': case '--help': case 'help': {
      // `rollout-plan --help --locale fr`: the help in French; the first other word is the topic
      const topic = rest.find((arg, i) => !(arg === '--locale' || arg.startsWith('--locale=') || rest[i - 1] === '--locale'));
      if (topic !== undefined && !isCommand(topic)) throw new CliError(t('cli.usage.noHelp', { topic }));
      io.stdout.write(helpText(t, topic ?? 'main'));
      return EXIT.ok;
    }
    case '-v': case '--version':
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    case undefined:
      throw new CliError(t('cli.usage.missingCommand'));
    default:
      throw new CliError(command.startsWith('-')
        ? t('cli.usage.unknownOption', { option: command })
        : t('cli.usage.unknownCommand', { command }));
  }
}

/** The command named on the command line, its output and its exit code. */
function runProcess(): void {
  const io = processIo();
  const args = process.argv.slice(2);
  // the commands pick their own language from their options; this one is for what happens around them
  const t = translator(commandLocale(args, io.env));
  // `rollout-plan check | head`: a closed pipe ends the output, not the process with a stack trace
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });

  main(args, io, t).then(
    code => { process.exitCode = code; },
    (error: unknown) => {
      if (error instanceof CliError) {
        warn(io, t, error.message);
        process.exitCode = error.exitCode;
      } else {
        const detail = String((error as Error)?.message ?? error);
        warn(io, t, process.env.ROLLOUT_PLAN_DEBUG
          ? t('cli.internalErrorStack', { detail, stack: String((error as Error)?.stack) })
          : t('cli.internalError', { detail }));
        process.exitCode = EXIT.usage;
      }
    },
  );
}

// check's worker threads run this same file (cli/check-pool)
if (isMainThread) runProcess();
else serveChecks();
