// The fast parse path's property: on any text, fastParse declines or gives the tree `yaml` composes,
// field for field (the comments aside: the fast path does not keep them).
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { MAX_NESTING } from '../../server/src/service/plan/bounded-yaml';
import { fastParse } from '../../server/src/service/plan/fast-yaml';
import { FastMap, FastPair, FastScalar, FastSeq } from '../../server/src/service/plan/fast-yaml-nodes';

import { PARSE_OPTIONS } from '../../server/src/service/plan/parse';

export { PARSE_OPTIONS };

// the fast path's nodes are yaml's classes with their range kept as numbers
const FAST: Set<unknown> = new Set([FastScalar, FastMap, FastSeq, FastPair]);
const yamlClass = (node: object): unknown => (FAST.has(node.constructor) ? Object.getPrototypeOf(node.constructor) : node.constructor);

const FIELDS = ['type', 'flow', 'source', 'format', 'minFractionDigits', 'tag', 'anchor'] as const;

/** Where two trees first differ, or undefined when they are the same. */
function difference(fast: unknown, slow: unknown, path: string): string | undefined {
  if (fast === null || slow === null) return fast === slow ? undefined : `${path}: ${String(fast)} vs ${String(slow)}`;
  const a = fast as Record<string, unknown>;
  const b = slow as Record<string, unknown>;
  if (yamlClass(a) !== b.constructor) return `${path}: ${a.constructor.name} vs ${b.constructor.name}`;
  // checks/non-scalar-keys.ts does not look for list, map or alias keys in a fast tree
  if (isPair(fast)) return (isScalar(a.key) ? undefined : `${path}.key: not a scalar`) ?? difference(a.key, b.key, `${path}.key`) ?? difference(a.value, b.value, `${path}.value`);
  if (JSON.stringify(a.range) !== JSON.stringify(b.range)) return `${path}: range ${String(a.range)} vs ${String(b.range)}`;
  for (const field of FIELDS) if (a[field] !== b[field]) return `${path}: ${field} ${String(a[field])} vs ${String(b[field])}`;
  if (isScalar(fast)) {
    const [x, y] = [a.value, b.value];
    return Object.is(x, y) || (typeof x === 'symbol' && typeof y === 'symbol' && x.description === y.description) ? undefined : `${path}: value ${String(x)} (${typeof x}) vs ${String(y)} (${typeof y})`;
  }
  if (!isMap(fast) && !isSeq(fast)) return `${path}: unexpected node`;
  const [xs, ys] = [a.items as unknown[], b.items as unknown[]];
  if (xs.length !== ys.length) return `${path}: ${xs.length} items vs ${ys.length}`;
  for (let i = 0; i < xs.length; i++) {
    const found = difference(xs[i], ys[i], `${path}[${i}]`);
    if (found) return found;
  }
  return undefined;
}

/** Undefined when the fast path declines `text` or gives what `yaml` gives; else where they differ. */
export function fastMismatch(text: string): string | undefined {
  const fast = fastParse(text, PARSE_OPTIONS, MAX_NESTING);
  if (!fast) return undefined;
  const slow: Document.Parsed = parseDocument(text, PARSE_OPTIONS);
  if (slow.errors.length > 0 || slow.warnings.length > 0) return `accepted text yaml rejects: ${slow.errors.concat(slow.warnings).map(e => e.code).join(', ')}`;
  if (fast.errors.length > 0 || fast.warnings.length > 0) return 'errors on the fast document';
  if (JSON.stringify(fast.range) !== JSON.stringify(slow.range)) return `document range ${String(fast.range)} vs ${String(slow.range)}`;
  const found = difference(fast.contents, slow.contents, '$');
  if (found) return found;
  const [x, y] = [fast.toJS(), slow.toJS()];
  return JSON.stringify(x) === JSON.stringify(y) ? undefined : 'toJS differs';
}
