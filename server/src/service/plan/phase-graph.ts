// The graph of `after` links between phases: its strongly connected components, found once in
// linear time, serve the cycle check and the readiness view (a phase blocked by a dependency).
import type { Phase } from './model';

/** The phases a phase names in `after` (unknown ids left out). */
export const successors = (phase: Phase, byId: Map<string, Phase>): Phase[] =>
  phase.after.map(r => byId.get(r.value)).filter((q): q is Phase => !!q);

/** Whether a component is a cycle: several phases, or one that names itself. */
export const isCyclic = (component: Phase[], byId: Map<string, Phase>) =>
  component.length > 1 || successors(component[0], byId).includes(component[0]);

/**
 * Whether every `after` names a phase listed earlier: then the list is an order of the graph and
 * it has no cycle. Most plans are written in order, so the cycle check usually stops here, with
 * one pass over the links instead of a component search.
 */
export function listedInOrder(all: Phase[], byId: Map<string, Phase>): boolean {
  const position = new Map<Phase, number>();
  for (let i = 0; i < all.length; i++) position.set(all[i], i);
  for (let i = 0; i < all.length; i++) {
    for (const ref of all[i].after) {
      const target = byId.get(ref.value);
      if (target && position.get(target)! >= i) return false;
    }
  }
  return true;
}

/** Every component of the phases' `after` graph, each after the components it depends on. */
export const stronglyConnected = (all: Phase[], byId: Map<string, Phase>): Phase[][] =>
  components(all, phase => successors(phase, byId));

/**
 * Tarjan's algorithm over any graph, iterative so a 1,000-phase chain cannot overflow the stack.
 * Every component, each after the components it depends on (Tarjan's order).
 */
export function components<N>(all: readonly N[], next: (node: N) => readonly N[]): N[][] {
  const index = new Map<N, number>();
  const low = new Map<N, number>();
  const onStack = new Set<N>();
  const stack: N[] = [];
  const result: N[][] = [];
  let counter = 0;
  for (const root of all) {
    if (index.has(root)) continue;
    const work: { node: N; next: readonly N[]; i: number }[] = [];
    const enter = (node: N) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: next(node), i: 0 });
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
      const component: N[] = [];
      let member: N;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      result.push(component.reverse());
    }
  }
  return result;
}

