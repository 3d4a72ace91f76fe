// The command line's own words (the plan diagnostics come translated from the service).
// French uses a no-break space (U+00A0) before « : ; ? ! », as the service's catalog does.
import type { Locale } from '../service';
import type { Counts, SeverityName } from './results';

const SEVERITY: Record<Locale, Record<SeverityName, [one: string, many: string]>> = {
  en: {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    information: ['information', 'information'],
    hint: ['hint', 'hints'],
  },
  fr: {
    error: ['erreur', 'erreurs'],
    warning: ['avertissement', 'avertissements'],
    information: ['information', 'informations'],
    hint: ['suggestion', 'suggestions'],
  },
};

export const severityLabel = (locale: Locale, severity: SeverityName) => SEVERITY[locale][severity][0];

const countOf = (locale: Locale, severity: SeverityName, n: number) =>
  `${n} ${SEVERITY[locale][severity][n === 1 || (locale === 'fr' && n === 0) ? 0 : 1]}`;

/** `3 errors, 5 warnings in 2 of 14 plans` (information and hints appended when there are some). */
export function summary(locale: Locale, c: Counts): string {
  if (c.plans === 0) return locale === 'fr' ? 'Aucun plan trouvé.' : 'No plans found.';
  const plans = (n: number) => (locale === 'fr' ? (n > 1 ? 'plans' : 'plan') : n === 1 ? 'plan' : 'plans');
  if (c.plansWithFindings === 0) {
    return locale === 'fr' ? `Aucun problème dans ${c.plans} ${plans(c.plans)}.` : `No problems in ${c.plans} ${plans(c.plans)}.`;
  }
  const parts = [countOf(locale, 'error', c.error), countOf(locale, 'warning', c.warning)];
  if (c.information) parts.push(countOf(locale, 'information', c.information));
  if (c.hint) parts.push(countOf(locale, 'hint', c.hint));
  return locale === 'fr'
    ? `${parts.join(', ')} dans ${c.plansWithFindings} ${plans(c.plansWithFindings)} sur ${c.plans}`
    : `${parts.join(', ')} in ${c.plansWithFindings} of ${c.plans} ${plans(c.plans)}`;
}

export function tooManyWarnings(locale: Locale, warnings: number, max: number): string {
  return locale === 'fr'
    ? `${warnings} avertissements, plus que --max-warnings ${max}`
    : `${warnings} warnings, more than --max-warnings ${max}`;
}
