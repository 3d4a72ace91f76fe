// The strongly connected components of a programme's phase graph (Tarjan's algorithm, one pass,
// iterative so a long chain of links cannot overflow the stack). Two phases are on a cycle of
// `after` links exactly when they share a component, and every path between them stays inside it:
// the cycle search looks there only, once per programme rather than once per link over all phases.

export interface PhaseCycles<N> {
  /** the component of a node (an index), undefined for a node not in the graph */
  componentOf(node: N): number | undefined;
  /** the nodes of a component */
  members(component: number): readonly N[];
}

export function phaseCycles<N>(nodes: readonly N[], next: (node: N) => readonly N[]): PhaseCycles<N> {
  const index = new Map<N, number>();
  const low = new Map<N, number>();
  const component = new Map<N, number>();
  const components: N[][] = [];
  const stack: N[] = [];
  const onStack = new Set<N>();
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    // each frame: a node and the rest of its successors to visit
    const frames: { node: N; successors: readonly N[]; at: number }[] = [];
    const enter = (node: N) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      frames.push({ node, successors: next(node), at: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.at < frame.successors.length) {
        const successor = frame.successors[frame.at++];
        if (!index.has(successor)) enter(successor);
        else if (onStack.has(successor)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(successor)!));
        continue;
      }
      frames.pop();
      const { node } = frame;
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(node)!));
      if (low.get(node) !== index.get(node)) continue;
      // the node is its component's root: the component is on the stack above it
      const members: N[] = [];
      let member: N;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.set(member, components.length);
        members.push(member);
      } while (member !== node);
      components.push(members);
    }
  }
  return { componentOf: node => component.get(node), members: c => components[c] };
}
