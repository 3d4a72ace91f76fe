// Delta debugging (ddmin, complement steps only): remove chunks of a list while a test still
// fails, halving the chunk size down to one element. Used on the sequence of versions that led to a
// failure, then on the lines and characters of the texts, to print a repro small enough to read.

/** Stops shrinking when the deadline passes: what is reached so far is still a failing input. */
export interface Budget {
  deadline: number;
}

export const expired = (budget: Budget) => performance.now() > budget.deadline;

export function ddmin<T>(items: readonly T[], fails: (candidate: T[]) => boolean, budget: Budget): T[] {
  let current = [...items];
  let parts = 2;
  while (current.length > 0 && !expired(budget)) {
    const size = Math.ceil(current.length / parts);
    let reduced = false;
    for (let i = 0; i < current.length && !expired(budget); i += size) {
      const candidate = [...current.slice(0, i), ...current.slice(i + size)];
      if (fails(candidate)) {
        current = candidate;
        parts = Math.max(parts - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (size <= 1) break;
      parts = Math.min(parts * 2, current.length);
    }
  }
  return current;
}

const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+/g) ?? [];
const chars = (text: string) => [...text];

/**
 * Shrinks each of `parts` (a failing input split into texts, e.g. the text before an edit, what it
 * removed, what it inserted, the text after it) by whole lines first, then by characters, until no
 * single removal keeps the failure.
 */
export function shrinkParts(parts: readonly string[], fails: (parts: string[]) => boolean, budget: Budget): string[] {
  let current = [...parts];
  for (let changed = true; changed && !expired(budget);) {
    changed = false;
    for (const split of [lines, chars]) {
      for (let k = 0; k < current.length; k++) {
        const tokens = ddmin(split(current[k]), candidate => fails(current.map((p, j) => (j === k ? candidate.join('') : p))), budget);
        const text = tokens.join('');
        if (text !== current[k]) {
          current = current.map((p, j) => (j === k ? text : p));
          changed = true;
        }
      }
    }
  }
  return current;
}
