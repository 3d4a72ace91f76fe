// A git repository made on disk for the compare suite (desktop only: it needs git and Node's file
// system). compare.test.ts imports it lazily, so the web bundle carries it without running it.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });

/** A repository at `repo` on branch main whose one commit holds a copy of `plan`. */
export function commitPlan(repo: string, plan: string): void {
  fs.mkdirSync(repo, { recursive: true });
  fs.copyFileSync(plan, path.join(repo, path.basename(plan)));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
  git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'the plan as approved');
}

export function removeRepo(repo: string): void {
  fs.rmSync(repo, { recursive: true, force: true });
}
