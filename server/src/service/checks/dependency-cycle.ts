// `after` links must form a DAG. Each cycle is named and reported on every `after` entry that
// belongs to it, since removing any one of them breaks the cycle. A long cycle is named by its
// first MAX_CYCLE_STEPS phases and a count: spelled in full on each of its 2,000 links, it made a
// 31 MB publish.
import type { Translate } from '../l10n/translate';
import type { Phase } from '../plan/model';
import { isCyclic, listedInOrder, stronglyConnected } from '../plan/phase-graph';
import type { Check } from './check';

export const MAX_CYCLE_STEPS = 10;

export const dependencyCycle: Check = {
  code: 'dependency-cycle',
  run(ctx) {
    const { phases } = ctx.index;
    if (listedInOrder(ctx.model.phases, phases)) return;
    for (const component of stronglyConnected(ctx.model.phases, phases)) {
      if (!isCyclic(component, phases)) continue;
      const members = new Set(component);
      const cycle = cyclePath(component[0], members, phases);
      const names = cycleName(ctx.t, cycle.map(p => p.id!.value));
      for (const phase of component) {
        for (const ref of phase.after) {
          const target = phases.get(ref.value);
          if (!target || !members.has(target)) continue;
          ctx.report({
            code: 'dependency-cycle',
            loc: ref.loc,
            message: ctx.t('dependency-cycle', { cycle: names }),
            related: [{ loc: target.id!.loc, message: ctx.t('related.cycleLink', { from: phase.id!.value, to: target.id!.value }) }],
          });
        }
      }
    }
  },
};

/** `a → b → c → a`, or past MAX_CYCLE_STEPS phases `a → b → … → j … and 40 more`. */
function cycleName(t: Translate, ids: string[]): string {
  if (ids.length <= MAX_CYCLE_STEPS) return [...ids, ids[0]].join(' → ');
  return t('dependency-cycle.more', { steps: ids.slice(0, MAX_CYCLE_STEPS).join(' → '), count: ids.length - MAX_CYCLE_STEPS });
}

/** The shortest cycle through `start` inside its component (breadth-first along `after` links). */
function cyclePath(start: Phase, members: Set<Phase>, byId: Map<string, Phase>): Phase[] {
  const parent = new Map<Phase, Phase>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    for (const ref of current.after) {
      const next = byId.get(ref.value);
      if (!next || !members.has(next)) continue;
      if (next === start) {
        const path = [current];
        while (path[0] !== start) path.unshift(parent.get(path[0])!);
        return path;
      }
      if (!parent.has(next)) {
        parent.set(next, current);
        queue.push(next);
      }
    }
  }
  return [start];
}
