// The command line's workspace and service: the file system's workspace with the git repository
// root (else the working folder) as the config search's boundary, or the one config --config names
// for every plan.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, type LanguageService, type Locale, type PlanWorkspace } from '../service';
import { cliBoundary } from '../node/config-search';
import { createFsWorkspace } from '../node/fs-workspace';

export interface CliSession {
  workspace: PlanWorkspace;
  service: LanguageService;
  /** the config --config names, if any: as typed, and its URI */
  explicitConfig?: { name: string; uri: string };
}

export function cliSession(cwd: string, locale: Locale, configOption: string | undefined): CliSession {
  const disk = createFsWorkspace({ boundary: cliBoundary(cwd), roots: () => [cwd] });
  const explicitConfig = configOption === undefined ? undefined : { name: configOption, uri: pathToFileURL(path.resolve(cwd, configOption)).href };
  const workspace: PlanWorkspace = explicitConfig === undefined ? disk : { ...disk, findConfig: async () => explicitConfig.uri };
  return { workspace, service: createLanguageService({ workspace, locale }), explicitConfig };
}
