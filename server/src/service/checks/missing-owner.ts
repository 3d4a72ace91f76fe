// Every phase, task, criterion and risk needs an owner, every wave a champion (the method's rule:
// nothing moves without someone accountable). Reads the readiness model's lists, so the sidebar's
// "Missing owners" node and these warnings always agree; each phase's warnings are kept per phase.
import type { MessageKey } from '../l10n/catalog';
import type { Criterion, Phase } from '../plan/model';
import { criteriaWithoutOwner, phaseMissingOwners, type MissingOwner } from '../plan/readiness';
import type { Translate } from '../l10n/translate';
import type { Check, Finding } from './check';
import { findingsMemo } from './findings-memo';

const forCriteria = findingsMemo<Criterion[]>();
const forPhase = findingsMemo<Phase>();

export const missingOwner: Check = {
  code: 'missing-owner',
  run(ctx) {
    const { t } = ctx;
    const replay = (findings: readonly Finding[]) => { for (const f of findings) ctx.report(f); };
    const inputs = [t];
    replay(forCriteria(ctx.model.criteria, inputs, (criteria, report) => warn(t, criteriaWithoutOwner(criteria), report)));
    const findIn = (phase: Phase, report: (f: Finding) => void) => warn(t, phaseMissingOwners(phase), report);
    for (const phase of ctx.model.phases) replay(forPhase(phase, inputs, findIn));
  },
};

function warn(t: Translate, missing: MissingOwner[], report: (f: Finding) => void) {
  for (const m of missing) {
    const key: MessageKey = `missing-owner.${m.kind}`;
    report({
      code: 'missing-owner',
      loc: m.loc,
      message: t(key, { name: m.name }),
      data: { fix: m.kind === 'wave' ? 'add-champion' : 'add-owner', kind: m.kind },
    });
  }
}
