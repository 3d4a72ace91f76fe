// "Compare with Branch…" on the server side, wiring only: git (node/git) lists the refs and reads
// the plans at the picked one, node/diff-inputs pairs them with the plans as the editor holds them
// (unsaved text included), and the service compares and renders, exactly as `rollout-plan diff`
// does. A git problem comes back as a sentence in the user's language, never as a failed request.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderMessage } from '../service';
import { pathOfUri } from '../node/config-search';
import { basePaths, diffInputs, pairWithBase, type WorkingPlan } from '../node/diff-inputs';
import { changedPaths, GitError, listRefs, readAtRef, repositoryRoot, resolveCommit, untrackedPaths } from '../node/git';
import { toSlash } from '../node/paths';
import { MAX_PLAN_BYTES, readUntrusted } from '../node/untrusted-file';
import {
  CompareMethod, GitRefsMethod, type CompareParams, type CompareResult, type GitRefsParams, type GitRefsResult,
} from '../protocol';
import type { Feature, ServerContext } from './feature';

const PLAN_FILE = /\.rollout\.ya?ml$/;

/** Runs a git step; a GitError becomes `{ error }` worded in the service's language. */
async function orGitError<T>(ctx: ServerContext, run: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitError) return { error: renderMessage(ctx.service.translate, error.reason) };
    throw error;
  }
}

async function compare(ctx: ServerContext, { uri, plans, base }: CompareParams): Promise<CompareResult> {
  const target = pathOfUri(uri);
  if (target === undefined) return { error: renderMessage(ctx.service.translate, { key: 'io.reason.notLocalFile' }) };
  // a plan alone, or every plan the view lists under a folder (and the plans deleted there since the base)
  const onePlan = plans.length === 1 && plans[0] === uri;
  const folder = onePlan ? path.dirname(target) : target;
  return orGitError(ctx, async () => {
    const root = await repositoryRoot(folder);
    const commit = await resolveCommit(root, base);
    const rel = (file: string) => toSlash(path.relative(root, file));
    const inside = (file: string) => !rel(file).startsWith('..') && !path.isAbsolute(rel(file));
    const working: WorkingPlan[] = [];
    for (const plan of plans) {
      const file = pathOfUri(plan);
      if (file === undefined || !inside(file)) continue;
      const text = ctx.documents.get(plan)?.getText() ?? await readUntrusted(file, MAX_PLAN_BYTES).then(r => ('text' in r ? r.text : undefined));
      if (text !== undefined) working.push({ rel: rel(file), display: rel(file), uri: plan, text });
    }
    // the folder, so that git sees renames into the plan's path
    const changes = await changedPaths(root, commit, [rel(folder)]);
    const changed = new Set(changes.map(c => c.path));
    const untracked = await untrackedPaths(root, working.filter(p => !changed.has(p.rel)).map(p => p.rel));
    // an open plan is compared even when git sees no change: its unsaved text may differ from the disk
    const open = working.filter(p => !changed.has(p.rel) && !untracked.has(p.rel) && ctx.documents.get(p.uri));
    const pairing = pairWithBase(working, [...changes, ...open.map(p => ({ status: 'modified' as const, path: p.rel }))], untracked,
      file => (!onePlan && PLAN_FILE.test(file) ? { ifPlan: true } : undefined));
    const atBase = await readAtRef(root, commit, basePaths(pairing));
    const inputs = diffInputs(pairing, atBase, { display: file => file, uri: file => pathToFileURL(path.join(root, file)).href });
    const result = await ctx.service.diff(inputs, { format: 'markdown', base, unchanged: pairing.unchanged.map(p => p.display) });
    return { markdown: result.text, changedPlans: result.changedPlans };
  });
}

export const compareWithBranch: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(GitRefsMethod, async ({ uri }: GitRefsParams): Promise<GitRefsResult> => {
      const file = pathOfUri(uri);
      if (file === undefined) return { error: renderMessage(ctx.service.translate, { key: 'io.reason.notLocalFile' }) };
      return orGitError(ctx, async () => {
        const root = await repositoryRoot(PLAN_FILE.test(file) ? path.dirname(file) : file);
        return { refs: (await listRefs(root)).map(({ name, kind }) => ({ name, kind })) };
      });
    });
    ctx.connection.onRequest(CompareMethod, (params: CompareParams) => compare(ctx, params));
  },
};
