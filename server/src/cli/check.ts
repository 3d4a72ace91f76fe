// `rollout-plan check`: select the files, read them, hand each to the language service with the
// config that applies to it (the same nearest rollout-plan.config.json as the editor), format.
// No plan logic here: every diagnostic comes from RolloutPlanService.
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { version } from '../../../package.json';
import { ConfigStore, loadConfigFile, type LoadedConfig } from '../config-store';
import { CONFIG_FILE, RolloutPlanService, toLocale, type Locale, type PlanConfig } from '../service';
import { nonNegativeInteger, parseArgs, type OptionSpecs } from './args';
import { CliError, EXIT, type ExitCode } from './exit';
import { declaresPlan, describeError, selectFiles, type SelectionRules } from './files';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { CHECK_HELP } from './help';
import { warn, type Io } from './io';
import { tooManyWarnings } from './messages';
import { readEach } from './read';
import { countAll, displayPath, fileUri, type CheckRun, type FileResult, type Notice } from './results';

export const CHECK_OPTIONS: OptionSpecs = {
  'format': { type: 'string', short: 'f', values: ['text', 'json', 'sarif'] },
  'config': { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  'quiet': { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  'locale': { type: 'string', values: ['en', 'fr'] },
  'help': { type: 'boolean', short: 'h' },
};

export function localeFrom(option: string | undefined, env: NodeJS.ProcessEnv): Locale {
  return option ? toLocale(option) : toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Colours only on a terminal, never with --no-color or a non-empty NO_COLOR. */
export const useColor = (io: Io, noColor: boolean) => !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;

/** The config named by --config: it must exist and be readable, or nothing is checked. */
function explicitConfig(cwd: string, file: string): LoadedConfig {
  const abs = path.resolve(cwd, file);
  try {
    if (!fs.statSync(abs).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    fs.accessSync(abs, fs.constants.R_OK);
  } catch (error) {
    throw new CliError(`cannot read config ${file}: ${describeError(error)}`);
  }
  return loadConfigFile(abs);
}

export async function runCheck(argv: readonly string[], io: Io): Promise<ExitCode> {
  const { options, positionals } = parseArgs(argv, CHECK_OPTIONS, 'check');
  if (options.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const { cwd } = io;
  const maxWarnings = nonNegativeInteger('max-warnings', options['max-warnings']);
  const locale = localeFrom(options.locale as string | undefined, io.env);
  const quiet = options.quiet === true;
  const notices: Notice[] = [];

  // configs: the one named by --config, else the nearest one above each plan (cached per folder)
  const fixed = typeof options.config === 'string' ? explicitConfig(cwd, options.config) : undefined;
  const store = new ConfigStore();
  const reported = new Set<string>();
  const loadedFor = (dir: string): LoadedConfig => {
    const loaded = fixed ?? store.loadedFor(fileUri(path.join(dir, CONFIG_FILE)));
    if (loaded.file && loaded.problems.length && !reported.has(loaded.file)) {
      reported.add(loaded.file);
      for (const problem of loaded.problems) notices.push({ kind: 'config', file: loaded.file, message: problem });
    }
    return loaded;
  };
  const rulesFor = (dir: string): SelectionRules => {
    const loaded = loadedFor(dir);
    return { include: loaded.config.include, exclude: loaded.config.exclude, base: loaded.file ? path.dirname(loaded.file) : cwd };
  };
  const configFor = (file: string): PlanConfig => loadedFor(path.dirname(file)).config;

  const selection = await selectFiles(positionals, cwd, rulesFor);
  for (const p of selection.problems) notices.push({ kind: 'io', ...p });

  const service = new RolloutPlanService({ locale });
  const checked: (FileResult | undefined)[] = [];
  const skipped: string[] = [];
  let warnings = 0;
  await readEach(selection.candidates.map(c => c.file), (file, outcome, index) => {
    if ('error' in outcome) {
      notices.push({ kind: 'io', file, message: outcome.error });
      return;
    }
    const candidate = selection.candidates[index];
    if (!candidate.byName && !declaresPlan(outcome.text)) {
      if (candidate.explicit) skipped.push(file);
      return;
    }
    const uri = fileUri(file);
    let diagnostics;
    try {
      diagnostics = service.diagnostics(TextDocument.create(uri, 'rollout-plan', 1, outcome.text), configFor(file));
    } catch (error) {
      notices.push({ kind: 'io', file, message: `could not be checked (internal error: ${(error as Error).message})` });
      return;
    } finally {
      service.forget(uri); // one pass per file: keep memory flat on large trees
    }
    warnings += diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length;
    if (quiet) diagnostics = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error || d.severity === undefined);
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    checked[index] = { file, display: displayPath(cwd, file), uri, diagnostics };
  });

  const results = checked.filter((r): r is FileResult => r !== undefined)
    .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  notices.sort((a, b) => (a.kind === b.kind ? (a.file ?? '').localeCompare(b.file ?? '') : a.kind === 'config' ? -1 : 1));
  const run: CheckRun = { cwd, locale, version, results, notices };
  const format = (options.format as string | undefined) ?? 'text';
  io.stdout.write(format === 'json' ? formatJson(run) : format === 'sarif' ? formatSarif(run) : formatText(run, { color: useColor(io, options['no-color'] === true) }));

  for (const file of skipped) {
    warn(io, `${displayPath(cwd, file)}: not a rollout plan (neither named *.rollout.yaml nor declaring kind: RolloutPlan); skipped`);
  }
  for (const n of notices) warn(io, n.file ? `${displayPath(cwd, n.file)}: ${n.message}` : n.message);

  if (notices.length) return EXIT.usage;
  if (countAll(results).error > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    warn(io, tooManyWarnings(locale, warnings, maxWarnings));
    return EXIT.findings;
  }
  return EXIT.ok;
}
