// From what git says to what the service compares (`DiffInput`s): each selected plan of the working
// tree is paired with its path at the base (the same path, a rename's old path, or none for a new
// plan), plans deleted since the base are added when the selection would have taken them, and the
// plans git reports unchanged are only named. No git run and no file read here: the CLI's `diff`
// and the editor's "Compare with Branch…" feed it from node/git and their own selection of plans.
import { declaresPlan, type DiffInput, type DiffSide } from '../service';
import type { BlobRead, PathChange } from './git';

/** A plan selected in the working tree, inside the repository. */
export interface WorkingPlan {
  /** root-relative, forward slashes, as git names it */
  rel: string;
  /** as the user sees it (relative to the working folder) */
  display: string;
  uri: string;
  text: string;
}

/** How the selected plans meet the base. */
export interface Pairing {
  /** changed plans, each with its path at the base (absent: new since the base) */
  compared: { plan: WorkingPlan; from?: string }[];
  /** root-relative paths of plans deleted since the base; `ifPlan`: kept only if the base's text declares a plan */
  removed: { rel: string; ifPlan: boolean }[];
  unchanged: WorkingPlan[];
}

/**
 * Pairs the working tree's plans with the base from git's changes (`diff --name-status -M`) and
 * untracked paths. `selectRemoved` says whether a path that is gone from the disk would have been
 * selected (undefined: no; `ifPlan`: only if its text at the base declares a plan).
 */
export function pairWithBase(
  plans: readonly WorkingPlan[], changes: readonly PathChange[], untracked: ReadonlySet<string>,
  selectRemoved: (rel: string) => { ifPlan: boolean } | undefined,
): Pairing {
  const byPath = new Map(changes.map(c => [c.path, c]));
  const selected = new Set(plans.map(p => p.rel));
  const pairing: Pairing = { compared: [], removed: [], unchanged: [] };
  for (const plan of plans) {
    const change = untracked.has(plan.rel) ? undefined : byPath.get(plan.rel);
    if (untracked.has(plan.rel) || change?.status === 'added' || change?.status === 'deleted') pairing.compared.push({ plan });
    else if (change === undefined) pairing.unchanged.push(plan);
    else pairing.compared.push({ plan, from: change.from ?? plan.rel });
  }
  for (const change of changes) {
    // a plan renamed to a path the selection does not take is gone from the selection
    const gone = change.status === 'deleted' ? change.path : change.status === 'renamed' && !selected.has(change.path) ? change.from : undefined;
    const selection = gone === undefined ? undefined : selectRemoved(gone);
    if (gone !== undefined && selection) pairing.removed.push({ rel: gone, ifPlan: selection.ifPlan });
  }
  return pairing;
}

/** The root-relative paths to read at the base. */
export const basePaths = (pairing: Pairing): string[] => [
  ...pairing.compared.flatMap(c => (c.from === undefined ? [] : [c.from])),
  ...pairing.removed.map(r => r.rel),
];

export interface BaseNames {
  /** a root-relative path as the user sees it */
  display(rel: string): string;
  /** the working-tree URI of a root-relative path (the config of a deleted plan is looked up from there) */
  uri(rel: string): string;
}

function baseSide(rel: string, read: BlobRead | undefined, names: BaseNames): DiffSide | undefined {
  if (read === undefined) return undefined;
  return 'text' in read ? { name: names.display(rel), text: read.text } : { name: names.display(rel), unreadable: read.refused };
}

/** The service's inputs, in the order of their names, from the pairing and the texts read at the base. */
export function diffInputs(pairing: Pairing, atBase: ReadonlyMap<string, BlobRead>, names: BaseNames): DiffInput[] {
  const inputs: { name: string; input: DiffInput }[] = [];
  for (const { plan, from } of pairing.compared) {
    const before = from === undefined ? undefined : baseSide(from, atBase.get(from), names);
    inputs.push({ name: plan.display, input: { uri: plan.uri, ...(before ? { before } : {}), after: { name: plan.display, text: plan.text } } });
  }
  for (const { rel, ifPlan } of pairing.removed) {
    const read = atBase.get(rel);
    if (ifPlan && !(read && 'text' in read && declaresPlan(read.text))) continue;
    const before = baseSide(rel, read, names);
    if (before) inputs.push({ name: before.name, input: { uri: names.uri(rel), before } });
  }
  return inputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(i => i.input);
}
