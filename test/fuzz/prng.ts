// A small seeded generator (Mulberry32), so a random run can be replayed from its seed.

export type Random = () => number;

export function random(seed: number): Random {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const below = (next: Random, n: number) => Math.floor(next() * n);

export const pick = <T>(next: Random, items: readonly T[]): T => items[below(next, items.length)];
