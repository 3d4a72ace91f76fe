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
import { describeError, tooManyWarnings, type Translate } from './messages';
import { collectPlans, warnProblems } from './plans';
import { countAll, type CheckRun, type FileResult } from './results';
import { createAnalyser, summarisesFirst, type Analyser, type AnalyserStats } from './analyser';
import { cacheFile } from './cache-location';
import { cacheBuild, loadCache } from './check-cache';
import { knownSummaryOf, type KnownSummaries } from './summary-store';
import { cliSession } from './workspace';

export const CHECK_OPTIONS: OptionSpecs = {
  'format': { type: 'string', short: 'f', values: ['text', 'json', 'sarif'] },
  'config': { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  'quiet': { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  'locale': { type: 'string', values: ['en', 'fr'] },
  'jobs': { type: 'string', short: 'j' },
  'cache': { type: 'boolean' },
  'cache-location': { type: 'string' },
  'help': { type: 'boolean', short: 'h' },
};

/** Colours only on a terminal, never with --no-color or a non-empty NO_COLOR. */
export const useColor = (io: Io, noColor: boolean) => !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;

/** Stops the workers and writes the cache; a cache that cannot be written is said, and the run goes on. */
async function finishAnalysis(io: Io, t: Translate, analyser: Analyser): Promise<AnalyserStats | undefined> {
  try {
    return await analyser.finish();
  } catch (error) {
    warn(io, t, t('cli.cacheNotWritten', { reason: describeError(t, error) }));
    return undefined;
  }
}

export async function runCheck(argv: readonly string[], io: Io): Promise<ExitCode> {
  // --locale, else the environment: diagnostics and the CLI's own words alike
  const started = startCommand(argv, io, CHECK_OPTIONS, 'check');
  if (!started) return EXIT.ok;
  const { locale, t, options, positionals } = started;
  const { cwd } = io;
  const maxWarnings = nonNegativeInteger(t, 'max-warnings', options['max-warnings']);
  const quiet = options.quiet === true;
  const jobs = nonNegativeInteger(t, 'jobs', options.jobs);
  const config = options.config as string | undefined;
  // one day for the whole run, the workers' and the cache key's alike
  const today = new Date().toISOString().slice(0, 10);
  const known: KnownSummaries = new Map();
  const cached = options.cache === true || options['cache-location'] !== undefined;
  const session = cliSession(cwd, locale, config, positionals, { knownSummary: knownSummaryOf(known), today, readOnce: summarisesFirst(jobs, cached) });
  // read only with a cache: hashing the bundle is a cost a run without one does not pay
  const build = cached ? cacheBuild(version) : version;
  const cache = cached
    ? await cacheFile(cwd, options['cache-location'] as string | undefined, config).then(file => ({ file, held: loadCache(file, build) }))
    : undefined;
  const analyser = createAnalyser({ session, known, jobs, cache, version: build, worker: { cwd, locale, config, inputs: positionals, today } });
  let warnings = 0;
  const collected = await collectPlans(positionals, io, session, async (plan): Promise<FileResult> => {
    const { file, display, uri } = plan;
    const analysed = await analyser.resultOf(plan);
    let { diagnostics } = analysed;
    warnings += diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length;
    if (quiet) diagnostics = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error || d.severity === undefined);
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file, display, uri, programmeFile: analysed.programmeFile, diagnostics };
  });
  const stats = await finishAnalysis(io, t, analyser);
  const { results, notices, skipped } = collected;
  if (io.env.ROLLOUT_PLAN_DEBUG && stats) {
    warn(io, t, t('cli.debug.checkStats', { plans: results.length, analysed: stats.analysed, reused: stats.reused, threads: stats.threads }));
  }

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
