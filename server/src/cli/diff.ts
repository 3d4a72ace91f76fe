// `rollout-plan diff --base <ref>`: the readiness diff of the plans `check` would select, the
// working tree against the same files at a git ref. No plan logic here: git (node/git) says which
// plans changed and gives their texts at the ref, node/diff-inputs pairs them, the service compares
// and renders. Exit codes: 0; 1 when a `--fail-on` kind was counted; 2 for a usage or git problem
// (not a repository, unknown ref, shallow clone without it, git missing) and, as `check` does for a
// missing path, when a selected plan lies outside the repository (it is named; the others are
// still compared). A plan binary, too large or not a plan at the ref is said in its section.
import fs from 'node:fs';
import path from 'node:path';
import { DIFF_FAIL_KINDS, renderMessage, type DiffFailKind, type DiffInput, type Translate } from '../service';
import { changedPaths, GitError, readAtRef, repositoryRoot, resolveCommit, untrackedPaths } from '../node/git';
import { closest, type OptionSpecs } from './args';
import { startCommand } from './command';
import { basePaths, diffInputs, pairWithBase, type WorkingPlan } from '../node/diff-inputs';
import { CliError, EXIT, type ExitCode } from './exit';
import { globBase, hasMagic, removedFileSelector } from './files';
import type { Io } from './io';
import { writeOutput } from './output';
import { toSlash } from '../node/paths';
import { collectPlans, warnProblems } from './plans';
import { displayPath, fileUri, type Notice } from './results';
import { cliSession, type CliSession } from './workspace';

export const DIFF_OPTIONS: OptionSpecs = {
  'base': { type: 'string', short: 'b' },
  'format': { type: 'string', short: 'f', values: ['markdown', 'json'] },
  'locale': { type: 'string', values: ['en', 'fr', 'plan'] },
  'fail-on': { type: 'string' },
  'output': { type: 'string', short: 'o' },
  'config': { type: 'string', short: 'c' },
  'help': { type: 'boolean', short: 'h' },
};

/** `--fail-on new-errors,slip` → the kinds; an unknown one is a usage error naming the closest. */
export function parseFailOn(t: Translate, value: string | boolean | undefined): DiffFailKind[] {
  if (typeof value !== 'string') return [];
  const known = DIFF_FAIL_KINDS.join(', ');
  return value.split(',').map(k => k.trim()).filter(k => k !== '').map(kind => {
    if ((DIFF_FAIL_KINDS as readonly string[]).includes(kind)) return kind as DiffFailKind;
    const suggestion = closest(kind, DIFF_FAIL_KINDS);
    throw new CliError(suggestion ? t('cli.usage.badFailOnSuggest', { kind, suggestion, known }) : t('cli.usage.badFailOn', { kind, known }));
  });
}

/** A git step: its GitError becomes a usage-class failure (exit 2) in the user's language. */
async function git<T>(t: Translate, step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof GitError) throw new CliError(renderMessage(t, error.reason));
    throw error;
  }
}

/** `abs` relative to the repository's root (through links, as git sees it), or undefined outside it; `abs` need not exist. */
function repoRelative(root: string, abs: string): string | undefined {
  let existing = abs;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const rel = path.relative(root, path.join(fs.realpathSync(existing), path.relative(existing, abs)));
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : toSlash(rel);
}

/** The root-relative folders or files git is asked about: each path, a glob's folder, or the working folder. */
function scopes(root: string, cwd: string, inputs: readonly string[]): string[] {
  const targets = inputs.length === 0 ? [cwd] : inputs.map(arg => {
    const abs = path.resolve(cwd, arg);
    return hasMagic(arg) && !fs.existsSync(abs) ? globBase(cwd, path.posix.normalize(arg.replace(/\\/g, '/'))) : abs;
  });
  return [...new Set(targets.map(abs => repoRelative(root, abs)).filter((rel): rel is string => rel !== undefined))];
}

/** What the service is given: the inputs, the unchanged plans' names, and the problems to report (exit 2). */
export interface DiffSources {
  inputs: DiffInput[];
  unchanged: string[];
  notices: Notice[];
  skipped: string[];
}

/**
 * The plans `positionals` select (as `check` selects them), paired by git with their texts at
 * `base`: changed, renamed, new, deleted. Git problems (not a repository, unknown ref, git missing)
 * are CliErrors; per-plan problems (outside the repository, unreadable) are notices.
 */
export async function diffSources(io: Io, session: CliSession, t: Translate, base: string, positionals: readonly string[]): Promise<DiffSources> {
  const { cwd } = io;
  const root = await git(t, repositoryRoot(cwd));
  const commit = await git(t, resolveCommit(root, base));
  const changes = await git(t, changedPaths(root, commit, scopes(root, cwd, positionals)));

  const collected = await collectPlans(positionals, io, session, (plan): WorkingPlan | { outside: string } => {
    const rel = repoRelative(root, plan.file);
    return rel === undefined ? { outside: plan.file } : { rel, display: plan.display, uri: plan.uri, text: plan.doc.getText() };
  });
  const plans = collected.results.filter((p): p is WorkingPlan => !('outside' in p));
  // a file named on the command line that git deleted since the base is compared, not missing
  const deleted = new Set(changes.flatMap(c => (c.status === 'deleted' ? [c.path] : c.from ? [c.from] : [])).map(rel => path.join(root, rel)));
  const outside = collected.results.flatMap(p => ('outside' in p ? [{ kind: 'io' as const, file: p.outside, message: t('cli.diff.outsideRepository', { root }) }] : []));
  const notices = [...collected.notices.filter(n => !(n.file && deleted.has(n.file))), ...outside];

  const changed = new Set(changes.map(c => c.path));
  const untracked = await git(t, untrackedPaths(root, plans.filter(p => !changed.has(p.rel)).map(p => p.rel)));
  const selectRemoved = await removedFileSelector(positionals, cwd, collected.rulesFor);
  const absolute = (rel: string) => path.join(root, rel);
  const pairing = pairWithBase(plans, changes, untracked, rel => {
    const candidate = selectRemoved(absolute(rel));
    return candidate && { ifPlan: !candidate.byName };
  });
  const atBase = await git(t, readAtRef(root, commit, basePaths(pairing)));
  const inputs = diffInputs(pairing, atBase, { display: rel => displayPath(cwd, absolute(rel)), uri: rel => fileUri(absolute(rel)) });
  return { inputs, unchanged: pairing.unchanged.map(p => p.display), notices, skipped: collected.skipped };
}

export async function runDiff(argv: readonly string[], io: Io): Promise<ExitCode> {
  const started = startCommand(argv, io, DIFF_OPTIONS, 'diff');
  if (!started) return EXIT.ok;
  const { locale, t, options, positionals } = started;
  const base = options.base;
  if (typeof base !== 'string' || base === '') throw new CliError(t('cli.usage.diffNeedsBase'));
  const failOn = parseFailOn(t, options['fail-on']);
  const format = (options.format as 'markdown' | 'json' | undefined) ?? 'markdown';

  const session = cliSession(io.cwd, locale, options.config as string | undefined);
  const sources = await diffSources(io, session, t, base, positionals);
  // said first: the other plans are still compared
  const problems = warnProblems(io, t, sources);
  const result = await session.service.diff(sources.inputs, { format, base, perPlanLocale: options.locale === 'plan', unchanged: sources.unchanged });
  writeOutput(io, t, options.output, result.text);
  if (problems) return EXIT.usage;
  return failOn.some(kind => result.outcome[kind] > 0) ? EXIT.findings : EXIT.ok;
}
