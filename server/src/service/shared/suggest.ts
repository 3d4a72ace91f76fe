// "Did you mean …?": the closest candidate by edit distance, if it is close enough to be a typo.
// A plan can define thousands of ids and hold hundreds of broken references, so a Suggester
// indexes its candidates once, skips those whose letters alone rule them out, and remembers answers.

export class Suggester {
  private readonly entries: { word: string; lower: string; counts: Uint8Array }[];
  private readonly answers = new Map<string, string | undefined>();

  constructor(candidates: Iterable<string>) {
    this.entries = [...candidates].map(word => ({ word, lower: word.toLowerCase(), counts: letterCounts(word.toLowerCase()) }));
  }

  closest(word: string): string | undefined {
    if (this.answers.has(word)) return this.answers.get(word);
    const lower = word.toLowerCase();
    const counts = letterCounts(lower);
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const entry of this.entries) {
      if (Math.abs(entry.lower.length - lower.length) >= bestDistance) continue;
      if (bagDistance(counts, entry.counts) >= bestDistance) continue;
      const d = distance(lower, entry.lower, bestDistance - 1);
      if (d < bestDistance) {
        best = entry.word;
        bestDistance = d;
      }
    }
    this.answers.set(word, best);
    return best;
  }
}

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return suggesterFor([...candidates]).closest(word);
}

// Between two keystrokes the ids a plan defines rarely change: keep the last few indexes, answers included.
const recent = new Map<string, Suggester>();
const RECENT_LIMIT = 8;

export function suggesterFor(candidates: string[]): Suggester {
  const key = candidates.join('\0');
  let suggester = recent.get(key);
  if (!suggester) {
    suggester = new Suggester(candidates);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(key, suggester);
  }
  return suggester;
}

/** Character histogram over 64 buckets (enough to bound the edit distance from below). */
function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(64);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) & 63]++;
  return counts;
}

/** A lower bound of the edit distance: characters one word has in excess of the other. */
function bagDistance(a: Uint8Array, b: Uint8Array): number {
  let more = 0;
  let less = 0;
  for (let i = 0; i < 64; i++) {
    const d = a[i] - b[i];
    if (d > 0) more += d;
    else less -= d;
  }
  return Math.max(more, less);
}

/** Levenshtein distance, giving up (returning cap + 1) once every path exceeds `cap`. */
function distance(a: string, b: string, cap: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length];
}
