// The quick fixes of each fix kind (checks/check.ts `FixData`), each kind's in the order the light
// bulb lists them. Typed by kind: a kind without an entry, or an entry for a kind that does not exist, does
// not compile, and each provider receives the data of its own kind.
import type { FixDataOf, FixKind } from '../../checks/check';
import type { FixProvider } from './fix-context';
import { replaceWithClosest } from './replace-with-closest';
import { createCriterion } from './create-criterion';
import { addPerson } from './add-person';
import { addChampion, addOwner } from './add-owner-or-champion';
import { addRollback } from './add-rollback';
import { addExitCriteria } from './add-exit-criteria';
import { moveWindow } from './move-window';
import { addToRoster } from './add-to-roster';

type Registry = { readonly [K in FixKind]: readonly FixProvider<FixDataOf<K>>[] };

const FIXES: Registry = {
  replace: [replaceWithClosest],
  // an undefined name may be a typo (replace, preferred) or a new one (create it)
  'create-criterion': [replaceWithClosest, createCriterion],
  'add-person': [replaceWithClosest, addPerson],
  'add-owner': [addOwner],
  'add-champion': [addChampion],
  'add-rollback': [addRollback],
  'add-exit-criteria': [addExitCriteria],
  'add-to-roster': [replaceWithClosest, addToRoster],
  'move-window': [moveWindow],
};

export function fixProviders<K extends FixKind>(kind: K): readonly FixProvider<FixDataOf<K>>[] {
  return FIXES[kind];
}
