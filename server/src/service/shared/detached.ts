// Plain data kept for thousands of closed plans (the programme index's summaries, the sidebar's
// snapshots) copied apart from the analysis it was drawn from (issue 20, memory at 2,000 plans).
// The parser's strings are slices of the file's text, so a title kept for the sidebar keeps the
// whole text alive, and objects built piece by piece carry spare room: a copy through JSON has
// flat strings and compact objects (measured: a summary ~120 → ~70 kB, a view ~100 → ~50 kB).
// JSON.parse makes a new string for every value, and a plan repeats many (owners, labels, item
// keys: half of a view's string bytes at 2,000 plans), so each copy keeps one string per value;
// the file's URI is the caller's own string.
export function detached<T>(value: T, uri: string): T {
  const kept = new Map<string, string>([[uri, uri]]);
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => {
    if (typeof v !== 'string') return v;
    const same = kept.get(v);
    if (same !== undefined) return same;
    kept.set(v, v);
    return v;
  }) as T;
}
