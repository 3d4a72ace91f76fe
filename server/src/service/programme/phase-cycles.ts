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
}

export function phaseCycles<N>(nodes: readonly N[], next: (node: N) => readonly N[]): PhaseCycles<N> {
  const found = components(nodes, next);
  const component = new Map<N, number>();
  found.forEach((members, c) => { for (const member of members) component.set(member, c); });
  return { componentOf: node => component.get(node), members: c => found[c] };
}
