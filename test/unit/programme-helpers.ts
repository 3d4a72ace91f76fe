// Shared by the programme tests: small plans and programme files written as YAML, a workspace of
// them in memory, and a plan's diagnostics through the front door as an editor would get them.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService, type Locale } from '../../server/src/service';
import { docOf, planFiles, ROOT, TODAY } from './helpers';
import { MemoryWorkspace } from './memory-workspace';

export interface PhaseSpec {
  id: string;
  type?: string;
  start?: string;
  end?: string;
  after?: string[];
  window?: [string, string];
  owner?: string;
  waves?: { id: string; champion: string; start: string; end: string }[];
}

export interface PlanSpec {
  people?: string[];
  owner?: string;
  /** extra lines at the end (a broken line, a comment) */
  tail?: string;
}

export function planText(id: string, phases: PhaseSpec[], { people, owner = 'pm', tail = '' }: PlanSpec = {}): string {
  const lines = ['apiVersion: plan-as-code/v1', 'kind: RolloutPlan', 'metadata:', `  id: ${id}`, `  title: Plan ${id}`, `  owner: ${owner}`, ''];
  if (people) lines.push('people:', ...people.map(p => `  ${p}: { name: ${p} }`), '');
  lines.push('phases:');
  for (const phase of phases) {
    lines.push(`  - id: ${phase.id}`, `    type: ${phase.type ?? (phase.window ? 'go-live' : 'pilot')}`, `    title: Phase ${phase.id}`);
    if (phase.owner) lines.push(`    owner: ${phase.owner}`);
    if (phase.start) lines.push(`    start: ${phase.start}`);
    if (phase.end) lines.push(`    end: ${phase.end}`);
    if (phase.after) lines.push(`    after: [${phase.after.join(', ')}]`);
    if (phase.window) lines.push(`    window: { start: ${phase.window[0]}, end: ${phase.window[1]} }`, '    rollback: Restore');
    if (phase.waves) {
      lines.push('    waves:');
      for (const w of phase.waves) lines.push(`      - id: ${w.id}`, `        champion: ${w.champion}`, `        start: ${w.start}`, `        end: ${w.end}`);
    }
  }
  return `${lines.join('\n')}\n${tail}`;
}

export interface ProgrammeSpec {
  people?: string[];
  freezes?: { id: string; start: string; end: string; plans?: string[] }[];
  tail?: string;
}

export function programmeText(id: string, { people, freezes, tail = '' }: ProgrammeSpec = {}): string {
  const lines = ['apiVersion: plan-as-code/v1', 'kind: Programme', 'metadata:', `  id: ${id}`, `  title: Programme ${id}`, ''];
  if (people) lines.push('people:', ...people.map(p => `  ${p}: { name: ${p} }`), '');
  if (freezes) {
    lines.push('freezes:');
    for (const f of freezes) {
      lines.push(`  - id: ${f.id}`, `    title: Freeze ${f.id}`, `    start: ${f.start}`, `    end: ${f.end}`);
      if (f.plans) lines.push(`    plans: [${f.plans.join(', ')}]`);
    }
  }
  return `${lines.join('\n')}\n${tail}`;
}

export const newService = (workspace: MemoryWorkspace, locale: Locale = 'en') => createLanguageService({ workspace, locale, today: () => TODAY });

/** The diagnostics of a file of the workspace, as the editor would check it (version 1). */
export async function diagnosticsOf(service: LanguageService, workspace: MemoryWorkspace, uri: string): Promise<Diagnostic[]> {
  return service.diagnostics(docOf(workspace.files.get(uri)!, uri, workspace.open.get(uri) ?? 1));
}

/** `line:code message` of the diagnostics with these codes (1-based lines). */
export function withCodes(diagnostics: Diagnostic[], ...codes: string[]): string[] {
  return diagnostics.filter(d => codes.includes(String(d.code))).map(d => `${d.range.start.line + 1}:${d.code} ${d.message}`);
}

/** The line (1-based) of the first line of `text` holding `needle`. */
export function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex(l => l.includes(needle)) + 1;
}

/** A plan of a defect programme (a folder of test/fixtures/defects), with its diagnostics in that programme. */
export interface ProgrammePlan {
  name: string;
  text: string;
  diagnostics: Diagnostic[];
}

const DEFECTS = path.join(ROOT, 'test/fixtures/defects');

/** The folders of test/fixtures/defects: one programme each, for the checks across plans. */
export const defectProgrammes = () => fs.readdirSync(DEFECTS).filter(f => fs.statSync(path.join(DEFECTS, f)).isDirectory());

/** The diagnostics of each plan of a defect programme (its programme file is not a plan). */
export async function checkDefectProgramme(folder: string, locale: Locale = 'en'): Promise<ProgrammePlan[]> {
  const files = planFiles(`test/fixtures/defects/${folder}`).map(f => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  const uriOf = (name: string) => `file:///fixtures/${folder}/${name}`;
  const workspace = new MemoryWorkspace(Object.fromEntries(files.map(f => [uriOf(f.name), f.text])));
  const service = newService(workspace, locale);
  const plans = files.filter(f => !/^kind: Programme$/m.test(f.text));
  return Promise.all(plans.map(async f => ({ ...f, diagnostics: await service.diagnostics(docOf(f.text, uriOf(f.name))) })));
}
