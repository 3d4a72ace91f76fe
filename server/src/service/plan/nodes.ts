// Small readers over `yaml` nodes that follow aliases and `<<` merge keys, so the model sees
// what the YAML means, not how it is spelled.
import { isAlias, isMap, isScalar, isSeq, type Alias, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { nodeLoc, placedValue, type Loc, type Segment } from './parse';

export interface Str {
  value: string;
  loc: Loc;
}

/** `<<` parses to a Scalar holding a symbol when merge keys are enabled. */
export const isMergeKey = (key: Scalar) => typeof key.value === 'symbol' || key.source === '<<';

export function resolve(seg: Segment, node: unknown): Node | null {
  // one level is enough: an alias cannot carry an anchor, so it never names another alias
  if (isAlias(node)) return aliasTargets(seg).get(node) ?? null;
  return (node as Node | null) ?? null;
}

/**
 * The node each alias of the segment names: the last node anchored with its name before it (what
 * yaml's `Alias.resolve` finds by walking the whole document for every alias, which made a plan
 * with 2,000 aliases quadratic). One walk per parsed segment, in yaml's visit order.
 */
function aliasTargets(seg: Segment): Map<Alias, Node> {
  return seg.remember('nodes:aliases', () => {
    const targets = new Map<Alias, Node>();
    const anchors = new Map<string, Node>();
    const stack: unknown[] = [seg.doc.contents];
    while (stack.length > 0) {
      const node = stack.pop();
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (isMap(node) || isSeq(node) || isScalar(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        // pushed in reverse, so popped in order: items first to last, a pair's key before its value
        if (isMap(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i].value, node.items[i].key);
        if (isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      }
    }
    return targets;
  });
}

/** The pair for `key` in a map, looking through `<<` merges (nearest wins, as in YAML 1.1). */
export function pairOf(seg: Segment, map: YAMLMap, key: string): Pair | undefined {
  let merges = false;
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    if (isMergeKey(pair.key)) merges = true;
    else if (String(pair.key.value) === key) return pair;
  }
  return merges ? mergedPairs(seg, map).get(key) : undefined;
}

/** Merge chains longer than this are cut (they are alias chains, reported past MAX_ALIASES). */
const MAX_MERGE_DEPTH = 100;

/**
 * The pairs a map gets through its `<<` merges, by key: the first source that has the key wins, a
 * source's own keys before what it merges. Memoised per map, so nested `<<: [*a, *a, …]` costs one
 * visit per map, not one per path through the merges (a 600-byte bomb took 7 s, 670 bytes 79 s).
 */
function mergedPairs(seg: Segment, map: YAMLMap, depth = 0): Map<string, Pair> {
  const memo = seg.remember('nodes:merged', () => new Map<YAMLMap, Map<string, Pair>>());
  let merged = memo.get(map);
  if (merged) return merged;
  merged = new Map();
  memo.set(map, merged); // before filling it: a map that merges itself adds nothing more
  if (depth >= MAX_MERGE_DEPTH) return merged;
  for (const pair of map.items) {
    if (!isScalar(pair.key) || !isMergeKey(pair.key)) continue;
    for (const source of mergeSources(seg, pair.value)) {
      for (const own of source.items) {
        if (!isScalar(own.key) || isMergeKey(own.key)) continue;
        const name = String(own.key.value);
        if (!merged.has(name)) merged.set(name, own);
      }
      for (const [name, inherited] of mergedPairs(seg, source, depth + 1)) if (!merged.has(name)) merged.set(name, inherited);
    }
  }
  return merged;
}

function mergeSources(seg: Segment, value: unknown): YAMLMap[] {
  const node = resolve(seg, value);
  if (isMap(node)) return [node];
  if (isSeq(node)) return node.items.map(i => resolve(seg, i)).filter((n): n is YAMLMap => isMap(n));
  return [];
}

export function valueOf(seg: Segment, map: YAMLMap | null, key: string): Node | null {
  if (!map) return null;
  const pair = pairOf(seg, map, key);
  return pair ? resolve(seg, pair.value) : null;
}

export function keyLoc(seg: Segment, map: YAMLMap, key: string): Loc | undefined {
  const pair = pairOf(seg, map, key);
  return pair && isScalar(pair.key) ? nodeLoc(seg, pair.key) : undefined;
}

/** From a pair's key to the end of its value: the "entry" a diagnostic about that key covers. */
export function entryLoc(seg: Segment, pair: Pair): Loc | undefined {
  if (!isScalar(pair.key)) return undefined;
  const key = nodeLoc(seg, pair.key);
  const value = pair.value as Node | null;
  return value?.range ? { seg, start: key.start, end: Math.max(key.end, nodeLoc(seg, value).end) } : key;
}

export function scalarText(node: Node | null): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object' || typeof node.value === 'symbol') return undefined;
  return String(node.value);
}

export function str(seg: Segment, map: YAMLMap | null, key: string): Str | undefined {
  const node = valueOf(seg, map, key);
  const value = scalarText(node);
  return value === undefined || !node ? undefined : placedValue(seg, node, value);
}

export function bool(seg: Segment, map: YAMLMap | null, key: string): boolean | undefined {
  const node = valueOf(seg, map, key);
  return isScalar(node) && typeof node.value === 'boolean' ? node.value : undefined;
}

/** A list of scalars (block or flow); non-scalar items are left to the schema check. */
export function strList(seg: Segment, map: YAMLMap | null, key: string): Str[] {
  const node = valueOf(seg, map, key);
  if (!isSeq(node)) return [];
  const out: Str[] = [];
  for (const item of node.items) {
    const n = resolve(seg, item);
    const value = scalarText(n);
    if (value !== undefined && n) out.push(placedValue(seg, n, value));
  }
  return out;
}

export function mapItems(seg: Segment, map: YAMLMap | null, key: string): YAMLMap[] {
  const node = valueOf(seg, map, key);
  if (!isSeq(node)) return [];
  return node.items.map(i => resolve(seg, i)).filter((n): n is YAMLMap => isMap(n));
}

export function asMap(seg: Segment, node: unknown): YAMLMap | null {
  const n = resolve(seg, node);
  return isMap(n) ? n : null;
}

/** Alias expansions allowed in one part of the plan (a phase, a top-level entry): past it, an alias bomb. */
export const MAX_ALIASES = 100;

export class TooManyAliases extends Error {}

/**
 * The plain JavaScript value of a node made only of maps with scalar keys, sequences and scalars:
 * what `node.toJS()` returns for it, at a fraction of the cost (no anchor bookkeeping). Undefined
 * when the node holds an alias, a `<<` merge or a non-scalar key; `expandedValue` handles the first two.
 */
export const plainValue = (node: Node | null): unknown => jsValue(node, undefined);

/**
 * What `toJS()` returns for a node that may hold aliases and `<<` merges (an alias resolved through
 * the segment's anchor map, not a walk of the document). Throws TooManyAliases past MAX_ALIASES
 * expansions, so the work stays in proportion to the text. Undefined for what only `toJS()` knows:
 * a non-scalar key, an alias naming no anchor, a merge of something that is not a map.
 */
export const expandedValue = (seg: Segment, node: Node | null): unknown => jsValue(node, { seg, aliases: 0 });

interface Expansion {
  seg: Segment;
  aliases: number;
}

function jsValue(node: Node | null, expand: Expansion | undefined): unknown {
  if (node === null || isScalar(node)) return node?.value ?? null;
  if (isAlias(node)) {
    if (!expand) return undefined;
    if (++expand.aliases > MAX_ALIASES) throw new TooManyAliases();
    const target = resolve(expand.seg, node);
    return target ? jsValue(target, expand) : undefined;
  }
  if (isSeq(node)) {
    const items: unknown[] = [];
    for (const item of node.items) {
      const value = jsValue(item as Node | null, expand);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return items;
  }
  if (!isMap(node)) return undefined;
  const object: Record<string, unknown> = {};
  for (const pair of node.items) {
    if (!isScalar(pair.key)) return undefined;
    if (isMergeKey(pair.key)) {
      if (!expand || !mergeInto(object, pair.value as Node | null, expand)) return undefined;
      continue;
    }
    const value = jsValue(pair.value as Node | null, expand);
    if (value === undefined) return undefined;
    setOwn(object, pair.key.value === null ? '' : String(pair.key.value), value);
  }
  return object;
}

/** As yaml merges: each source in order adds the keys the map does not have yet. False when a source is not a map. */
function mergeInto(object: Record<string, unknown>, value: Node | null, expand: Expansion): boolean {
  for (const source of isSeq(value) ? value.items as (Node | null)[] : [value]) {
    if (!isMap(resolve(expand.seg, source))) return false;
    const merged = jsValue(source, expand) as Record<string, unknown> | undefined;
    if (merged === undefined) return false;
    for (const key of Object.keys(merged)) if (!Object.prototype.hasOwnProperty.call(object, key)) setOwn(object, key, merged[key]);
  }
  return true;
}

// as toJS does: a `__proto__` key is an own property, never the prototype
function setOwn(object: Record<string, unknown>, key: string, value: unknown) {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}
