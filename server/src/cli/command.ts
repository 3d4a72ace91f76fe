// The start every command shares: the language of its messages (known before its options are
// checked, so a usage error is already in it), its parsed options, and `--help`.
import type { Locale } from '../service';
import type { Translate } from '../service';
import { parseArgs, type OptionSpecs, type ParsedArgs } from './args';
import { helpText, type HelpTopic } from './help';
import type { Io } from './io';
import { commandLocale, translator } from './messages';

export interface Started extends ParsedArgs {
  locale: Locale;
  t: Translate;
}

/** The command's locale, words and options; undefined when `--help` was asked for (and printed). */
export function startCommand(argv: readonly string[], io: Io, specs: OptionSpecs, name: Exclude<HelpTopic, 'main'>): Started | undefined {
  const locale = commandLocale(argv, io.env);
  const t = translator(locale);
  const parsed = parseArgs(t, argv, specs, name);
  if (parsed.options.help) {
    io.stdout.write(helpText(t, name));
    return undefined;
  }
  return { ...parsed, locale, t };
}
