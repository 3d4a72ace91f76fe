// Which files to check: paths (a file or a folder) and globs from the command line, or every plan
// under the working folder. Folders select the files that the config's `include` globs match
// (relative to the config file's folder) minus its `exclude` globs; `node_modules` and `.git` are
// never entered; symbolic links are followed once (a link back to a visited folder is skipped).
import fs from 'node:fs';
import path from 'node:path';
import { compileGlob, matchesAnyGlob, renderMessage, type Translate } from '../service';
import { describeError } from './messages';
import { toSlash } from '../node/paths';
import { IO_CONCURRENCY, limiter } from './pool';

/** A file's selection rules: globs of the config that applies, relative to `base`. */
export interface SelectionRules {
  include: readonly string[];
  exclude: readonly string[];
  /** the folder the globs are relative to (the config file's folder, else the working folder) */
  base: string;
}

export interface Candidate {
  /** absolute path, as reached (not resolved through links) */
  file: string;
  /** selected as a plan by its name; otherwise it is checked only if its text declares a plan */
  byName: boolean;
  /** named on the command line as a file, so a skip is worth saying */
  explicit: boolean;
}

export interface Problem {
  /** the file or folder concerned (absolute) */
  file?: string;
  /** in the language of the run */
  message: string;
}

export interface Selection {
  candidates: Candidate[];
  problems: Problem[];
}

const NEVER_ENTER = new Set(['node_modules', '.git']);
const PLAN_NAME = /\.rollout\.ya?ml$/i;


export const hasMagic = (pattern: string) => /[*?[\]{}]|[!+@]\(/.test(pattern);

/** The path that `rules` globs see: relative to their base, or to `root` when the file lies outside it. */
function relativeFor(rules: SelectionRules, root: string, file: string): string {
  const rel = path.relative(rules.base, file);
  return toSlash(rel.startsWith('..') || path.isAbsolute(rel) ? path.relative(root, file) : rel);
}

/** Folders that an exclude glob ending in `/**` covers whole need not be entered at all. */
function excludedFolder(rules: SelectionRules, root: string, dir: string): boolean {
  if (NEVER_ENTER.has(path.basename(dir))) return true;
  const rel = relativeFor(rules, root, dir);
  return rel !== '' && matchesAnyGlob(rel, rules.exclude.filter(p => p.endsWith('/**')).map(p => p.slice(0, -3)));
}

/** What a folder selects: the files its config's `include` globs match, minus its `exclude` globs. */
function folderSelects(rules: SelectionRules, root: string, file: string): Candidate | undefined {
  const rel = relativeFor(rules, root, file);
  if (!matchesAnyGlob(rel, rules.include) || matchesAnyGlob(rel, rules.exclude)) return undefined;
  return { file, byName: true, explicit: false };
}

interface GlobInput {
  matcher: { matches(subject: string): boolean };
  /** the pattern is absolute (matched against absolute paths) */
  absolute: boolean;
  /** the folder before the pattern's first magic segment */
  base: string;
  rules: SelectionRules;
}

/** What a glob selects: the files it matches, minus the config's `exclude`; a plan by name, or if its text declares one. */
function globSelects(glob: GlobInput, cwd: string, file: string): Candidate | undefined {
  const subject = glob.absolute ? toSlash(file) : toSlash(path.relative(cwd, file));
  const rel = relativeFor(glob.rules, glob.base, file);
  if (!glob.matcher.matches(subject) || matchesAnyGlob(rel, glob.rules.exclude)) return undefined;
  return { file, byName: PLAN_NAME.test(file) || matchesAnyGlob(rel, glob.rules.include), explicit: false };
}

/** A file named on the command line: a plan by name (or `include`), else if its text declares one. */
const namedFile = (rules: SelectionRules, file: string): Candidate =>
  ({ file, byName: PLAN_NAME.test(file) || matchesAnyGlob(relativeFor(rules, path.dirname(file), file), rules.include), explicit: true });

/** The folder a glob is walked from: its segments before the first one with magic. */
export function globBase(cwd: string, slashed: string): string {
  const segments = slashed.split('/');
  return path.resolve(cwd, segments.slice(0, segments.findIndex(hasMagic)).join('/') || '.');
}

/** Whether a folder between `root` (excluded) and `file` would not have been entered. */
function prunedOnTheWay(rules: SelectionRules, root: string, file: string): boolean {
  for (let dir = path.dirname(file); dir.length > root.length && dir.startsWith(root); dir = path.dirname(dir)) {
    if (excludedFolder(rules, root, dir)) return true;
  }
  return false;
}

const isInside = (file: string, folder: string) => {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/**
 * For files that are no longer on disk (deleted since a git base, the `diff` command): whether
 * `inputs` would have selected each, by the rules `selectFiles` applies, without walking anything.
 * Patterns that cannot be used are reported by `selectFiles` itself.
 */
export async function removedFileSelector(inputs: readonly string[], cwd: string, rulesFor: (dir: string) => Promise<SelectionRules>): Promise<(file: string) => Candidate | undefined> {
  const selectors: ((file: string) => Candidate | undefined)[] = [];
  const folderSelector = async (root: string) => {
    const rules = await rulesFor(root);
    selectors.push(file => (isInside(file, root) && !prunedOnTheWay(rules, root, file) ? folderSelects(rules, root, file) : undefined));
  };
  for (const arg of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, arg);
    const stat = await fs.promises.stat(abs).catch(() => undefined);
    if (stat?.isDirectory()) await folderSelector(abs);
    else if (stat) continue; // a file on disk was not removed
    else if (hasMagic(arg)) {
      const slashed = path.posix.normalize(arg.replace(/\\/g, '/'));
      const matcher = compileGlob(slashed);
      if ('problem' in matcher) continue;
      const base = globBase(cwd, slashed);
      const glob: GlobInput = { matcher, absolute: path.isAbsolute(slashed), base, rules: await rulesFor(base) };
      selectors.push(file => (isInside(file, base) && !prunedOnTheWay(glob.rules, base, file) ? globSelects(glob, cwd, file) : undefined));
    } else {
      const rules = await rulesFor(path.dirname(abs));
      selectors.push(file => (file === abs ? namedFile(rules, abs) : undefined));
    }
  }
  return file => selectors.map(select => select(file)).find(c => c !== undefined);
}

export async function selectFiles(t: Translate, inputs: readonly string[], cwd: string, rulesFor: (dir: string) => Promise<SelectionRules>): Promise<Selection> {
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  const run = limiter(IO_CONCURRENCY);
  const visitedDirs = new Set<string>();
  const add = (candidate: Candidate | undefined) => { if (candidate) candidates.push(candidate); };

  /** Walks `dir`, offering each file to `select`; a link that cannot be followed is a problem only if it would be selected. */
  async function walk(dir: string, prune: (dir: string) => boolean, select: (file: string) => Candidate | undefined): Promise<void> {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = await run(() => fs.promises.realpath(dir));
      if (visitedDirs.has(real)) return; // a link back to a folder already walked (a symlink loop)
      visitedDirs.add(real);
      entries = await run(() => fs.promises.readdir(dir, { withFileTypes: true }));
    } catch (error) {
      problems.push({ file: dir, message: t('io.cannotReadFolder', { reason: describeError(t, error) }) });
      return;
    }
    const subdirs: string[] = [];
    await Promise.all(entries.map(async entry => {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!prune(abs)) subdirs.push(abs);
      } else if (entry.isFile()) {
        add(select(abs));
      } else if (entry.isSymbolicLink()) {
        let stat: fs.Stats;
        try {
          stat = await run(() => fs.promises.stat(abs));
        } catch (error) {
          if (select(abs)) problems.push({ file: abs, message: t('io.cannotRead', { reason: describeError(t, error) }) });
          return;
        }
        if (stat.isDirectory()) {
          if (!prune(abs)) subdirs.push(abs);
        } else if (stat.isFile()) {
          add(select(abs));
        }
      }
    }));
    await Promise.all(subdirs.map(sub => walk(sub, prune, select)));
  }

  async function folder(root: string): Promise<void> {
    const rules = await rulesFor(root);
    await walk(root, dir => excludedFolder(rules, root, dir), file => folderSelects(rules, root, file));
  }

  async function glob(pattern: string): Promise<void> {
    const slashed = path.posix.normalize(pattern.replace(/\\/g, '/'));
    const matcher = compileGlob(slashed);
    if ('problem' in matcher) {
      problems.push({ message: t('cli.badGlob', { pattern, reason: renderMessage(t, matcher.problem) }) });
      return;
    }
    const absolute = path.isAbsolute(slashed);
    const base = globBase(cwd, slashed);
    const rules = await rulesFor(base);
    const before = candidates.length;
    try {
      if (!(await fs.promises.stat(base)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    } catch (error) {
      problems.push({ message: t('cli.noMatchBecause', { pattern, folder: toSlash(path.relative(cwd, base)) || '.', reason: describeError(t, error) }) });
      return;
    }
    await walk(base, dir => excludedFolder(rules, base, dir), file => globSelects({ matcher, absolute, base, rules }, cwd, file));
    if (candidates.length === before) problems.push({ message: t('cli.noMatch', { pattern }) });
  }

  async function input(arg: string): Promise<void> {
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = await fs.promises.stat(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && hasMagic(arg)) return glob(arg);
      problems.push({ file: abs, message: code === 'ENOENT' ? describeError(t, error) : t('io.cannotRead', { reason: describeError(t, error) }) });
      return;
    }
    if (stat.isDirectory()) return folder(abs);
    candidates.push(namedFile(await rulesFor(path.dirname(abs)), abs));
  }

  if (inputs.length === 0) await folder(cwd);
  else for (const arg of inputs) await input(arg);

  // the same file reached twice (named twice, or through a link) is checked once
  const seen = new Set<string>();
  const unique: Candidate[] = [];
  for (const c of candidates) {
    let key = c.file;
    // one realpath(3) call, not an lstat per path component
    try { key = fs.realpathSync.native(c.file); } catch { /* reported when read */ }
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(c);
  }
  return { candidates: unique, problems };
}
