// One analysis of a closed plan feeds both the programme index and the sidebar (issue 20): when
// the index summarises a file the sidebar will ask for, the same analysis gives the plan's view
// (without reasons across plans) and its own findings (code, offsets, message: what the problem
// counts need). The sidebar's snapshot is then that view and the counts of those findings with the
// programme's, without analysing the plan again; a plan whose gates have reasons across plans is
// analysed again (its view depends on them).
import type { Finding } from '../../checks/check';
import { offsetsOf } from '../../checks/diagnostics';
import type { Translate } from '../../l10n/translate';
import type { Analysis } from '../../plan/analysis';
import { NO_LINKS } from '../../programme/linked-gates';
import { readinessView, type PlanReadiness } from './view';

export interface PreparedSnapshot {
  view: PlanReadiness;
  /** the plan's own findings, apart from its analysis (absolute offsets, no related places or fixes) */
  own: Finding[];
}

export function preparedSnapshot(uri: string, analysis: Analysis, t: Translate, today: string): PreparedSnapshot {
  return {
    view: readinessView(uri, analysis, { t, today, linked: NO_LINKS }),
    own: analysis.findings.map(f => ({ code: f.code, loc: offsetsOf(f.loc), message: f.message })),
  };
}
