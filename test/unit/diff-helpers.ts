// Shared by the readiness diff's tests: the ERP example as the base, edits made on its text, and
// the diff of one plan (or several) through the front door, on a fixed day.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { createLanguageService, type DiffInput, type DiffResult, type Locale } from '../../server/src/service';
import { MemoryWorkspace } from './memory-workspace';
import { ROOT, TODAY } from './helpers';

export const ERP = fs.readFileSync(path.join(ROOT, 'examples/erp-go-live.rollout.yaml'), 'utf8');
export const ERP_URI = 'file:///repo/plans/erp.rollout.yaml';
export const ERP_NAME = 'plans/erp.rollout.yaml';

/** `text` with `from` replaced by `to`; fails when `from` is not there exactly once (the edit would silently do nothing). */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `edit: ${JSON.stringify(from)} once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export interface DiffOptions {
  format?: 'markdown' | 'json';
  locale?: Locale;
  base?: string;
  perPlanLocale?: boolean;
  workspace?: MemoryWorkspace;
}

export function diffOf(inputs: DiffInput[], { format = 'markdown', locale = 'en', base = 'origin/main', perPlanLocale, workspace = new MemoryWorkspace() }: DiffOptions = {}): Promise<DiffResult> {
  return createLanguageService({ workspace, locale, today: () => TODAY }).diff(inputs, { format, base, perPlanLocale });
}

/** The ERP plan at the base and `after` now (same path). */
export const erpChange = (after: string, before = ERP): DiffInput => ({ uri: ERP_URI, before: { name: ERP_NAME, text: before }, after: { name: ERP_NAME, text: after } });

/** The JSON diff's only plan. */
export async function jsonPlan(input: DiffInput, options: DiffOptions = {}) {
  const json = JSON.parse((await diffOf([input], { ...options, format: 'json' })).text);
  assert.equal(json.plans.length, 1);
  return json.plans[0];
}
