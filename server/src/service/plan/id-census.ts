// How many times each id is defined in its namespace and each criterion is referenced, kept per
// document and updated from the parts of the index an edit replaced (id-index.ts): telling that no
// id is defined twice, or which criteria nothing uses, then costs the edit, not a pass over the
// plan's thousands of ids.
import { NAMESPACE, type IndexPart } from './id-index';

export class IdCensus {
  private counted = new Set<IndexPart>();
  private readonly definitions = new Map<string, Map<string, number>>();
  private readonly referenced = new Map<string, number>();
  /** how many ids are defined more than once in their namespace */
  private repeated = 0;

  /** Counts `parts` instead of the parts counted last time. */
  update(parts: readonly IndexPart[]): void {
    const next = new Set(parts);
    for (const part of this.counted) if (!next.has(part)) this.count(part, -1);
    for (const part of next) if (!this.counted.has(part)) this.count(part, 1);
    this.counted = next;
  }

  /** Whether some id is defined more than once in its namespace. */
  get someIdTwice(): boolean {
    return this.repeated > 0;
  }

  /** Whether some reference names this criterion. */
  isReferenced(criterion: string): boolean {
    return (this.referenced.get(criterion) ?? 0) > 0;
  }

  private count(part: IndexPart, by: 1 | -1) {
    for (const def of part.definitions) {
      const space = NAMESPACE[def.kind];
      let counts = this.definitions.get(space);
      if (!counts) this.definitions.set(space, counts = new Map());
      const before = counts.get(def.id.value) ?? 0;
      const after = before + by;
      if (after === 0) counts.delete(def.id.value);
      else counts.set(def.id.value, after);
      if (before < 2 && after >= 2) this.repeated++;
      else if (before >= 2 && after < 2) this.repeated--;
    }
    for (const ref of part.referencesOf.criterion) {
      const after = (this.referenced.get(ref.name.value) ?? 0) + by;
      if (after === 0) this.referenced.delete(ref.name.value);
      else this.referenced.set(ref.name.value, after);
    }
  }
}
