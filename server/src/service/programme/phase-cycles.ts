// The strongly connected components of a programme's phase graph (Tarjan's algorithm, one pass,
// iterative so a long chain of links cannot overflow the stack). Two phases are on a cycle of
// `after` links exactly when they share a component, and every path between them stays inside it:
// the cycle search looks there only, once per programme rather than once per link over all phases.
import { components } from '../plan/phase-graph';

export interface PhaseCycles<N> {
  /** the component of a node (an index), undefined for a node not in the graph */
  componentOf(node: N): number | undefined;
  /** the nodes of a component */
  members(component: number): readonly N[];
  /**
   * The same components with some nodes swapped for others that stand where they stood (an edited
   * plan whose links are unchanged): no search again, the graph is the same but for its objects.
   */
  replaced(swaps: ReadonlyMap<N, N>): PhaseCycles<N>;
}

export function phaseCycles<N>(nodes: readonly N[], next: (node: N) => readonly N[]): PhaseCycles<N> {
  return cyclesOf(components(nodes, next));
}

function cyclesOf<N>(found: readonly (readonly N[])[], known?: Map<N, number>): PhaseCycles<N> {
  const component = known ?? new Map<N, number>();
  if (!known) found.forEach((members, c) => { for (const member of members) component.set(member, c); });
  return {
    componentOf: node => component.get(node),
    members: c => found[c],
    replaced: swaps => {
      const nextFound = [...found];
      const nextComponent = new Map(component);
      const touched = new Set<number>();
      for (const [before, after] of swaps) {
        const c = component.get(before);
        if (c === undefined) continue;
        nextComponent.delete(before);
        nextComponent.set(after, c);
        touched.add(c);
      }
      for (const c of touched) nextFound[c] = found[c].map(n => swaps.get(n) ?? n);
      return cyclesOf(nextFound, nextComponent);
    },
  };
}
