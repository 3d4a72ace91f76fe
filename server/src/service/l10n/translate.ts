import { catalog, type MessageKey } from './catalog';

export type Locale = 'en' | 'fr';
export type MessageArgs = Record<string, string | number>;
export type Translate = (key: MessageKey, args?: MessageArgs) => string;

/** Picks the catalog language for a BCP 47 tag or POSIX locale (`fr`, `fr-CA`, `fr_FR.UTF-8`). */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^fr\b|^fr[-_]/i.test(tag) ? 'fr' : 'en';
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a test can catch it. */
export function format(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export function translator(locale: Locale): Translate {
  return (key, args) => format(catalog[key][locale], args);
}
