// The counts `--fail-on` decides on (DiffOutcome, documented in diff-types.ts and docs/diff.md),
// over every plan's comparison.
import type { DiffOutcome } from './diff-types';
import { countChanges } from './plan-diff';
import type { PlanDiff } from './plan-diff-types';

export function diffOutcome(plans: readonly PlanDiff[]): DiffOutcome {
  const outcome: DiffOutcome = { 'new-errors': 0, 'new-warnings': 0, 'slip': 0, 'verdict': 0, 'owner-removed': 0, 'removed': 0, 'any': 0 };
  for (const d of plans) {
    if (d.status === 'unchanged') continue;
    outcome['new-errors'] += d.findings.introduced.filter(f => f.severity === 'error').length + newSyntaxErrors(d);
    outcome['new-warnings'] += d.findings.introduced.filter(f => f.severity === 'warning').length;
    outcome.slip += d.dates.filter(s => s.days > 0).length;
    outcome.verdict += d.gates.filter(g => g.worse).length;
    outcome['owner-removed'] += d.owners.filter(o => o.change === 'removed').length;
    const removed = d.status === 'removed' ? 1 : 0;
    outcome.removed += removed + d.structure.filter(s => s.change === 'removed').length + d.criteria.filter(c => c.change === 'removed').length;
    // the plan itself counts once when it is added, removed, renamed or not compared
    const planLevel = d.status === 'changed' && d.notes.length === 0 ? 0 : 1;
    outcome.any += planLevel + countChanges(d);
  }
  return outcome;
}

/** A plan broken now that was not (or less) at the base: its new syntax errors are new errors. */
function newSyntaxErrors(d: PlanDiff): number {
  const count = (side: 'before' | 'after') => d.notes.reduce((n, x) => (x.kind === 'syntax-errors' && x.side === side ? n + x.count : n), 0);
  return Math.max(0, count('after') - count('before'));
}
