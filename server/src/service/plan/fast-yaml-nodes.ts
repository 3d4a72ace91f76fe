// The nodes the fast parse path builds: `yaml`'s own classes, with each range kept as three numbers
// and made into the array `yaml` has when it is read. A range array costs 72 bytes; a 1,000-phase
// plan has ~170,000 nodes, so its arrays were ~12 MB of the ~68 MB an analysis keeps.
import { Scalar, YAMLMap, YAMLSeq, type Range } from 'yaml';

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
  r0 = 0;
  r1 = 0;
  r2 = 0;
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
  r0 = 0;
  r1 = 0;
  r2 = 0;
}
export class FastSeq extends YAMLSeq {
  r0 = 0;
  r1 = 0;
  r2 = 0;
}
for (const fast of [FastScalar, FastMap, FastSeq]) rangeAsNumbers(fast.prototype);

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
  const [start, valueEnd] = node.range!;
  node.range = [start, valueEnd, end];
}
