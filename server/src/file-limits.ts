// How big a workspace file may be before it is refused unread, for every host that reads files:
// Node's (node/untrusted-file.ts) and the browser's (client/src/workspace-files.ts), so a file is
// refused alike on disk and on github.dev.

/** Plans are a few hundred lines; anything this big is not one (and would not fit a diagnostic run). */
export const MAX_PLAN_BYTES = 16 * 1024 * 1024;
/** A config holds a few rules and globs. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
