// One kept string per short value, for every plan the process reads: plans repeat many (owners,
// keys, dates, states, labels), and each parse or JSON copy makes a new string of each. A bounded
// table: forgotten when full, since a long session's edits make new values (a word typed makes
// one per keystroke); ~2 MB at most.

const MAX_SHARED = 50_000;
let shared = new Map<string, string>();

/** The kept string equal to `value` (`value` itself, kept, the first time). */
export function sharedString(value: string): string {
  const same = shared.get(value);
  if (same !== undefined) return same;
  if (shared.size >= MAX_SHARED) shared = new Map();
  shared.set(value, value);
  return value;
}
