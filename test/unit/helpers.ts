// Shared by the unit tests: load a plan as a document, run the service, read expectation markers.
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type Locale } from '../../server/src/service';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { MemoryWorkspace } from './memory-workspace';

export const ROOT = path.resolve(__dirname, '../../..');
/** A fixed "today" so overdue-task results do not change with the calendar. */
export const TODAY = '2026-11-28';

export const service = (locale: Locale = 'en') => new RolloutPlanService({ locale, today: () => TODAY });

export function planFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return fs.readdirSync(abs).filter(f => /\.rollout\.ya?ml$/.test(f)).map(f => path.join(abs, f));
}

export function docOf(text: string, uri = 'file:///test/plan.rollout.yaml', version = 1): TextDocument {
  return TextDocument.create(uri, 'rollout-plan', version, text);
}

/** The diagnostics a front end gets through the front door (no config in the workspace: the defaults). */
export function diagnose(text: string, locale: Locale = 'en'): Promise<Diagnostic[]> {
  return createLanguageService({ workspace: new MemoryWorkspace(), locale, today: () => TODAY }).diagnostics(docOf(text));
}

/** `line:code` for every `# expect: code[, code]` marker (1-based lines). */
export function expectedMarkers(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /#\s*expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/.exec(line);
    if (m) for (const code of m[1].split(/\s*,\s*/)) out.push(`${i + 1}:${code}`);
  });
  return out.sort();
}

export const found = (diags: Diagnostic[]) => diags.map(d => `${d.range.start.line + 1}:${d.code}`).sort();
