// The code lens above each phase: the phase's readiness in a few words (gate verdict, or checklist
// progress, missing owners and overdue tasks), from the same readiness view as the sidebar.
import type { Range } from 'vscode-languageserver-types';
import type { Translate } from '../../l10n/translate';
import type { PhaseView, PlanReadiness } from './view';

export interface PhaseLens {
  /** at the start of the phase's first line */
  range: Range;
  title: string;
  /** the phase's key in the readiness view (the client reveals it in the tree) */
  phaseKey: string;
}

export function phaseLensTitle(t: Translate, phase: PhaseView): string {
  if (phase.gate) {
    const count = phase.gate.reasons.length;
    if (phase.gate.ready) return t('lens.ready');
    if (phase.gate.moreReasons) return t('lens.notReadyMore', { count });
    return count === 1 ? t('lens.notReadyOne') : t('lens.notReady', { count });
  }
  const parts = [phase.progress.total === 0 ? t('lens.noChecklist') : t('lens.progress', { done: phase.progress.done, total: phase.progress.total })];
  if (phase.missingOwners === 1) parts.push(t('lens.missingOwner'));
  else if (phase.missingOwners > 1) parts.push(t('lens.missingOwners', { count: phase.missingOwners }));
  // past their due date on the service's "today", as the overdue-task diagnostics say
  const overdue = [...phase.items, ...phase.waves.flatMap(w => w.items)].filter(i => i.overdue).length;
  if (overdue > 0) parts.push(t('lens.overdue', { count: overdue }));
  return parts.join(' · ');
}

export function phaseLenses(t: Translate, view: PlanReadiness): PhaseLens[] {
  return view.phases.map(phase => ({
    range: { start: { line: phase.line, character: 0 }, end: { line: phase.line, character: 0 } },
    title: phaseLensTitle(t, phase),
    phaseKey: phase.key,
  }));
}
