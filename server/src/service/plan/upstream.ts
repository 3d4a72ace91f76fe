// What each phase depends on through `after`, transitively, as a capped list of items (a gate's
// reasons). Gathered once per phase, over the strongly connected components of the `after` graph
// with dependencies first, by merging the capped lists of the phases it names: phases × cap, where
// a walk of each gate's dependencies cost gates × phases (and listed gates × items).
import type { Phase } from './model';
import { stronglyConnected, successors } from './phase-graph';

/**
 * For every phase, the first `limit` items of the phases it depends on, itself excluded: for each
 * `after` entry, last first, that phase's own items and then what it depends on, each item once
 * (the order of a depth-first walk of the dependencies, so nearest first along a chain). In a
 * cycle, the other members come first, in plan order, then what the cycle depends on.
 * `own(p, limit)` gives the first `limit` items of a phase itself.
 */
export function upstreamItems<T>(phases: Phase[], byId: Map<string, Phase>, own: (p: Phase, limit: number) => T[], limit: number): Map<Phase, T[]> {
  const planOrder = new Map(phases.map((p, i) => [p, i]));
  /** a phase's own items, then what it depends on: what a phase naming it in `after` inherits */
  const through = new Map<Phase, T[]>();
  const upstream = new Map<Phase, T[]>();
  for (const component of stronglyConnected(phases, byId)) {
    const members = component.length > 1 ? [...component].sort((a, b) => planOrder.get(a)! - planOrder.get(b)!) : component;
    const inside = new Set(members);
    // the phases outside the component that its members name have their lists already (dependencies first)
    const outside = merge(members.flatMap(m => successors(m, byId).reverse().filter(q => !inside.has(q)).map(q => through.get(q)!)), limit);
    const owned = members.map(m => ({ phase: m, items: own(m, limit) }));
    // skipping one member's block, limit + 1 non-empty blocks still give `limit` items
    const blocks = owned.filter(block => block.items.length > 0).slice(0, limit + 1);
    for (const { phase, items: ownItems } of owned) {
      const items = merge([...blocks.filter(block => block.phase !== phase).map(block => block.items), outside], limit);
      upstream.set(phase, items);
      through.set(phase, merge([ownItems, items], limit));
    }
  }
  return upstream;
}

/** The first `limit` distinct items of the lists, in order. */
function merge<T>(lists: T[][], limit: number): T[] {
  if (lists.length === 1 && lists[0].length <= limit) return lists[0];
  const out: T[] = [];
  const seen = new Set<T>();
  for (const list of lists) {
    for (const item of list) {
      if (out.length === limit) return out;
      if (!seen.has(item)) {
        seen.add(item);
        out.push(item);
      }
    }
  }
  return out;
}
