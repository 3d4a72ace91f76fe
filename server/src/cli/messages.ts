// The command line's words, all taken from the service's message catalog (keys `cli.*`, `io.*`,
// `config.*`): which language (--locale or the environment), plural forms, why a file could not be
// read, and the summary line. This module holds no sentence of its own.
import { ioReason } from '../node/untrusted-file';
import { renderMessage, toLocale, translator, type Locale, type Translate } from '../service';
import type { Counts, SeverityName } from './results';

export { translator, type Translate };

/** The locale of the messages: `option` (en, fr) if given, else LC_ALL, LC_MESSAGES or LANG. */
export function localeFrom(option: string | undefined, env: NodeJS.ProcessEnv): Locale {
  return option ? toLocale(option) : toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/**
 * The language of a command's messages, known before its options are checked so that a usage
 * error is already in it: the last `--locale en|fr` (before `--`), else the environment's.
 */
export function commandLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  let option: string | undefined;
  args.forEach((arg, i) => {
    const value = arg === '--locale' ? args[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'en' || value === 'fr') option = value;
  });
  return localeFrom(option, env);
}

/** Why a file or folder could not be read (`permission denied`), in the language of `t`. */
export const describeError = (t: Translate, error: unknown): string => renderMessage(t, ioReason(error));

/** Singular or plural: English uses the singular for 1 only, French for 0 and 1. */
const plural = (locale: Locale, n: number): 'one' | 'many' => ((locale === 'fr' ? n <= 1 : n === 1) ? 'one' : 'many');

export const severityLabel = (locale: Locale, severity: SeverityName) => translator(locale)(`cli.severity.${severity}`);

const countOf = (locale: Locale, severity: SeverityName, n: number) =>
  translator(locale)(`cli.count.${severity}.${plural(locale, n)}`, { count: n });

/** `3 errors, 5 warnings in 2 of 14 plans` (information and hints appended when there are some). */
export function summary(locale: Locale, c: Counts): string {
  const t = translator(locale);
  if (c.plans === 0) return t('cli.summary.noPlans');
  const kinds = c.programmeFiles === 0 ? undefined : fileKinds(locale, c);
  if (c.plansWithFindings === 0) {
    return kinds ? t('cli.summary.cleanWithProgrammes', kinds) : t('cli.summary.clean', { total: c.plans, plans: t(`cli.plan.${plural(locale, c.plans)}`) });
  }
  const parts = [countOf(locale, 'error', c.error), countOf(locale, 'warning', c.warning)];
  if (c.information) parts.push(countOf(locale, 'information', c.information));
  if (c.hint) parts.push(countOf(locale, 'hint', c.hint));
  if (kinds) {
    const files = t(`cli.file.${plural(locale, locale === 'fr' ? c.plansWithFindings : c.plans)}`);
    return t('cli.summary.findingsWithProgrammes', { counts: parts.join(', '), withFindings: c.plansWithFindings, total: c.plans, files, ...kinds });
  }
  // the noun agrees with the total in English (`1 of 2 plans`), with the plans concerned in French (`1 plan sur 2`)
  const plans = t(`cli.plan.${plural(locale, locale === 'fr' ? c.plansWithFindings : c.plans)}`);
  return t('cli.summary.findings', { counts: parts.join(', '), withFindings: c.plansWithFindings, total: c.plans, plans });
}

/** `4 plans and 1 programme file`: the checked files told apart (a programme file is no plan) */
function fileKinds(locale: Locale, c: Counts) {
  const t = translator(locale);
  const plans = c.plans - c.programmeFiles;
  return {
    plans, planNoun: t(`cli.plan.${plural(locale, plans)}`),
    programmes: c.programmeFiles, programmeNoun: t(`cli.programmeFile.${plural(locale, c.programmeFiles)}`),
  };
}

export function tooManyWarnings(locale: Locale, warnings: number, max: number): string {
  return translator(locale)('cli.tooManyWarnings', { count: countOf(locale, 'warning', warnings), max });
}
