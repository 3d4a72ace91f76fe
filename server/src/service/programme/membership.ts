// Which programme a plan belongs to, from the files' summaries (plan-format "Programmes"): the
// nearest `kind: Programme` file at or above the plan's folder, else the implicit programme of the
// plans of its workspace folder (no roster, no freezes).
import type { FileSummary, Place, Programme, ProgrammeProblem } from './programme-types';

export const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);

/** Where a file is named in a problem: its `metadata.id`, else its first character. */
const placeOf = (file: FileSummary): Place => file.id?.place ?? { uri: file.uri, line: 0, character: 0, endLine: 0, endCharacter: 0 };

export interface Membership {
  /** the programme file that applies to `uri` (the first by URI order of its folder), if any */
  programmeFileOf(uri: string): FileSummary | undefined;
  /** the programme of `uri`: its file (roster and freezes dropped when it cannot be read) and plans */
  programmeOf(uri: string): Programme;
  /**
   * The membership once the plan `before` is `after` (the same URI, still a plan: an open plan's
   * edit): no plan moves, so only its programme is made again (`remade` is told, so what was
   * derived from the programme before can be carried over: programme/lookup-edit.ts).
   */
  withPlan(before: FileSummary, after: FileSummary, remade?: (old: Programme, next: Programme) => void): Membership;
}

/**
 * The membership over every file's summary (`files` in URI order); `workspaceFolderOf` names the
 * folder whose plans form an implicit programme (undefined: the plan is alone). Built once per
 * refresh of the index: each plan is placed once, and each programme is made once, when first asked,
 * then the same object is given to every plan of it (so what is derived from a programme is shared,
 * programme/programme-lookup.ts).
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

  // the nearest programme file per folder, walked up once: the plans of a folder share the answer
  const nearest = new Map<string, FileSummary | undefined>();
  const inFolder = (folder: string): FileSummary | undefined => {
    if (folder.length === 0) return undefined;
    if (nearest.has(folder)) return nearest.get(folder);
    const found = byFolder.get(folder)?.[0] ?? inFolder(folderOf(folder.slice(0, -1)));
    nearest.set(folder, found);
    return found;
  };
  const programmeFileOf = (uri: string) => inFolder(folderOf(uri));

  // each plan's programme: its programme file's URI, else its workspace folder's (implicit)
  const members = new Map<string, FileSummary[]>();
  const place = { programmeFileOf, workspaceFolderOf };
  for (const plan of files) {
    if (plan.kind !== 'plan') continue;
    const key = programmeKey(plan.uri, place);
    if (key === undefined) continue;
    const list = members.get(key);
    if (list) list.push(plan);
    else members.set(key, [plan]);
  }
  return assembled({ files, byFolder, members, made: new Map(), ...place });
}

/** What a membership is made of: the files, programme files by folder, and plans by programme key. */
interface Parts {
  files: readonly FileSummary[];
  byFolder: Map<string, FileSummary[]>;
  members: Map<string, FileSummary[]>;
  /** the programmes made so far, by key */
  made: Map<string, Programme>;
  programmeFileOf(uri: string): FileSummary | undefined;
  workspaceFolderOf(uri: string): string | undefined;
}

const implicitKey = (folder: string) => `implicit:${folder}`;

/** A plan's programme key: its programme file's URI, else its workspace folder's; undefined for a plan alone. */
function programmeKey(uri: string, { programmeFileOf, workspaceFolderOf }: Pick<Parts, 'programmeFileOf' | 'workspaceFolderOf'>): string | undefined {
  const file = programmeFileOf(uri);
  if (file) return file.uri;
  const folder = workspaceFolderOf(uri);
  return folder === undefined ? undefined : implicitKey(folder);
}

function assembled(parts: Parts): Membership {
  const { files, byFolder, members, made, programmeFileOf, workspaceFolderOf } = parts;
  const programmeOf = (uri: string): Programme => {
    const file = programmeFileOf(uri);
    if (!file) {
      const folder = workspaceFolderOf(uri);
      // a plan alone: only itself, if it is a plan
      if (folder === undefined) return { plans: files.filter(p => p.kind === 'plan' && p.uri === uri), problems: [] };
      return once(implicitKey(folder), () => ({ plans: members.get(implicitKey(folder)) ?? [], problems: [] }));
    }
    return once(file.uri, () => {
      const problems: ProgrammeProblem[] = [];
      const [, ...others] = byFolder.get(folderOf(file.uri))!;
      for (const other of others) problems.push({ kind: 'two-programme-files', place: placeOf(file), other: placeOf(other) });
      if (file.syntaxErrors > 0) problems.push({ kind: 'programme-syntax-errors', place: placeOf(file) });
      return {
        // a programme file that does not read: its roster and freezes are ignored, its plans still checked
        file: file.syntaxErrors > 0 ? { ...file, people: undefined, freezes: [] } : file,
        plans: members.get(file.uri) ?? [],
        problems,
      };
    });
  };
  const once = (key: string, make: () => Programme): Programme => {
    let programme = made.get(key);
    if (!programme) made.set(key, programme = make());
    return programme;
  };

  const withPlan = (before: FileSummary, after: FileSummary, remade?: (old: Programme, next: Programme) => void): Membership => {
    const swap = (list: readonly FileSummary[]) => list.map(f => (f === before ? after : f));
    const key = programmeKey(after.uri, parts);
    const nextMembers = new Map(members);
    const nextMade = new Map(made);
    if (key !== undefined && members.has(key)) {
      nextMembers.set(key, swap(members.get(key)!));
      const old = made.get(key);
      nextMade.delete(key);
      if (old) {
        const programme: Programme = { ...old, plans: nextMembers.get(key)! };
        nextMade.set(key, programme);
        remade?.(old, programme);
      }
    }
    return assembled({ ...parts, files: swap(files), members: nextMembers, made: nextMade });
  };

  return { programmeFileOf, programmeOf, withPlan };
}
