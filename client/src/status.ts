// A language status item for the active plan (shown next to the language mode, only for plans):
// its overall readiness (tasks done, gates ready) and its number of problems.
import * as vscode from 'vscode';
import type { PlanStore } from './readiness/plans';
import { LANGUAGE_ID } from './readiness/plans';
import { progressText } from './readiness/tree';

export function readinessStatus(store: PlanStore, viewId: string): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('rolloutPlans.readiness', { language: LANGUAGE_ID });
  item.name = vscode.l10n.t('Rollout readiness');
  item.command = { title: vscode.l10n.t('Show readiness'), command: `${viewId}.focus` };
  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const plan = uri ? store.get(uri) : undefined;
    if (!plan) {
      item.text = vscode.l10n.t('Readiness: reading…');
      item.detail = undefined;
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const { tasks, gates } = plan.totals;
    const problems = plan.problems.errors + plan.problems.warnings;
    item.text = gates.total
      ? vscode.l10n.t('Readiness: {0} · gates {1}/{2} ready', progressText(tasks.done, tasks.total), gates.ready, gates.total)
      : vscode.l10n.t('Readiness: {0}', progressText(tasks.done, tasks.total));
    item.detail = problems === 0 ? vscode.l10n.t('no problems') : problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', problems);
    item.severity = plan.problems.errors || plan.syntaxErrors ? vscode.LanguageStatusSeverity.Error
      : problems ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  update();
  return vscode.Disposable.from(item, store.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
