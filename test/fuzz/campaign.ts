// The random-edit campaign: from a seed, pick a plan (examples, fixtures), edit it at random, and
// after each edit compare the incremental service (same URI, next version) with a fresh one, and the
// piecewise parse with a whole-document parse where the YAML is valid. A failure is shrunk to the
// fewest versions and the fewest lines and characters that still fail the same way.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../unit/helpers';
import { applyEdit, randomEdit } from './edits';
import { checkPiecewise, checkVersions, freshDiagnostics, IncrementalProbe, isFailure, type Failure } from './oracle';
import { pick, random } from './prng';
import { shrinkParts, ddmin, type Budget } from './shrink';

export interface StartText {
  name: string;
  text: string;
}

const PLAN_DIRS = ['examples', 'test/fixtures', 'test/fixtures/defects', 'test/fixtures/bad-input'];

/** Every plan of the examples and fixtures that is text (the binary fixture is left out). */
export function startTexts(): StartText[] {
  return PLAN_DIRS.flatMap(dir => fs.readdirSync(path.join(ROOT, dir))
    .filter(f => /\.rollout\.ya?ml$/.test(f))
    .map(f => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') }))
    .filter(({ text }) => !text.includes('\0')));
}

export interface Found {
  seed: number;
  start: string;
  /** the versions analysed in turn, the failing one last */
  versions: string[];
  failure: Failure;
}

/** `edits` random edits from `seed`; the first failure, or undefined. */
export function runSeed(seed: number, edits: number, starts: readonly StartText[]): Found | undefined {
  const next = random(seed);
  const start = pick(next, starts);
  const probe = new IncrementalProbe();
  const versions: string[] = [];
  let text = start.text;
  for (let step = 0; step <= edits; step++) {
    // now and then an undo back to an earlier version, which often makes the YAML valid again
    if (step > 0) text = next() < 0.08 ? pick(next, versions) : applyEdit(text, randomEdit(text, next));
    versions.push(text);
    const fresh = freshDiagnostics(text);
    const failure = probe.check(text, fresh) ?? (isFailure(fresh) ? undefined : checkPiecewise(text, fresh));
    if (failure) return { seed, start: start.name, versions, failure };
  }
  return undefined;
}

const check = (failure: Failure, versions: string[]) =>
  failure.kind === 'piecewise' ? checkPiecewise(versions[versions.length - 1]) : checkVersions(versions);

/** The same failure (same kind) on fewer versions and shorter texts. */
export function shrink(found: Found, budget: Budget): Found {
  const kind = found.failure.kind;
  const last = found.versions[found.versions.length - 1];
  const failsWith = (versions: string[]) => check(found.failure, versions)?.kind === kind;
  // the versions before the failing one that are needed to reach it (often just the one before)
  const previous = found.versions.slice(-2, -1);
  const before = failsWith([last]) ? [] : failsWith([...previous, last]) ? previous
    : ddmin(found.versions.slice(0, -1), prefix => failsWith([...prefix, last]), budget);
  let versions = [...before, last];
  if (versions.length <= 2) {
    // shrink the common text and the edit together: before = P + R + S, after = P + I + S
    const parts = versions.length === 1 ? [last] : splitEdit(versions[0], last);
    const join = (p: string[]) => (p.length === 1 ? p : [p[0] + p[1] + p[3], p[0] + p[2] + p[3]]);
    versions = join(shrinkParts(parts, p => failsWith(join(p)), budget));
  }
  return { ...found, versions, failure: check(found.failure, versions) ?? found.failure };
}

/** [common prefix, removed, inserted, common suffix] of two texts. */
function splitEdit(before: string, after: string): string[] {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return [before.slice(0, p), before.slice(p, before.length - s), after.slice(p, after.length - s), before.slice(before.length - s)];
}

/** The repro as it would be pasted into a unit test. */
export function describe(found: Found): string {
  const detail = found.failure.detail.length > 2000 ? `${found.failure.detail.slice(0, 2000)}…` : found.failure.detail;
  const texts = found.versions.map((v, i) => `  version ${i + 1}: ${JSON.stringify(v)}`).join('\n');
  return `seed ${found.seed} (from ${found.start}): ${found.failure.kind}\n${texts}\n${detail}`;
}
