// The report's formatting in the reader's language: dates, ranges, percentages and progress, the
// catalog's labels for the plan's values, and Markdown tables whose cells no plan text can break.
import { parseDate } from '../../plan/dates';
import { catalog, type MessageKey } from '../../l10n/catalog';
import type { Locale, Translate } from '../../l10n/translate';

export class Formatter {
  private readonly dates: Intl.DateTimeFormat;
  private readonly times: Intl.DateTimeFormat;
  private readonly numbers: Intl.NumberFormat;

  constructor(readonly locale: Locale, readonly t: Translate) {
    const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
    this.dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    this.times = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    this.numbers = new Intl.NumberFormat(tag);
  }

  /** `2027-03-13` → `13 mars 2027` / `13 March 2027`; anything unreadable as it is written. */
  date(text: string): string {
    const time = parseDate(text);
    if (time === undefined) return text;
    return (/[T ]\d/.test(text.trim()) ? this.times : this.dates).format(time);
  }

  dateRange(start?: string, end?: string): string {
    if (start && end && start !== end) return this.t('report.dateRange', { start: this.date(start), end: this.date(end) });
    return start || end ? this.date((start ?? end)!) : '';
  }

  percent(done: number, total: number): string {
    return this.t('report.percent', { value: this.numbers.format(total === 0 ? 0 : Math.round((done / total) * 100)) });
  }

  progress(done: number, total: number): string {
    return total === 0 ? '—' : `${done}/${total} · ${this.percent(done, total)}`;
  }

  /** A label from the catalog when there is one for this value (`state.done`, `phaseType.pilot`…). */
  label(prefix: string, value: string | undefined): string {
    if (value === undefined) return '';
    const key = `${prefix}.${value}`;
    return key in catalog ? this.t(key as MessageKey) : value;
  }
}

/** Text for a Markdown table cell: no pipe or line break can escape it. */
export const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');

export function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(r => `| ${r.map(cell).join(' | ')} |`)];
}
