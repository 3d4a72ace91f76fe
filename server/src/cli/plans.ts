// What `check` and `report` share: the files they select, the config that applies to each (the one
// named by --config, else the nearest rollout-plan.config.json, as in the editor), reading them,
// and the problems met on the way. Each command only says what to do with one plan's text.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE, declaresPlan, renderMessage, type LanguageService, type PlanConfig, type Translate } from '../service';
import { CliError } from './exit';
import { selectFiles, type SelectionRules } from './files';
import { warn, type Io } from './io';
import { readEach } from './read';
import { displayPath, fileUri, type Notice } from './results';
import type { CliSession } from './workspace';

/** One plan as read from disk, handed to the command. */
export interface PlanFile {
  /** absolute path */
  file: string;
  /** relative to the working folder, forward slashes */
  display: string;
  uri: string;
  doc: TextDocument;
}

export interface Collected<T> {
  /** what the command made of each plan, in the order of their display paths */
  results: T[];
  /** I/O and config problems (config problems first), each naming its file, in the service's language */
  notices: Notice[];
  /** files named on the command line that are not plans */
  skipped: string[];
  /** the selection rules of the config that applies in a folder (what `diff` applies to plans deleted since its base) */
  rulesFor: (dir: string) => Promise<SelectionRules>;
}

/** The config named by --config: it must exist and be readable, or nothing is done. */
async function checkExplicitConfig(t: Translate, service: LanguageService, explicit: { name: string; uri: string }): Promise<void> {
  // every plan's config is the one --config names, so is the config file's own
  const loaded = await service.configFor(explicit.uri);
  if (loaded.unreadable) throw new CliError(t('cli.cannotReadConfig', { file: explicit.name, reason: renderMessage(t, loaded.unreadable) }));
}

/**
 * Selects and reads the plans that `inputs` (paths, folders, globs; none: the working folder) name,
 * through the session's workspace, and hands each to `use`. The service forgets each plan afterwards,
 * so memory stays flat on large trees; an exception from `use` becomes a notice for that file.
 * Problems are worded in the service's language.
 */
export async function collectPlans<T>(
  inputs: readonly string[], io: Io, session: CliSession,
  use: (plan: PlanFile) => T | Promise<T>,
): Promise<Collected<T>> {
  const { cwd } = io;
  const { service, workspace } = session;
  const t = service.translate;
  const notices: Notice[] = [];

  // configs: the one named by --config, else the nearest one above each plan (the session's workspace)
  if (session.explicitConfig) await checkExplicitConfig(t, service, session.explicitConfig);
  const reported = new Set<string>();
  // one lookup per folder: the configs do not change during a run
  const byDir = new Map<string, Promise<{ config: PlanConfig; file?: string }>>();
  const lookUp = async (dir: string): Promise<{ config: PlanConfig; file?: string }> => {
    const loaded = await service.configFor(fileUri(path.join(dir, CONFIG_FILE)));
    const file = loaded.uri === undefined ? undefined : fileURLToPath(loaded.uri);
    if (file && loaded.problems.length && !reported.has(file)) {
      reported.add(file);
      for (const problem of loaded.problems) notices.push({ kind: 'config', file, message: renderMessage(t, problem) });
    }
    return { config: loaded.config, file };
  };
  const loadedFor = (dir: string) => byDir.get(dir) ?? byDir.set(dir, lookUp(dir)).get(dir)!;
  const rulesFor = async (dir: string): Promise<SelectionRules> => {
    const loaded = await loadedFor(dir);
    return { include: loaded.config.include, exclude: loaded.config.exclude, base: loaded.file ? path.dirname(loaded.file) : cwd };
  };

  const selection = await selectFiles(t, inputs, cwd, rulesFor);
  for (const p of selection.problems) notices.push({ kind: 'io', ...p });

  const done: ({ display: string; result: T } | undefined)[] = [];
  const skipped: string[] = [];
  await readEach(t, workspace, selection.candidates.map(c => c.file), async (file, outcome, index) => {
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
    const display = displayPath(cwd, file);
    try {
      const doc = TextDocument.create(uri, 'rollout-plan', 1, outcome.text);
      await loadedFor(path.dirname(file)); // its problems are notices
      done[index] = { display, result: await use({ file, display, uri, doc }) };
    } catch (error) {
      notices.push({ kind: 'io', file, message: t('cli.notChecked', { detail: (error as Error).message }) });
    } finally {
      service.forget(uri);
    }
  });

  const results = done.filter((d): d is { display: string; result: T } => d !== undefined)
    .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))
    .map(d => d.result);
  notices.sort((a, b) => (a.kind === b.kind ? (a.file ?? '').localeCompare(b.file ?? '') : a.kind === 'config' ? -1 : 1));
  return { results, notices, skipped, rulesFor };
}

/** Says on stderr which named files were skipped and what went wrong; true when something did (exit 2). */
export function warnProblems(io: Io, t: Translate, { notices, skipped }: Pick<Collected<unknown>, 'notices' | 'skipped'>): boolean {
  for (const file of skipped) warn(io, t, t('cli.fileProblem', { file: displayPath(io.cwd, file), message: t('cli.notAPlan') }));
  for (const n of notices) warn(io, t, n.file ? t('cli.fileProblem', { file: displayPath(io.cwd, n.file), message: n.message }) : n.message);
  return notices.length > 0;
}
