// What the readiness diff needs from git, for the CLI's `diff` and the editor's "Compare with
// Branch…" alike (no command-line concern here): the repository's root, a ref resolved to a commit
// (with how to fetch it in a shallow clone), the paths changed since that commit in the working
// tree, the refs a user can pick, and files' texts at the commit. Paths are relative to the root,
// with forward slashes, as git writes them; `-z` everywhere, so spaces, quotes and unicode are kept.
import fs from 'node:fs';
import { MAX_PLAN_BYTES } from './untrusted-file';
import { readBlobs, type BlobRead, type BlobRef } from './git-blobs';
import { GitError, gitDetail, gitOutput, runGit, splitNul } from './git-run';

export { GitError } from './git-run';
export type { BlobRead } from './git-blobs';

/** The working tree's top folder (its real path), or a GitError when `cwd` is not inside one. */
export async function repositoryRoot(cwd: string): Promise<string> {
  const run = await runGit(cwd, ['rev-parse', '--show-toplevel']);
  const root = run.stdout.toString('utf8').trim();
  if (run.code !== 0 || root === '') {
    const detail = gitDetail(run.stderr);
    throw new GitError(/not a git repository/i.test(detail) || root === ''
      ? { key: 'git.notARepository', args: { folder: cwd } }
      : { key: 'git.failed', args: { command: 'rev-parse', detail } });
  }
  return fs.realpathSync(root);
}

/** Whether the repository holds only part of its history (`git clone --depth=1`, actions/checkout's default). */
export async function isShallow(root: string): Promise<boolean> {
  return (await gitOutput(root, ['rev-parse', '--is-shallow-repository'])).toString('utf8').trim() === 'true';
}

/**
 * How to get `ref` into a shallow clone, and the base to name then: `origin/main` is `main` on the
 * remote `origin`; any other name is fetched from `origin` as a remote branch. The destination is
 * spelled out because a shallow clone is single-branch: a bare `git fetch origin main` would only
 * set FETCH_HEAD.
 */
async function fetchHint(root: string, ref: string): Promise<{ fetch: string; base: string }> {
  const remotes = splitLines(await gitOutput(root, ['remote']));
  const remote = remotes.find(r => ref.startsWith(`${r}/`)) ?? 'origin';
  const branch = ref.startsWith(`${remote}/`) ? ref.slice(remote.length + 1) : ref;
  return { fetch: `git fetch --depth=1 ${remote} ${branch}:refs/remotes/${remote}/${branch}`, base: `${remote}/${branch}` };
}

/** The commit `ref` names (a branch, tag, remote branch, `HEAD~3`, a hash); a GitError saying how to fetch it when the clone is shallow. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  // a ref starting with a dash would be read as an option
  const run = ref.startsWith('-') ? undefined : await runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const commit = run?.code === 0 ? run.stdout.toString('utf8').trim() : '';
  if (commit) return commit;
  if (await isShallow(root)) throw new GitError({ key: 'git.unknownRefShallow', args: { ref, ...(await fetchHint(root, ref)) } });
  throw new GitError({ key: 'git.unknownRef', args: { ref } });
}

export interface PathChange {
  status: 'added' | 'deleted' | 'modified' | 'renamed';
  /** the path in the working tree (for a deletion: the path it had) */
  path: string;
  /** a rename's path at the commit */
  from?: string;
}

const STATUS: Record<string, PathChange['status'] | undefined> = { A: 'added', D: 'deleted', M: 'modified', T: 'modified', R: 'renamed' };

/** `git diff --name-status -z` output: `M\0path\0`, `R100\0from\0to\0`… (copies are not asked for; unmerged paths count as modified). */
export function parseNameStatus(fields: readonly string[]): PathChange[] {
  const changes: PathChange[] = [];
  for (let i = 0; i < fields.length;) {
    const letter = fields[i][0];
    if (letter === 'R' || letter === 'C') {
      changes.push({ status: letter === 'R' ? 'renamed' : 'added', path: fields[i + 2], ...(letter === 'R' ? { from: fields[i + 1] } : {}) });
      i += 3;
    } else {
      changes.push({ status: STATUS[letter] ?? 'modified', path: fields[i + 1] });
      i += 2;
    }
  }
  return changes;
}

/** Pathspecs for root-relative folders or files, taken literally (a `*` in a name is a `*`); '' is the whole repository. */
const pathspecs = (paths: readonly string[]) => paths.map(p => (p === '' ? ':(top)' : `:(top,literal)${p}`));

/**
 * What changed between `commit` and the working tree (staged or not) under `scopes` (root-relative
 * folders or files, '' for the whole repository), renames detected. Untracked files are not in it:
 * see `untrackedPaths`.
 */
export async function changedPaths(root: string, commit: string, scopes: readonly string[]): Promise<PathChange[]> {
  if (scopes.length === 0) return [];
  const out = await gitOutput(root, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-relative', commit, '--', ...pathspecs(scopes)]);
  return parseNameStatus(splitNul(out));
}

/** Argument lists stay far below the system's limit, whatever the number of plans. */
const CHUNK = 500;
const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** Which of `paths` (root-relative files) git does not track: new plans not yet added (ignored ones included: they are not at any commit either). */
export async function untrackedPaths(root: string, paths: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunks(paths)) {
    for (const p of splitNul(await gitOutput(root, ['ls-files', '-z', '--others', '--', ...pathspecs(chunk)]))) found.add(p);
  }
  return found;
}

export interface GitRef {
  /** as a user types it: `main`, `v1.2`, `origin/main` */
  name: string;
  kind: 'branch' | 'tag' | 'remote';
  /** the object the ref points at (a commit, or an annotated tag) */
  object: string;
}

const splitLines = (bytes: Buffer) => bytes.toString('utf8').split('\n').filter(l => l !== '');
const REF_KINDS = [['refs/heads/', 'branch'], ['refs/tags/', 'tag'], ['refs/remotes/', 'remote']] as const;

/** The branches, tags and remote branches of the repository at `cwd`, for a picker (symbolic refs such as `origin/HEAD` left out). */
export async function listRefs(cwd: string): Promise<GitRef[]> {
  const out = await gitOutput(cwd, ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(symref)', ...REF_KINDS.map(([prefix]) => prefix)]);
  return splitLines(out).flatMap(line => {
    const [full, object, symref] = line.split('\0');
    const kind = REF_KINDS.find(([prefix]) => full.startsWith(prefix));
    return kind && !symref ? [{ name: full.slice(kind[0].length), kind: kind[1], object }] : [];
  });
}

interface TreeEntry extends BlobRef {
  mode: string;
  type: string;
}

/** `ls-tree -l -z` lines: `<mode> <type> <oid> <size>\t<path>`. */
async function treeEntries(root: string, commit: string, paths: readonly string[]): Promise<Map<string, TreeEntry>> {
  const entries = new Map<string, TreeEntry>();
  for (const chunk of chunks(paths)) {
    const out = await gitOutput(root, ['--literal-pathspecs', 'ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', ...chunk]);
    for (const line of splitNul(out)) {
      const tab = line.indexOf('\t');
      const [mode, type, oid, size] = line.slice(0, tab).split(/ +/);
      entries.set(line.slice(tab + 1), { mode, type, oid, size: Number(size) || 0 });
    }
  }
  return entries;
}

/** Why a tree entry is not read as a plan: a link or a submodule, or past the plan size cap. */
function refusal(entry: TreeEntry): BlobRead | undefined {
  if (entry.type !== 'blob' || entry.mode === '120000') return { refused: { key: 'io.reason.notRegularFile' } };
  if (entry.size > MAX_PLAN_BYTES) return { refused: { key: 'io.reason.tooLarge', args: { max: Math.round(MAX_PLAN_BYTES / 1024 / 1024) } } };
  return undefined;
}

/**
 * The texts of `paths` (root-relative files) at `commit`, read in one `git cat-file --batch`: each
 * a text, or why it was refused (binary, too large, not a file); a path that did not exist at the
 * commit is absent from the map.
 */
export async function readAtRef(root: string, commit: string, paths: readonly string[]): Promise<Map<string, BlobRead>> {
  const entries = await treeEntries(root, commit, [...new Set(paths)]);
  const texts = new Map<string, BlobRead>();
  const wanted: [string, TreeEntry][] = [];
  for (const p of paths) {
    const entry = entries.get(p);
    if (!entry) continue;
    const refused = refusal(entry);
    if (refused) texts.set(p, refused);
    else wanted.push([p, entry]);
  }
  const blobs = await readBlobs(root, wanted.map(([, e]) => e));
  for (const [p, entry] of wanted) {
    const read = blobs.get(entry.oid);
    if (read) texts.set(p, read);
  }
  return texts;
}
