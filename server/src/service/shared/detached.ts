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

import { stringTable } from './shared-strings';

/** values this short are shared by every copy: most of a plan's strings, few of its bytes of text */
const SHARED_LENGTH = 40;
/** ~2 MB at most */
const sharedString = stringTable(50_000);

export function detached<T>(value: T, uri: string): T {
  // parsed without a reviver (its path in V8 is slow), then walked: the same copy in 0.57 ms, not 1.0 (a bench plan's view or summary)
  return sharingValues(JSON.parse(JSON.stringify(value)), new Map([[uri, uri]])) as T;
}

/** The value of `json` (a detached copy made on another thread), kept as `detached` keeps its copy. */
export function detachedFromJson(json: string, uri: string): unknown {
  return sharingValues(JSON.parse(json), new Map([[uri, uri]]));
}

/** `value` (parsed JSON, owned here) with each string swapped for the one kept for its value */
function sharingValues(value: unknown, kept: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const same = kept.get(value);
    if (same !== undefined) return same;
    if (value.length <= SHARED_LENGTH) return sharedString(value);
    kept.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = sharingValues(value[i], kept);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // own keys only; a key `__proto__` is an own data property of JSON.parse's object, written as such
    for (const key of Object.keys(record)) record[key] = sharingValues(record[key], kept);
  }
  return value;
}
