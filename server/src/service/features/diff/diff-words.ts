// Small wordings every part of the diff's rendering shares: plural forms, a move in days, a name.
import type { MessageKey } from '../../l10n/catalog';
import type { Locale, Translate } from '../../l10n/translate';
import { markdownText } from './markdown-text';

/** Singular or plural: English uses the singular for 1 only, French for 0 and 1. */
export const plural = (locale: Locale, n: number): 'one' | 'many' => ((locale === 'fr' ? n <= 1 : n === 1) ? 'one' : 'many');

/** `{prefix}.one` or `{prefix}.many` with `{count}` filled. */
export const counted = (t: Translate, locale: Locale, prefix: string, count: number) =>
  t(`${prefix}.${plural(locale, count)}` as MessageKey, { count });

/** `+9 d`, `−3 j` (a true minus sign). */
export const daysText = (t: Translate, days: number) => t('diff.days', { days: days > 0 ? `+${days}` : `\u2212${-days}` });

/** A plan's name for a phase, criterion, task…, quoted in the language's way, Markdown made inert. */
export const quoted = (t: Translate, name: string) => t('diff.name', { name: markdownText(name) });
