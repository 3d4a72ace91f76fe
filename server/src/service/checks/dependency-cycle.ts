// `after` links must form a DAG. Each cycle is named in full and reported on every `after`
// entry that belongs to it, since removing any one of them breaks the cycle.
import type { Phase } from '../model';
import type { Check } from './check';

export const dependencyCycle: Check = {
  code: 'dependency-cycle',
  run(ctx) {
    const { phases } = ctx.index;
    for (const component of stronglyConnected(ctx.model.phases, phases)) {
      const members = new Set(component);
      const cycle = cyclePath(component[0], members, phases);
      const names = [...cycle, cycle[0]].map(p => p.id!.value).join(' → ');
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

/** Tarjan's algorithm, iterative so a 1,000-phase chain cannot overflow the stack. Returns cyclic components only. */
function stronglyConnected(all: Phase[], byId: Map<string, Phase>): Phase[][] {
  const index = new Map<Phase, number>();
  const low = new Map<Phase, number>();
  const onStack = new Set<Phase>();
  const stack: Phase[] = [];
  const result: Phase[][] = [];
  let counter = 0;
  const successors = (p: Phase) => p.after.map(r => byId.get(r.value)).filter((q): q is Phase => !!q);
  for (const root of all) {
    if (!root.id || index.has(root)) continue;
    const work: { node: Phase; next: Phase[]; i: number }[] = [];
    const enter = (node: Phase) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: successors(node), i: 0 });
    };
    enter(root);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.next.length) {
        const succ = frame.next[frame.i++];
        if (!index.has(succ)) enter(succ);
        else if (onStack.has(succ)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(succ)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: Phase[] = [];
      let member: Phase;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfLoop = component.length === 1 && successors(component[0]).includes(component[0]);
      if (component.length > 1 || selfLoop) result.push(component.reverse());
    }
  }
  return result;
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
