// The command line's workspace and service: the file system's workspace with the git repository
// root (else the working folder) as the config search's boundary, or the one config --config names
// for every plan. The same root bounds the files listed for programmes: a plan named alone is
// checked with its whole programme, whose file may sit above the working folder (issue 18).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE, createLanguageService, type LanguageService, type Locale, type PlanWorkspace, type ReadResult } from '../service';
import { cliBoundary, type Boundary } from '../node/config-search';
import { createFsWorkspace } from '../node/fs-workspace';

export interface CliSession {
  workspace: PlanWorkspace;
  service: LanguageService;
  /** the config --config names, if any: as typed, and its URI */
  explicitConfig?: { name: string; uri: string };
}

/** One search for `.git` per folder: the files do not change during a run, and a run asks for each plan. */
function runBoundary(cwd: string): Boundary {
  const boundary = cliBoundary(cwd);
  const known = new Map<string, string>();
  return dir => known.get(dir) ?? known.set(dir, boundary(dir)).get(dir)!;
}

/** `compute` memoised by `keyOf` its argument, for the length of a run. */
export function once<T>(keyOf: (uri: string) => string, compute: (uri: string) => Promise<T>): (uri: string) => Promise<T> {
  const known = new Map<string, Promise<T>>();
  return uri => {
    const key = keyOf(uri);
    return known.get(key) ?? known.set(key, compute(uri)).get(key)!;
  };
}

/** the folder of a file's URI (without its `/`): the files of one folder share their nearest config */
export const folderOfUri = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));

/** A path or glob as far as it names a folder: the part before its first glob character. */
const literalPart = (input: string) => input.slice(0, input.search(/[*?[{]|$/));

/**
 * Where the plans that may share a programme with the named ones are listed: the config search's
 * boundary (the git repository root, else the working folder) for the working folder and for each
 * named path outside it. Never above a repository root, so a run lists one repository at most per
 * named place, and never above the working folder outside git.
 */
export function programmeRoots(cwd: string, inputs: readonly string[], boundary: Boundary = cliBoundary(cwd)): string[] {
  const places = [cwd, ...inputs.map(input => path.resolve(cwd, literalPart(input)))];
  const roots = places.map(place => boundary(place === cwd ? cwd : path.dirname(place)));
  // a folder reached from two roots is walked once (fs-workspace)
  return [...new Set(roots)];
}

/**
 * The folder of a plan's implicit programme on the command line (plan-format: "one check run's
 * config root"): the folder of the nearest rollout-plan.config.json at or above it, within the
 * config search's boundary, else the working folder when the plan is under it, else that boundary.
 */
function configRoot(cwd: string, boundary: Boundary): (uri: string) => string | undefined {
  const byDir = new Map<string, string>();
  const rootOf = (dir: string, stop: string): string => {
    const known = byDir.get(dir);
    if (known !== undefined) return known;
    const parent = path.dirname(dir);
    const found = fs.existsSync(path.join(dir, CONFIG_FILE)) ? dir
      : dir === stop || parent === dir ? (cwd === dir || dir.startsWith(cwd + path.sep) || cwd.startsWith(dir + path.sep) ? cwd : dir)
      : rootOf(parent, stop);
    byDir.set(dir, found);
    return found;
  };
  return uri => {
    if (!uri.startsWith('file:')) return undefined;
    const dir = path.dirname(fileURLToPath(uri));
    const root = rootOf(dir, boundary(dir));
    return pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href;
  };
}

export interface SessionExtras {
  /** summaries already made for these texts (check's workers and cache): see PlanWorkspace.knownSummary */
  knownSummary?: PlanWorkspace['knownSummary'];
  /** the run's date, so that every worker of one run checks on the same day */
  today?: string;
  /** keep each file's text for the run once read (check's first pass reads every file, and keeps the texts anyway) */
  readOnce?: boolean;
  /** what check's main thread handed a worker: the run's listing, and the texts it read (else read from disk) */
  handed?: { listing: Promise<readonly string[]>; text: (uri: string) => string | undefined };
}

/** `inputs`: the paths and globs named on the command line, so their programmes are listed too. */
export function cliSession(
  cwd: string, locale: Locale, configOption: string | undefined, inputs: readonly string[] = [], extras: SessionExtras = {},
): CliSession {
  const boundary = runBoundary(cwd);
  const disk = createFsWorkspace({ boundary, roots: () => programmeRoots(cwd, inputs, boundary), readOnThread: true });
  // the files do not change during a run: the tree is walked once, however many programmes ask,
  // the config searched once per folder, and with `readOnce` each file read once (check's first
  // pass, the programme index and the selection all read it)
  const { handed } = extras;
  let listed: Promise<readonly string[]> | undefined;
  const listFiles = () => (listed ??= handed?.listing ?? disk.listFiles());
  const read = async (uri: string): Promise<ReadResult> => {
    const text = handed?.text(uri);
    return text === undefined ? disk.readFile(uri) : { text };
  };
  const readFile = extras.readOnce ? once(uri => uri, read) : read;
  const explicitConfig = configOption === undefined ? undefined : { name: configOption, uri: pathToFileURL(path.resolve(cwd, configOption)).href };
  const workspace: PlanWorkspace = {
    ...disk, listFiles, readFile, folderOf: configRoot(cwd, boundary), knownSummary: extras.knownSummary,
    findConfig: explicitConfig ? async () => explicitConfig.uri : once(folderOfUri, uri => disk.findConfig(uri)),
  };
  const { today } = extras;
  // a debug switch for the bench: the same run parsed by `yaml` alone, whose findings must be the same
  const referenceParse = process.env.ROLLOUT_PLAN_REFERENCE_PARSE === '1';
  return { workspace, service: createLanguageService({ workspace, locale, referenceParse, ...today && { today: () => today } }), explicitConfig };
}
