// The few URI operations the service needs, without Node's `path` or `url` (the service also runs
// in a browser): a plan's path relative to its config's folder, for the config's globs.

/** The decoded path of a URI (`/c:/plans/a.rollout.yaml` for a Windows file), or undefined if it is not a URI. */
function pathOf(uri: string): string | undefined {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return undefined;
  }
}

/** The folder part of a path, with its trailing slash. */
const folderOf = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);

/**
 * The path of `uri` relative to the folder holding `siblingUri` (the config file), forward slashes;
 * without `siblingUri`, or when `uri` is not below that folder, relative to its root (drive letter
 * dropped), as the config's globs see it.
 */
export function relativePath(uri: string, siblingUri?: string): string {
  const file = pathOf(uri) ?? uri;
  const base = siblingUri === undefined ? undefined : pathOf(siblingUri);
  const folder = base === undefined ? undefined : folderOf(base);
  if (folder !== undefined && file.startsWith(folder)) return file.slice(folder.length);
  return file.replace(/^\/+/, '').replace(/^[a-z]:\//i, '');
}
