// How much of a text is unchanged at each end since its last version: what lies there was split
// and parsed the same way before, so its pieces are found again by place, without looking each
// one up by its text (hashing and comparing a 2 MB plan's pieces cost more than the edit's parse).

/** compared this many characters at a time (native string equality), then one by one */
const CHUNK = 4096;

export interface UnchangedEnds {
  /** characters equal at the start of both texts */
  prefix: number;
  /** characters equal at the end of both texts, not overlapping `prefix` */
  suffix: number;
  /** how much longer the new text is */
  delta: number;
}

export function unchangedEnds(before: string, after: string): UnchangedEnds {
  const n = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + CHUNK <= n && before.slice(prefix, prefix + CHUNK) === after.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < n && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const max = n - prefix;
  const [b, a] = [before.length, after.length];
  let suffix = 0;
  while (suffix + CHUNK <= max && before.slice(b - suffix - CHUNK, b - suffix) === after.slice(a - suffix - CHUNK, a - suffix)) suffix += CHUNK;
  while (suffix < max && before.charCodeAt(b - 1 - suffix) === after.charCodeAt(a - 1 - suffix)) suffix++;
  return { prefix, suffix, delta: a - b };
}

/** Where the span [start, end) of the new text was in the old one, if it lies wholly in an unchanged end. */
export function formerStart(ends: UnchangedEnds, newLength: number, start: number, end: number): number | undefined {
  if (end <= ends.prefix) return start;
  if (start >= newLength - ends.suffix) return start - ends.delta;
  return undefined;
}
