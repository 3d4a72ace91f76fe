// The nodes the fast parse path builds: `yaml`'s own classes, with each range kept as three numbers
// and made into the array `yaml` has when it is read. A range array costs 72 bytes; a 1,000-phase
// plan has ~170,000 nodes, so its arrays were ~12 MB of the ~68 MB an analysis keeps.
import { Pair, Scalar, YAMLMap, YAMLSeq, type Range, type Schema } from 'yaml';

interface Packed {
  r0: number;
  r1: number;
  r2: number;
}

function rangeAsNumbers(proto: object) {
  Object.defineProperty(proto, 'range', {
    get(this: Packed): Range {
      return [this.r0, this.r1, this.r2];
    },
    set(this: Packed, range: Range) {
      this.r0 = range[0];
      this.r1 = range[1];
      this.r2 = range[2];
    },
  });
}

export class FastScalar<T = unknown> extends Scalar<T> {
  declare r0: number;
  declare r1: number;
  declare r2: number;
}
// Most scalars are plain and their source is their value: those two are read from the prototype
// unless set otherwise (16 of a scalar's 80 bytes).
interface Sourced {
  value: unknown;
  ownSource?: string;
}
Object.defineProperty(FastScalar.prototype, 'source', {
  get(this: Sourced) {
    return this.ownSource ?? this.value;
  },
  set(this: Sourced, source: string) {
    if (source !== this.value || this.ownSource !== undefined) this.ownSource = source;
  },
});
Object.defineProperty(FastScalar.prototype, 'type', { value: 'PLAIN', writable: true });
export class FastMap extends YAMLMap {
  declare r0: number;
  declare r1: number;
  declare r2: number;
}
export class FastSeq extends YAMLSeq {
  declare r0: number;
  declare r1: number;
  declare r2: number;
}
export class FastPair extends Pair {}
for (const fast of [FastScalar, FastMap, FastSeq]) rangeAsNumbers(fast.prototype);

// yaml's constructors give every node its kind as an own symbol property (Object.defineProperty:
// 15-20 % of the fast parse). The fast path's nodes have it on their class's prototype, where
// `isScalar`, `isMap` and the rest read it as well, and are made by the plain constructors below,
// which share those prototypes (so `instanceof` and `constructor` are the classes') and set only
// what yaml's constructors set besides.
const samples = [new Scalar(null), new YAMLMap(), new YAMLSeq(), new Pair(null)];
[FastScalar, FastMap, FastSeq, FastPair].forEach((fast, i) => {
  const sample = samples[i] as unknown as Record<symbol, unknown>;
  for (const kind of Object.getOwnPropertySymbols(sample)) Object.defineProperty(fast.prototype, kind, { value: sample[kind] });
});

/** A constructor of `proto`'s class that runs `init` only. */
function madeBy<A extends unknown[], T>(proto: T, init: (this: T, ...args: A) => void): new (...args: A) => T {
  init.prototype = proto;
  return init as unknown as new (...args: A) => T;
}

const MadeScalar = madeBy(FastScalar.prototype, function (this: FastScalar, value: unknown) {
  this.value = value;
  this.r0 = this.r1 = this.r2 = 0;
});
// `schema` as YAMLMap and YAMLSeq have it: not enumerable
function collection(coll: FastMap | FastSeq, schema: Schema) {
  Object.defineProperty(coll, 'schema', { value: schema, configurable: true, enumerable: false, writable: true });
  coll.items = [];
  coll.r0 = coll.r1 = coll.r2 = 0;
}
// one constructor each: a function has one prototype
const MadeMap = madeBy(FastMap.prototype, function (this: FastMap, schema: Schema) {
  collection(this, schema);
});
const MadeSeq = madeBy(FastSeq.prototype, function (this: FastSeq, schema: Schema) {
  collection(this, schema);
});
const MadePair = madeBy(FastPair.prototype, function (this: FastPair, key: unknown, value: unknown) {
  this.key = key;
  this.value = value;
});

export const fastScalar = (value: unknown): FastScalar => new MadeScalar(value);
export const fastMap = (schema: Schema): FastMap => new MadeMap(schema);
export const fastSeq = (schema: Schema): FastSeq => new MadeSeq(schema);
export const fastPair = (key: unknown, value: unknown): Pair => new MadePair(key, value);

/**
 * A collection read to its end: its range, and its items in an array of their number (pushed one by
 * one, an array keeps room for more: ~1.8 MB of a 1,000-phase plan).
 */
export function finished<T extends YAMLMap | YAMLSeq>(coll: T, range: Range): T {
  coll.range = range;
  (coll as { items: unknown[] }).items = coll.items.slice();
  return coll;
}

/** Moves a node's range end (the array read is a copy: set it whole). */
export function endAt(node: { range?: Range | null }, end: number) {
  if (node instanceof FastScalar || node instanceof FastMap || node instanceof FastSeq) {
    node.r2 = end;
    return;
  }
  const [start, valueEnd] = node.range!;
  node.range = [start, valueEnd, end];
}
