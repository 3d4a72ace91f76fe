// Plain data kept for thousands of closed plans (the programme index's summaries, the sidebar's
// snapshots) copied apart from the analysis it was drawn from (issue 20, memory at 2,000 plans).
// The parser's strings are slices of the file's text, so a title kept for the sidebar keeps the
// whole text alive, and objects built piece by piece carry spare room: a copy through JSON has
// flat strings and compact objects (measured: a summary ~120 → ~70 kB, a view ~100 → ~50 kB).
// JSON.parse makes a new string for every value, and a plan repeats many (owners, labels, item
// keys: half of a view's string bytes at 2,000 plans), so each copy keeps one string per value;
// the file's URI is the caller's own string. They are made one after the parse, by a walk:
// JSON.parse with a reviver leaves V8's fast path (2.4 ms a summary, against ~0.2 ms).
export function detached<T>(value: T, uri: string): T {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  const kept = new Map<string, string>([[uri, uri]]);
  const same = (v: string) => {
    const known = kept.get(v);
    if (known !== undefined) return known;
    kept.set(v, v);
    return v;
  };
  const stack: unknown[] = typeof copy === 'object' && copy !== null ? [copy] : [];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | unknown[];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v = node[i];
        if (typeof v === 'string') node[i] = same(v);
        else if (typeof v === 'object' && v !== null) stack.push(v);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (typeof v === 'string') node[key] = same(v);
      else if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return copy as T;
}
