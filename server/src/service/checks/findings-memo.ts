// Findings that depend on one part of the plan (a phase, the criteria) and a few inputs (the
// language, today, the ids a reference may name), kept while that part's object and every input
// are the same objects. Unchanged phases keep their model object across edits (plan/model.ts), so
// a check re-examines only the phases an edit touched; their locations are segment-relative, so
// the kept findings still point at the right place.
import type { Phase } from '../plan/model';
import type { Translate } from '../l10n/translate';
import type { Check, Finding } from './check';

type Report = (finding: Finding) => void;

const NONE: readonly Finding[] = Object.freeze([]);

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * `find` reports what it sees in `key` given `inputs`; its findings are replayed while neither
 * changes. `find` takes the key so that callers pass one function, not one closure per key (a
 * 1,000-phase plan asked ~8,000 times per edit).
 */
export function findingsMemo<K extends object>(): (key: K, inputs: readonly unknown[], find: (key: K, report: Report) => void) => readonly Finding[] {
  const memo = new WeakMap<K, { inputs: readonly unknown[]; findings: readonly Finding[] }>();
  return (key, inputs, find) => {
    const kept = memo.get(key);
    if (kept && sameInputs(kept.inputs, inputs)) return kept.findings;
    const findings: Finding[] = [];
    find(key, f => { findings.push(f); });
    memo.set(key, { inputs, findings: findings.length ? findings : NONE });
    return findings;
  };
}

/** What a phase check may read besides its phase: nothing of the other phases. */
export interface PhaseEnv {
  t: Translate;
  /** today, YYYY-MM-DD */
  today: string;
  report: Report;
}

/** A check whose findings on a phase depend on that phase alone (and the language and today). */
export function phaseCheck(code: Check['code'], find: (phase: Phase, env: PhaseEnv) => void): Check {
  const memo = findingsMemo<Phase>();
  return {
    code,
    run(ctx) {
      const { t, today } = ctx;
      const inputs = [t, today]; // one array per analysis, not one per phase
      const findIn = (phase: Phase, report: Report) => find(phase, { t, today, report });
      // index loops: the iterators of for…of were allocated here, ~8,000 per edit of a large plan
      const { phases } = ctx.model;
      for (let p = 0; p < phases.length; p++) {
        const findings = memo(phases[p], inputs, findIn);
        for (let i = 0; i < findings.length; i++) ctx.report(findings[i]);
      }
    },
  };
}
