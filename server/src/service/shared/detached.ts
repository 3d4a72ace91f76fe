// Plain data kept for thousands of closed plans (the programme index's summaries, the sidebar's
// snapshots) copied apart from the analysis it was drawn from (issue 20, memory at 2,000 plans).
// The parser's strings are slices of the file's text, so a title kept for the sidebar keeps the
// whole text alive, and objects built piece by piece carry spare room: a copy through JSON has
// flat strings and compact objects (measured: a summary ~120 → ~70 kB, a view ~100 → ~50 kB).
// JSON.parse makes a new string for every value, and plans repeat many (owners, labels, item
// keys, dates, states), within a copy and across copies: a short value is one string for every
// copy, a longer one (a title, a task) one string per copy; the file's URI is the caller's own
// string. Measured at 300 bench plans (heap after the fill): views 35 → 26 kB per plan, summaries
// 40 → 35 kB, 1.5 MB of shared values; 47.1 → 44.3 MB in all (the generator's plans share a
// vocabulary: a repository of plans written by hand shares less than that).

/** values this short are shared by every copy: most of a plan's strings, few of its bytes of text */
const SHARED_LENGTH = 40;
/** the shared values are forgotten when there are this many (a long session's edits make new ones): ~2 MB at most */
const SHARED_COUNT = 50_000;
let shared = new Map<string, string>();

function sharedValue(value: string): string {
  const same = shared.get(value);
  if (same !== undefined) return same;
  if (shared.size >= SHARED_COUNT) shared = new Map();
  shared.set(value, value);
  return value;
}

export function detached<T>(value: T, uri: string): T {
  const kept = new Map<string, string>([[uri, uri]]);
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => {
    if (typeof v !== 'string') return v;
    const same = kept.get(v);
    if (same !== undefined) return same;
    if (v.length <= SHARED_LENGTH) return sharedValue(v);
    kept.set(v, v);
    return v;
  }) as T;
}
