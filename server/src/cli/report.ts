// `rollout-plan report`: the readiness report of the editor's "Export readiness report" (the same
// readinessReport of the service) for the plans that `check` would select, in Markdown or JSON, or
// each plan's timeline as an SVG chart (./report-svg).
// No plan logic here: the command selects and reads the plans (./plans), analyses each with the
// service, and picks the language. A plan with problems is still reported (the report marks
// syntax errors); the exit code is 0 unless a path, a file or a config could not be read (2).
import type { ReportSource } from '../service';
import type { OptionSpecs } from './args';
import { startCommand } from './command';
import { EXIT, type ExitCode } from './exit';
import type { Io } from './io';
import { writeOutput } from './output';
import { collectPlans, warnProblems } from './plans';
import { writeSvgReport } from './report-svg';
import { cliSession } from './workspace';

export const REPORT_OPTIONS: OptionSpecs = {
  'format': { type: 'string', short: 'f', values: ['markdown', 'json', 'svg'] },
  'locale': { type: 'string', values: ['en', 'fr', 'plan'] },
  'output': { type: 'string', short: 'o' },
  'config': { type: 'string', short: 'c' },
  'help': { type: 'boolean', short: 'h' },
};

export async function runReport(argv: readonly string[], io: Io): Promise<ExitCode> {
  // the user's language (--locale en|fr, else the environment; --locale plan: the environment's)
  // for messages, and for the report unless it follows the plans
  const started = startCommand(argv, io, REPORT_OPTIONS, 'report');
  if (!started) return EXIT.ok;
  const { locale: uiLocale, t, options, positionals } = started;
  const perPlan = options.locale === 'plan';
  const format = (options.format as 'markdown' | 'json' | 'svg' | undefined) ?? 'markdown';

  const session = cliSession(io.cwd, uiLocale, options.config as string | undefined, positionals);
  if (format === 'svg') {
    const problems = await writeSvgReport(io, session, { positionals, output: options.output as string | undefined, perPlanLocale: perPlan });
    return problems ? EXIT.usage : EXIT.ok;
  }
  const { results: plans, notices, skipped } = await collectPlans(positionals, io, session,
    ({ display, uri, doc }): ReportSource => ({ name: display, uri, text: doc.getText() }));
  // `--locale plan`: a plan's section follows its metadata.language (fr, fr-CA… → French, anything else → English)
  const text = await session.service.report(plans, { format, perPlanLocale: perPlan });

  const problems = warnProblems(io, t, { notices, skipped });
  writeOutput(io, t, options.output, text);
  return problems ? EXIT.usage : EXIT.ok;
}
