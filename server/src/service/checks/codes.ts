// The stable check codes of plan-format v1 and their default severities. Users configure them in
// rollout-plan.config.json; the CLI's SARIF rules and the docs are generated from this table.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const CHECK_CODES = {
  'schema': 'error',
  'yaml-syntax': 'error',
  'undefined-criterion': 'error',
  'undefined-phase': 'error',
  'undefined-person': 'error',
  'duplicate-id': 'error',
  'dependency-cycle': 'error',
  'date-order': 'error',
  'starts-before-dependency': 'warning',
  'missing-owner': 'warning',
  'unmeasurable-criterion': 'warning',
  'pilot-without-criteria': 'warning',
  'go-with-unmet-criteria': 'warning',
  'unmitigated-risk': 'warning',
  'go-live-without-rollback': 'warning',
  'overdue-task': 'information',
  'unused-criterion': 'hint',
  'go-live-in-freeze': 'error',
  'overlapping-go-lives': 'warning',
  'overloaded-champion': 'warning',
} as const satisfies Record<string, Severity>;

export type CheckCode = keyof typeof CHECK_CODES;

export const isCheckCode = (code: string): code is CheckCode => Object.hasOwn(CHECK_CODES, code);

export const DOCS_URL = 'https://github.com/rollout-plans/rollout-plans/blob/main/docs/checks.md';
export const docsLink = (code: CheckCode) => `${DOCS_URL}#${code}`;
