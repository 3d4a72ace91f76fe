// Small readers over `yaml` nodes that follow aliases and `<<` merge keys, so the model sees
// what the YAML means, not how it is spelled.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { nodeLoc, type Loc, type Segment } from './parse';

export interface Str {
  value: string;
  loc: Loc;
}

/** `<<` parses to a Scalar holding a symbol when merge keys are enabled. */
export const isMergeKey = (key: Scalar) => typeof key.value === 'symbol' || key.source === '<<';

export function resolve(seg: Segment, node: unknown): Node | null {
  // one level is enough: an alias of an alias resolves to its anchor's node through the Document
  if (isAlias(node)) return (node.resolve(seg.doc as Document) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

/** The pair for `key` in a map, looking through `<<` merges (nearest wins, as in YAML 1.1). */
export function pairOf(seg: Segment, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  let merged: Pair | undefined;
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    if (isMergeKey(pair.key)) {
      if (depth >= 8 || merged) continue;
      for (const source of mergeSources(seg, pair.value)) {
        merged = pairOf(seg, source, key, depth + 1);
        if (merged) break;
      }
    } else if (String(pair.key.value) === key) return pair;
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
  return value?.range ? { seg, start: key.start, end: Math.max(key.end, value.range[1]) } : key;
}

export function scalarText(node: Node | null): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object' || typeof node.value === 'symbol') return undefined;
  return String(node.value);
}

export function str(seg: Segment, map: YAMLMap | null, key: string): Str | undefined {
  const node = valueOf(seg, map, key);
  const value = scalarText(node);
  return value === undefined || !node ? undefined : { value, loc: nodeLoc(seg, node) };
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
    if (value !== undefined && n) out.push({ value, loc: nodeLoc(seg, n) });
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

/**
 * The plain JavaScript value of a node made only of maps with scalar keys, sequences and scalars:
 * what `node.toJS()` returns for it, at a fraction of the cost (no anchor bookkeeping). Undefined
 * when the node holds an alias, a `<<` merge or a non-scalar key; `toJS()` handles those.
 */
export function plainValue(node: Node | null): unknown {
  if (node === null || isScalar(node)) return node?.value ?? null;
  if (isSeq(node)) {
    const items: unknown[] = [];
    for (const item of node.items) {
      const value = plainValue(item as Node | null);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return items;
  }
  if (!isMap(node)) return undefined;
  const object: Record<string, unknown> = {};
  for (const pair of node.items) {
    if (!isScalar(pair.key) || isMergeKey(pair.key)) return undefined;
    const value = plainValue(pair.value as Node | null);
    if (value === undefined) return undefined;
    const key = pair.key.value === null ? '' : String(pair.key.value);
    // as toJS does: a `__proto__` key is an own property, never the prototype
    if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    else object[key] = value;
  }
  return object;
}
