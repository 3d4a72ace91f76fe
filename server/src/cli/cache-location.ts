// Where `check --cache` keeps its file, as eslint does: --cache-location names a file, or a folder
// (an existing one, or a path ending in a slash) to hold `.rollout-plan-cache`; by default it is
// in the folder of the config that applies at the working folder (the one --config names), else
// in the working folder.
import fs from 'node:fs';
import path from 'node:path';
import { cliBoundary, findConfigFile } from '../node/config-search';
import { CACHE_FILE } from './check-cache';

export async function cacheFile(cwd: string, location: string | undefined, config: string | undefined): Promise<string> {
  if (location !== undefined) {
    const named = path.resolve(cwd, location);
    const folder = /[\\/]$/.test(location) || fs.statSync(named, { throwIfNoEntry: false })?.isDirectory();
    return folder ? path.join(named, CACHE_FILE) : named;
  }
  const found = config === undefined ? await findConfigFile(cwd, cliBoundary(cwd)(cwd)) : path.resolve(cwd, config);
  return path.join(found === undefined ? cwd : path.dirname(found), CACHE_FILE);
}
