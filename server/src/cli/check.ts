// `rollout-plan check`: hand each selected plan (./plans) to the language service with the config
// that applies to it (the same nearest rollout-plan.config.json as the editor), format.
// No plan logic here: every diagnostic comes from the language service.
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { version } from '../../../package.json';
import { nonNegativeInteger, type OptionSpecs } from './args';
import { startCommand } from './command';
import { EXIT, type ExitCode } from './exit';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { warn, type Io } from './io';
import { tooManyWarnings } from './messages';
import { collectPlans, warnProblems } from './plans';
import { countAll, type CheckRun, type FileResult } from './results';
import { cliSession } from './workspace';

export const CHECK_OPTIONS: OptionSpecs = {
  'format': { type: 'string', short: 'f', values: ['text', 'json', 'sarif'] },
  'config': { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  'quiet': { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  'locale': { type: 'string', values: ['en', 'fr'] },
  'help': { type: 'boolean', short: 'h' },
};

/** Colours only on a terminal, never with --no-color or a non-empty NO_COLOR. */
export const useColor = (io: Io, noColor: boolean) => !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;

export async function runCheck(argv: readonly string[], io: Io): Promise<ExitCode> {
  // --locale, else the environment: diagnostics and the CLI's own words alike
  const started = startCommand(argv, io, CHECK_OPTIONS, 'check');
  if (!started) return EXIT.ok;
  const { locale, t, options, positionals } = started;
  const { cwd } = io;
  const maxWarnings = nonNegativeInteger(t, 'max-warnings', options['max-warnings']);
  const quiet = options.quiet === true;
  const session = cliSession(cwd, locale, options.config as string | undefined, positionals);
  let warnings = 0;
  const { results, notices, skipped } = await collectPlans(positionals, io, session, async ({ file, display, uri, doc }): Promise<FileResult> => {
    let diagnostics = await session.service.diagnostics(doc);
    warnings += diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length;
    if (quiet) diagnostics = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error || d.severity === undefined);
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const programmeFile = (await session.service.programme(uri)).file?.uri === uri;
    return { file, display, uri, programmeFile, diagnostics };
  });

  const run: CheckRun = { cwd, locale, version, results, notices };
  const format = (options.format as string | undefined) ?? 'text';
  io.stdout.write(format === 'json' ? formatJson(run) : format === 'sarif' ? formatSarif(run) : formatText(run, { color: useColor(io, options['no-color'] === true) }));

  if (warnProblems(io, t, { notices, skipped })) return EXIT.usage;
  if (countAll(results).error > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    warn(io, t, tooManyWarnings(locale, warnings, maxWarnings));
    return EXIT.findings;
  }
  return EXIT.ok;
}
