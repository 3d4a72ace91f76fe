import { catalog, type MessageKey } from './catalog';

export type Locale = 'en' | 'fr';
export type MessageArgs = Record<string, string | number>;
export type Translate = (key: MessageKey, args?: MessageArgs) => string;

/** Picks the catalog language for a BCP 47 tag or POSIX locale (`fr`, `fr-CA`, `fr_FR.UTF-8`). */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^fr\b|^fr[-_]/i.test(tag) ? 'fr' : 'en';
}

/** A template cut at its placeholders: literal text at even indices, placeholder names at odd ones. */
type Template = readonly string[];

const compile = (template: string): Template => template.split(/\{(\w+)\}/);

function fill(parts: Template, args: MessageArgs): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in args ? String(args[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a test can catch it. */
export function format(template: string, args: MessageArgs = {}): string {
  return fill(compile(template), args);
}

export function translator(locale: Locale): Translate {
  // a chart or a view translates thousands of sentences: each template is cut once, not scanned by a regex each time
  const templates = new Map<MessageKey, Template>();
  return (key, args = {}) => {
    let parts = templates.get(key);
    if (parts === undefined) {
      parts = compile(catalog[key][locale]);
      templates.set(key, parts);
    }
    return parts.length === 1 ? parts[0] : fill(parts, args);
  };
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
