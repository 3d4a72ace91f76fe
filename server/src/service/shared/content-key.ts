// A short key for a text, so caches by content (the programme index, the sidebar's snapshots) do
// not keep a second copy of every file of a repository: two independent 32-bit hashes and the
// length, ~1 in 2^64 to mistake two texts of the same length.
export function contentKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
