// `rollout-plan report --format svg`: each plan's timeline as the Gantt chart the editor's timeline
// draws (the service's renderTimelineSvg, light theme: fixed colours for a slide or an e-mail).
// One plan: standard output, or the file --output names. Several plans: one <plan>.svg each in the
// folder --output names (created if needed); without one it is a usage error (exit 2).
import fs from 'node:fs';
import path from 'node:path';
import { renderTimelineSvg, toLocale, translator, type Timeline, type Translate } from '../service';
import { CliError } from './exit';
import type { Io } from './io';
import { describeError } from './messages';
import { collectPlans, warnProblems } from './plans';
import { displayPath } from './results';
import type { CliSession } from './workspace';

export interface SvgReportRequest {
  positionals: readonly string[];
  output?: string;
  /** --locale plan: each chart's words in its plan's language */
  perPlanLocale: boolean;
}

interface Chart {
  display: string;
  svg: string;
}

/** Writes the charts; true when a plan could not be read or selected (the exit code is then 2). */
export async function writeSvgReport(io: Io, session: CliSession, { positionals, output, perPlanLocale }: SvgReportRequest): Promise<boolean> {
  const { service } = session;
  const t = service.translate;
  const chart = (timeline: Timeline): string => {
    const locale = perPlanLocale ? toLocale(timeline.language) : service.locale;
    return renderTimelineSvg(timeline, { zoom: 'month', theme: 'light', t: perPlanLocale ? translator(locale) : t, locale });
  };
  const { results: charts, notices, skipped } = await collectPlans(positionals, io, session,
    ({ display, doc }): Chart => ({ display, svg: chart(service.timeline(doc)) }));
  const problems = warnProblems(io, t, { notices, skipped });

  const target = output === undefined ? undefined : path.resolve(io.cwd, output);
  const intoFolder = target !== undefined && (charts.length > 1 || /[\\/]$/.test(output!) || isFolder(target));
  if (target === undefined || !intoFolder) {
    if (charts.length > 1) throw new CliError(t('cli.usage.svgNeedsFolder', { count: charts.length }));
    if (charts.length === 1) {
      if (target === undefined) io.stdout.write(charts[0].svg);
      else write(io, t, target, charts[0].svg);
    }
    return problems;
  }
  try {
    fs.mkdirSync(target, { recursive: true });
  } catch (error) {
    throw new CliError(t('cli.cannotWrite', { file: displayPath(io.cwd, target), reason: describeError(t, error) }));
  }
  const names = chartNames(charts.map(c => c.display));
  charts.forEach((c, i) => write(io, t, path.join(target, names[i]), c.svg));
  return problems;
}

const isFolder = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;

function write(io: Io, t: Translate, file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new CliError(t('cli.cannotWrite', { file: displayPath(io.cwd, file), reason: describeError(t, error) }));
  }
}

/** `plans/paie.rollout.yaml` → `paie.svg`; plans whose names would clash are named by their whole path (`plans-paie.svg`). */
function chartNames(displays: readonly string[]): string[] {
  const stem = (display: string) => display.replace(/(\.rollout)?\.ya?ml$/i, '');
  const short = displays.map(d => stem(path.posix.basename(d)));
  const clashes = new Set(short.filter((name, i) => short.indexOf(name) !== i));
  return displays.map((d, i) => `${clashes.has(short[i]) ? stem(d).replace(/^(\.\.\/)+/, '').replace(/[/:]/g, '-') : short[i]}.svg`);
}
