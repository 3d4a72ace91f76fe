// Whether an edit of one entry of a map would also change other places of the plan, through a YAML
// anchor: the map (or a map or list holding it) is used elsewhere as `*name`, or merged with
// `<<: *name` into a map that does not set that entry itself. The sidebar then refuses the edit
// instead of ticking three tasks or assigning two phases at once. Only a plan with aliases is walked
// (anchors make the plan parsed as a whole), iteratively: deep input must not overflow the stack.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { isMergeKey } from './nodes';
import type { Segment } from './parse';

interface Place {
  parent?: Node;
  /** the key of the entry (in a map) holding the node */
  key?: string;
}

interface Use {
  /** the map that merges the anchored node with `<<`, or undefined for a plain `*name` */
  mergedInto?: YAMLMap;
}

const keyOf = (key: unknown) => (isScalar(key) && !isMergeKey(key) ? String(key.value) : undefined);

/** The anchor through which setting `key` in `map` would change another place, or undefined. */
export function sharedThrough(seg: Segment, map: YAMLMap, key: string): string | undefined {
  const places = new Map<Node, Place>();
  const uses = new Map<string, Use[]>();
  const stack: [unknown, Place][] = [[seg.doc.contents, {}]];
  while (stack.length > 0) {
    const [node, place] = stack.pop()!;
    if (isAlias(node)) {
      const merge = mergeTarget(place, places);
      uses.set(node.source, [...uses.get(node.source) ?? [], { mergedInto: merge }]);
      continue;
    }
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) continue;
    places.set(node, place);
    if (isSeq(node)) for (const item of node.items) stack.push([item, { parent: node }]);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const merge = isScalar(pair.key) && isMergeKey(pair.key);
        stack.push([pair.value, { parent: node, key: merge ? '<<' : keyOf(pair.key) }]);
      }
    }
  }
  if (uses.size === 0) return undefined;
  // the entry's own value, then the map, then every collection holding it
  const own = map.items.find(p => keyOf(p.key) === key)?.value as Node | undefined;
  if (own?.anchor && uses.has(own.anchor)) return own.anchor;
  let step = key;
  for (let node: Node | undefined = map; node; ) {
    const anchor = node.anchor;
    for (const use of anchor ? uses.get(anchor) ?? [] : []) {
      // merged: the merging map sees the change unless it sets the entry itself
      if (!use.mergedInto || !use.mergedInto.items.some(p => keyOf(p.key) === step)) return anchor;
    }
    const place: Place = places.get(node) ?? {};
    if (place.key !== undefined) step = place.key;
    node = place.parent;
  }
  return undefined;
}

/** The map an alias at `place` is merged into: `<<: *a` or `<<: [*a, *b]`. */
function mergeTarget(place: Place, places: Map<Node, Place>): YAMLMap | undefined {
  if (place.key === '<<' && isMap(place.parent)) return place.parent;
  if (isSeq(place.parent)) {
    const up = places.get(place.parent);
    if (up?.key === '<<' && isMap(up.parent)) return up.parent;
  }
  return undefined;
}
