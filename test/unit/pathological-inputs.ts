// Generators of the pathological plans of issue 14 (pathological.test.ts): each is small to write
// and used to cost far more than its size (a hang, a stack overflow, a publish of many megabytes).

const HEAD = 'apiVersion: plan-as-code/v1\nkind: RolloutPlan\nmetadata:\n  id: pathological\n  title: Plan pathologique\n';

export interface PhaseShape {
  /** extra lines inside the phase, indented by 4 */
  lines?: string[];
  after?: string[];
  /** every fourth phase is a gate unless told */
  type?: string;
}

/** A plan of `n` phases `p0`…: a chain by default (each after the previous one). */
export function chainPlan(n: number, shape: (i: number) => PhaseShape = () => ({})): string {
  const out = [HEAD, 'people:\n  marie: { name: Marie }\nphases:\n'];
  for (let i = 0; i < n; i++) {
    const { lines = [], after = i > 0 ? [`p${i - 1}`] : [], type = i % 4 === 3 ? 'gate' : 'planning' } = shape(i);
    out.push(`  - id: p${i}\n    type: ${type}\n    title: Phase ${i}\n    owner: marie\n`);
    if (after.length) out.push(`    after: [${after.join(', ')}]\n`);
    for (const line of lines) out.push(`    ${line}\n`);
  }
  return out.join('');
}

/** `levels` maps each merging `fanout` aliases of the previous one: F^L merge sources, a few hundred bytes. */
export function mergeBomb(levels: number, fanout: number): string {
  const items = ['      - &m0 { task: Préparer, owner: marie }'];
  for (let l = 1; l <= levels; l++) items.push(`      - &m${l} { <<: [${Array(fanout).fill(`*m${l - 1}`).join(', ')}] }`);
  return `${HEAD}phases:\n  - id: p0\n    type: planning\n    owner: marie\n    checklist:\n${items.join('\n')}\n`;
}

/** A `people` roster of `n` entries in one top-level map (one piece: yaml's duplicate check was quadratic). */
export function manyPeople(n: number): string {
  const out = [HEAD, 'people:\n'];
  for (let i = 0; i < n; i++) out.push(`  u${i}: { name: Personne ${i} }\n`);
  out.push('phases:\n  - id: p0\n    type: planning\n    owner: u0\n');
  return out.join('');
}

/** Checklist lines of a realistic phase: `tasks` items with owner, due date and state. */
export const taskLines = (tasks: number, prefix = 't') => ['checklist:', ...Array.from({ length: tasks },
  (_, j) => `  - { task: Tâche ${prefix}${j}, id: ${prefix}${j}, owner: marie, due: 2027-01-0${1 + (j % 9)}, done: ${j % 2 === 0} }`)];

/** A plan of about `bytes` bytes: a chain of phases with 20 tasks each. */
export function bigPlan(bytes: number): string {
  const perPhase = chainPlan(2, i => ({ lines: taskLines(20, `x${i}-`) })).length / 2;
  return chainPlan(Math.ceil(bytes / perPhase), i => ({ lines: taskLines(20, `x${i}-`) }));
}

/** One open task (`Tâche <i>`) in phase `i`, unless it is a gate (as `chainPlan` makes every fourth). */
export const openTaskUnlessGate = (i: number) => (i % 4 === 3 ? [] : [`checklist: [{ task: Tâche ${i}, owner: marie }]`]);

/** `n` phases that each depend on the next, the last on the first: one cycle through every phase. */
export const cyclePlan = (n: number) => chainPlan(n, i => ({ after: [`p${(i + 1) % n}`] }));

/** Whole-document mode (an anchor) with `n` phases whose task owner is an alias. */
export const anchoredPlan = (n: number) =>
  chainPlan(n, i => ({ lines: [`checklist: [{ task: Préparer, owner: ${i === 0 ? '&who' : '*who'} marie }]`.replace('*who marie', '*who')] }));

/** `depth` nested flow lists, or nested block lists on one line (`- - - …`), inside a phase. */
export const deepFlow = (depth: number) => chainPlan(1, () => ({ lines: [`objectives: ${'['.repeat(depth)}x${']'.repeat(depth)}`] }));
export const deepBlock = (depth: number) => chainPlan(1, () => ({ lines: ['objectives:', `  ${'- '.repeat(depth)}x`] }));

/** One phase holding `n` lines that are each a YAML syntax error. */
export const manySyntaxErrors = (n: number) => chainPlan(1, () => ({ lines: ['objectives:', ...Array(n).fill('  - a: b: c')] }));
