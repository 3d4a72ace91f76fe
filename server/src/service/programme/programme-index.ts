// PLACEHOLDER (issue 18, first step): a naive ProgrammeSource so the cross-plan features can be
// written while the real index is built. Every call lists the workspace and summarises every plan
// file again; the programme is the nearest programme file's folder, else every plan listed.
// To be replaced by the incremental index (cached by content, nested programmes, implicit
// programmes per workspace folder, dependents by link).
import { declaresPlan } from '../plan/detect';
import type { PlanWorkspace } from '../workspace/workspace';
import type { FileSummary, Programme, ProgrammeSource } from './programme-types';

const PLAN_NAME = /\.rollout\.ya?ml$/i;
const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);

export class ProgrammeIndex implements ProgrammeSource {
  constructor(
    private readonly workspace: PlanWorkspace,
    /** the summary of a file's text (the front door analyses it, an open document through its kept analysis) */
    private readonly summarize: (uri: string, text: string, version: number | undefined) => FileSummary,
  ) {}

  async programmeOf(uri: string): Promise<Programme> {
    const summaries: FileSummary[] = [];
    for (const file of await this.workspace.listFiles()) {
      if (!PLAN_NAME.test(file) && file !== uri) continue;
      const read = await this.workspace.readFile(file);
      if (!('text' in read) || !(PLAN_NAME.test(file) || declaresPlan(read.text))) continue;
      summaries.push(this.summarize(file, read.text, read.version));
    }
    const programmeFiles = summaries.filter(s => s.kind === 'programme' && uri.startsWith(folderOf(s.uri)))
      .sort((a, b) => folderOf(b.uri).length - folderOf(a.uri).length);
    const file = programmeFiles[0];
    const scope = file ? folderOf(file.uri) : '';
    return { file, plans: summaries.filter(s => s.kind === 'plan' && s.uri.startsWith(scope)), problems: [] };
  }

  changed(): void {
    // nothing is kept yet
  }

  async dependentsOf(uri: string): Promise<string[]> {
    return (await this.programmeOf(uri)).plans.map(p => p.uri).filter(u => u !== uri);
  }
}
