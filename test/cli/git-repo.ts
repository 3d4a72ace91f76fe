// Real git repositories in throwaway folders for the diff tests: `git init -b main`, an identity per
// repository, commits of given files. No network: clones use file:// URLs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLEAN, tempTree, write } from './cli-helpers';

/** git in `dir`, with a fixed identity and dates so nothing depends on the machine's config. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z' },
  });
}

/** A repository whose first commit on `main` holds `files`. */
export function repoWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempTree(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Claire Test');
  git(dir, 'config', 'user.email', 'claire@example.test');
  git(dir, 'config', 'core.autocrlf', 'false');
  commitAll(dir, 'base');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

export const remove = (dir: string, rel: string) => fs.rmSync(path.join(dir, rel));
export const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
export { write };

/** The clean example plan, its planning phase ending nine days later. */
export const SLIPPED = CLEAN.replace('end: 2027-01-15', 'end: 2027-01-24');
/** The clean example plan with one more task done (the support process). */
export const TICKED = CLEAN.replace('        due: 2027-01-08\n      - task: Définir le plan de formation', '        due: 2027-01-08\n        done: true\n      - task: Définir le plan de formation');
/** Plain YAML, not a plan. */
export const NOTES = 'title: notes\nitems: [a, b]\n';
/** A YAML syntax error in the middle of a plan. */
export const BROKEN = CLEAN.replace('    title: Planification du pilote\n', '    title: [Planification du pilote\n');
