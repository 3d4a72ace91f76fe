// What the sidebar shows for one plan: its readiness view with its problem counts and the version
// it was read at, or why it was skipped. The server sends these over `rolloutPlan/readiness`.
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { PlanReadiness } from './view';

export interface PlanProblems {
  errors: number;
  warnings: number;
}

/** The counts the sidebar shows for a plan's diagnostics. */
export const problemCounts = (diagnostics: readonly Diagnostic[]): PlanProblems => ({
  errors: diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length,
  warnings: diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length,
});

export interface PlanSnapshot extends PlanReadiness {
  problems: PlanProblems;
  /** the version of the open document it was computed from (0: read from disk) */
  version: number;
}

export type PlanResult =
  | { uri: string; plan: PlanSnapshot }
  /** excluded by its rollout-plan.config.json, unreadable, or gone; or a programme file, not a plan */
  | { uri: string; skipped: 'excluded' | 'unreadable' | 'programme' };

/**
 * A sidebar edit's outcome. `stale`: the document changed since the version the client saw (ask
 * again); `not-found`: nothing to edit on that line; `shared`: the item is shared through a YAML
 * anchor, `reason` says so in the user's language.
 */
export type EditResult =
  | { version: number; edits: TextEdit[] }
  | { refused: 'stale' | 'not-found' }
  | { refused: 'shared'; reason: string };
