// The readiness view's programme nodes (issue 18): one above the plans for each programme file, its
// roll-up in the description (plans, tasks done, gates ready, missing owners), and under it the
// plans with their verdicts, the next go-lives, the freezes to come and the champions carrying two
// waves at once. Everything comes from the server's ProgrammeOverview; only the chrome is translated.
import * as vscode from 'vscode';
import type { ProgrammeOverview } from '../../../server/src/protocol';

/** A row under a programme node: a group (with rows under it) or a line of the roll-up. */
export interface ProgrammeRow {
  label: string;
  description?: string;
  icon: string;
  rows?: ProgrammeRow[];
}

const percent = (done: number, total: number) => (total === 0 ? 0 : Math.round((done / total) * 100));
const dates = (start?: string, end?: string) => (start || end ? `${start ?? '?'} → ${end ?? '?'}` : '');

export function programmeLabel(programme: ProgrammeOverview): string {
  return programme.title ?? programme.id ?? programme.uri.split('/').pop()!;
}

export function programmeDescription({ totals }: ProgrammeOverview): string {
  return vscode.l10n.t('{0} plans · {1}/{2} tasks · {3}% · {4}/{5} gates ready · {6} missing owners',
    totals.plans, totals.tasks.done, totals.tasks.total, percent(totals.tasks.done, totals.tasks.total),
    totals.gates.ready, totals.gates.total, totals.missingOwners);
}

/** The groups under a programme node; an empty group is left out. */
export function programmeRows(programme: ProgrammeOverview): ProgrammeRow[] {
  const groups: ProgrammeRow[] = [
    {
      label: vscode.l10n.t('Plans'), icon: 'checklist',
      rows: programme.plans.map(plan => ({
        label: plan.title ?? plan.id ?? plan.uri,
        description: [
          vscode.l10n.t('{0}/{1} · {2}%', plan.tasks.done, plan.tasks.total, percent(plan.tasks.done, plan.tasks.total)),
          ...plan.gates.map(g => `${g.phase}: ${g.verdict}`),
          plan.missingOwners ? vscode.l10n.t('{0} missing owners', plan.missingOwners) : '',
        ].filter(Boolean).join(' · '),
        icon: plan.gates.some(g => g.verdict === 'not-ready' || g.verdict === 'no-go') ? 'warning' : 'pass',
      })),
    },
    {
      label: vscode.l10n.t('Next go-lives'), icon: 'rocket',
      rows: [
        ...programme.nextGoLives.map(g => ({ label: `${g.plan} · ${g.title ?? g.phase}`, description: dates(g.start, g.end), icon: 'calendar' })),
        ...programme.moreGoLives ? [{ label: vscode.l10n.t('… and {0} more', programme.moreGoLives), icon: 'ellipsis' }] : [],
      ],
    },
    {
      label: vscode.l10n.t('Freezes'), icon: 'circle-slash',
      rows: programme.freezes.map(f => ({
        label: f.title ?? f.id ?? '?',
        description: [dates(f.start, f.end), f.plans ? f.plans.join(', ') : vscode.l10n.t('every plan')].join(' · '),
        icon: 'lock',
      })),
    },
    {
      label: vscode.l10n.t('Overloaded champions'), icon: 'person',
      rows: programme.overloaded.map(o => ({ label: o.person, description: o.waves.join(', '), icon: 'warning' })),
    },
  ];
  return groups.filter(g => g.rows!.length > 0);
}
