// One kept string per short value: plans repeat many (owners, keys, dates, states, labels), and
// each parse or JSON copy makes a new string of each. A bounded table, forgotten when full, since
// a long session's edits make new values (a word typed makes one per keystroke).

/** A table of at most `max` strings: the kept string equal to a value (the value itself, kept, the first time). */
export function stringTable(max: number): (value: string) => string {
  let kept = new Map<string, string>();
  return value => {
    const same = kept.get(value);
    if (same !== undefined) return same;
    if (kept.size >= max) kept = new Map();
    kept.set(value, value);
    return value;
  };
}
