// The readiness diff of a set of plans (LanguageService.diff): each plan's two sides read and
// checked once with the config that applies to it now and on the same day, compared, rendered as
// soon as compared (a plan's analyses are dropped before the next plan is read), then the summary
// line, the unchanged plans in one line, and the counts `--fail-on` decides on.
import { toLocale, translator, type Locale, type Translate } from '../../l10n/translate';
import { SegmentCache } from '../../plan/parse';
import type { Programme } from '../../programme/programme-types';
import type { PlanConfig } from '../../workspace/config';
import { readSide, type ReadSide, type SideContext } from './diff-side';
import { planSection } from './diff-markdown';
import { diffOutcome } from './diff-outcome';
import { summaryLine } from './diff-summary';
import type { DiffInput, DiffRequest, DiffResult } from './diff-types';
import { markdownCode } from './markdown-text';
import { diffPlan } from './plan-diff';
import type { PlanDiff } from './plan-diff-types';

export interface DiffContext {
  locale: Locale;
  today: string;
  /** the config that applies to a plan now (the front door's ConfigSource) */
  configFor: (uri: string) => Promise<PlanConfig>;
  /** the plan's programme now: both sides' gates count the other plans as they are now (undefined: the plan alone) */
  programmeOf?: (uri: string) => Promise<Programme | undefined>;
}

/** JSON's shape version: bumped when a field changes meaning or goes (docs/diff.md). */
export const DIFF_JSON_VERSION = 1;

export async function readinessDiff(inputs: readonly DiffInput[], request: DiffRequest, context: DiffContext): Promise<DiffResult> {
  const translators = new Map<Locale, Translate>();
  const tFor = (l: Locale) => translators.get(l) ?? translators.set(l, translator(l)).get(l)!;
  const plans: PlanDiff[] = [];
  const sections: string[][] = [];
  for (const input of inputs) {
    const config = await context.configFor(input.uri);
    const programme = await context.programmeOf?.(input.uri);
    const { diff, after } = comparePlan(input, request, { ...context, config, programme, tFor });
    plans.push(diff);
    if (request.format === 'markdown' && diff.status !== 'unchanged') {
      sections.push(planSection(diff, { t: tFor(diff.locale), base: request.base, timeline: after.kind === 'plan' ? after.timeline : undefined }));
    }
  }
  const outcome = diffOutcome(plans);
  // with per-plan languages, the summary follows the plans when they agree
  const languages = new Set(plans.map(p => p.locale));
  const locale = request.perPlanLocale && languages.size === 1 ? [...languages][0]! : context.locale;
  const t = tFor(locale);
  const summary = summaryLine(plans, outcome, request.base, t, locale);
  const changedPlans = plans.filter(p => p.status !== 'unchanged').length;
  const unchanged = plans.filter(p => p.status === 'unchanged');
  if (request.format === 'json') {
    const json = { version: DIFF_JSON_VERSION, base: request.base, summary: { text: summary, changedPlans, unchangedPlans: unchanged.length }, outcome, plans };
    return { text: JSON.stringify(json, null, 2) + '\n', outcome, changedPlans };
  }
  const out = [summary, '', ...sections.flat()];
  if (unchanged.length) out.push(t('diff.unchanged', { plans: unchanged.map(p => markdownCode(p.name)).join(', ') }), '');
  return { text: out.join('\n'), outcome, changedPlans };
}

type PlanContext = DiffContext & { config: PlanConfig; programme?: Programme; tFor: (l: Locale) => Translate };

/** Both sides in one language: the service's, or with `perPlanLocale` the plan's own (read from it now, else at the base). */
function comparePlan(input: DiffInput, request: DiffRequest, context: PlanContext): { diff: PlanDiff; after: ReadSide } {
  const sideContext = (locale: Locale, cache: SegmentCache): SideContext => ({
    uri: input.uri, cache, config: context.config, programme: context.programme, t: context.tFor(locale), locale, today: context.today,
  });
  let locale = context.locale;
  // an unchanged text is read once and stands for both sides
  const same = input.before?.text !== undefined && input.before.text === input.after?.text && input.before.name === input.after.name;
  const read = (l: Locale) => {
    // a cache per plan and language (memoised findings hold their sentences): the base first, then only what changed since
    const cache = new SegmentCache();
    const b = readSide(input.before, sideContext(l, cache));
    return { before: b, after: same ? b : readSide(input.after, sideContext(l, cache)) };
  };
  let { after, before } = read(locale);
  if (request.perPlanLocale) {
    const plan = after.kind === 'plan' ? after : before.kind === 'plan' ? before : undefined;
    const own = plan && toLocale(plan.analysis.model.metadata.language?.value);
    // rare (a plan in another language than the run's): its sides are read again in that language
    if (own && own !== locale) {
      locale = own;
      ({ after, before } = read(locale));
    }
  }
  return { diff: diffPlan(before, after, { uri: input.uri, t: context.tFor(locale), locale }), after };
}
