// Which programme a plan belongs to, from the files' summaries (plan-format "Programmes"): the
// nearest `kind: Programme` file at or above the plan's folder, else the implicit programme of the
// plans of its workspace folder (no roster, no freezes).
import type { FileSummary, Place, Programme, ProgrammeProblem } from './programme-types';

export const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);

/** Where a file is named in a problem: its `metadata.id`, else its first character. */
const placeOf = (file: FileSummary): Place => file.id?.place ?? { uri: file.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

export interface Membership {
  /** the programme file that applies to `uri` (the first by URI order of its folder), if any */
  programmeFileOf(uri: string): FileSummary | undefined;
  /** the programme of `uri`: its file (roster and freezes dropped when it cannot be read) and plans */
  programmeOf(uri: string): Programme;
}

/**
 * The membership over every file's summary (`files` in URI order); `workspaceFolderOf` names the
 * folder whose plans form an implicit programme (undefined: the plan is alone).
 */
export function membership(files: readonly FileSummary[], workspaceFolderOf: (uri: string) => string | undefined): Membership {
  const byFolder = new Map<string, FileSummary[]>();
  for (const file of files) {
    if (file.kind !== 'programme') continue;
    const folder = folderOf(file.uri);
    const list = byFolder.get(folder);
    if (list) list.push(file);
    else byFolder.set(folder, [file]);
  }
  const plans = files.filter(f => f.kind === 'plan');

  const programmeFileOf = (uri: string): FileSummary | undefined => {
    // walk up the folders: the nearest programme file wins
    for (let folder = folderOf(uri); folder.length > 0; folder = folderOf(folder.slice(0, -1))) {
      const here = byFolder.get(folder);
      if (here) return here[0];
    }
    return undefined;
  };

  const programmeOf = (uri: string): Programme => {
    const file = programmeFileOf(uri);
    if (!file) {
      const folder = workspaceFolderOf(uri);
      const members = folder === undefined
        ? plans.filter(p => p.uri === uri)
        : plans.filter(p => !programmeFileOf(p.uri) && workspaceFolderOf(p.uri) === folder);
      return { plans: members, problems: [] };
    }
    const problems: ProgrammeProblem[] = [];
    const [, ...others] = byFolder.get(folderOf(file.uri))!;
    for (const other of others) problems.push({ kind: 'two-programme-files', place: placeOf(file), other: placeOf(other) });
    if (file.syntaxErrors > 0) problems.push({ kind: 'programme-syntax-errors', place: placeOf(file) });
    return {
      // a programme file that does not read: its roster and freezes are ignored, its plans still checked
      file: file.syntaxErrors > 0 ? { ...file, people: undefined, freezes: [] } : file,
      plans: plans.filter(p => programmeFileOf(p.uri) === file),
      problems,
    };
  };

  return { programmeFileOf, programmeOf };
}
