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

/**
 * A sentence of the message catalog not yet in a language: each front end renders it with its own
 * Translate. An argument may itself be a message (the reason inside « cannot read: {reason} »).
 */
export interface Message {
  key: MessageKey;
  args?: { readonly [name: string]: string | number | Message };
}

export function renderMessage(t: Translate, message: Message): string {
  const args: MessageArgs = {};
  for (const [name, value] of Object.entries(message.args ?? {})) args[name] = typeof value === 'object' ? renderMessage(t, value) : value;
  return t(message.key, args);
}
