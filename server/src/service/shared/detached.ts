// Plain data kept for thousands of closed plans (the programme index's summaries, the sidebar's
// snapshots) copied apart from the analysis it was drawn from (issue 20, memory at 2,000 plans).
// The parser's strings are slices of the file's text, so a title kept for the sidebar keeps the
// whole text alive, and objects built piece by piece carry spare room: a copy through JSON has
// flat strings and compact objects (measured: a summary ~120 → ~70 kB, a view ~100 → ~50 kB).
// The one string repeated in every place, the file's URI, stays one string.
export function detached<T>(value: T, uri: string): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'uri' && v === uri ? uri : v)) as T;
}
