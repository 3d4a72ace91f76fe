// The programmes a report's plans belong to: each programme file once, with the analysis of every
// plan of it (the plans the report names, the others read through the workspace).
import type { Analysis } from '../../plan/analysis';
import type { ProgrammeSource } from '../../programme/programme-types';
import type { ReportPlan, ReportProgramme } from './report';

export async function reportProgrammes(
  plans: readonly ReportPlan[],
  programmes: ProgrammeSource,
  /** a plan not named by the report, analysed as the workspace gives it (undefined: excluded or unreadable) */
  analyse: (uri: string) => Promise<Analysis | undefined>,
): Promise<ReportProgramme[]> {
  const named = new Map(plans.map(p => [p.uri, p.analysis]));
  const found: ReportProgramme[] = [];
  const covered = new Set<string>();
  for (const { uri } of plans) {
    if (covered.has(uri)) continue;
    const programme = await programmes.programmeOf(uri);
    // its fellow plans share this programme: it is asked for once
    for (const member of programme.plans) covered.add(member.uri);
    const { file } = programme;
    if (!file || found.some(f => f.programme.file.uri === file.uri)) continue;
    const analyses = new Map<string, Analysis>();
    for (const { uri: member } of programme.plans) {
      const analysis = named.get(member) ?? await analyse(member);
      if (analysis) analyses.set(member, analysis);
    }
    found.push({ programme: { ...programme, file }, analyses });
  }
  return found;
}
