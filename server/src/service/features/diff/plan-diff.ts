// One plan's comparison from its two read sides: what kind of change it is (added, removed,
// renamed, not a plan on one side, unreadable or broken on one side), then, when both sides are
// plans that parse, every change in the plan's terms. A side with syntax errors is said to be so
// and its contents are not compared: a broken file would otherwise read as "everything changed".
import { compareDates } from './compare-dates';
import { compareFindings } from './compare-findings';
import { compareReadiness } from './compare-readiness';
import type { PlanSide, ReadSide } from './diff-side';
import type { DiffSideName, PlanDiff, PlanNote } from './plan-diff-types';
import type { Locale, Translate } from '../../l10n/translate';

export interface PlanDiffContext {
  uri: string;
  t: Translate;
  locale: Locale;
}

export function diffPlan(before: ReadSide, after: ReadSide, { uri, t, locale }: PlanDiffContext): PlanDiff {
  const named = after.kind !== 'absent' ? after : before;
  const plan = after.kind === 'plan' ? after : before.kind === 'plan' ? before : undefined;
  const diff: PlanDiff = {
    name: named.kind === 'absent' ? uri : named.name, uri, title: plan?.view.title ?? plan?.view.id, locale, status: 'changed', notes: [],
    gates: [], criteria: [], dates: [], items: [], owners: [], risks: [], structure: [], findings: { introduced: [], fixed: [] },
  };
  if (before.kind !== 'absent' && after.kind !== 'absent' && before.name !== after.name) diff.notes.push({ kind: 'renamed', from: before.name });
  // the same text on both sides (even a broken one) is no change
  if (before.kind === 'plan' && after.kind === 'plan' && before.text === after.text) {
    if (diff.notes.length === 0) diff.status = 'unchanged';
    return diff;
  }
  const sideNotes = [...notesOf('before', before), ...notesOf('after', after)];
  diff.notes.push(...sideNotes);
  if (before.kind === 'unreadable' || after.kind === 'unreadable' || sideNotes.some(n => n.kind === 'syntax-errors')) {
    diff.status = 'not-compared';
  } else if (after.kind !== 'plan') {
    diff.status = before.kind === 'plan' ? 'removed' : 'unchanged';
  } else if (before.kind !== 'plan') {
    diff.status = 'added';
    diff.findings.introduced = compareFindings([], after.diagnostics).introduced;
  } else {
    compareContents(before, after, diff, t);
    if (diff.notes.length === 0 && countChanges(diff) === 0) diff.status = 'unchanged';
  }
  return diff;
}

function notesOf(side: DiffSideName, read: ReadSide): PlanNote[] {
  if (read.kind === 'not-a-plan') return [{ kind: 'not-a-plan', side }];
  if (read.kind === 'unreadable') return [{ kind: 'unreadable', side, message: read.message }];
  if (read.kind === 'plan' && read.syntax) return [{ kind: 'syntax-errors', side, ...read.syntax }];
  return [];
}

function compareContents(before: PlanSide, after: PlanSide, diff: PlanDiff, t: Translate): void {
  Object.assign(diff, compareReadiness(before.view, after.view, t));
  diff.dates = compareDates(before.timeline, after.timeline);
  diff.findings = compareFindings(before.diagnostics, after.diagnostics);
}

/** How many changes a plan's comparison lists (its notes aside). */
export function countChanges(d: PlanDiff): number {
  return d.gates.length + d.criteria.length + d.dates.length + d.items.length + d.owners.length + d.risks.length + d.structure.length
    + d.findings.introduced.length + d.findings.fixed.length;
}
