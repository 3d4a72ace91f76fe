// Paths as the command line and the editor's git comparison name them, and as globs see them: forward slashes on every system.
import path from 'node:path';

export const toSlash = (p: string) => p.split(path.sep).join('/');
