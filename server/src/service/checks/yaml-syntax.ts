// What the YAML parser could not read, in the catalog's words (never the parser's English).
// Duplicate keys in `people` or `criteria` are ids, so duplicate-id reports them instead. A key
// written as a list or a map is reported here too (the parser accepts it, a plan cannot use it).
// At most MAX_SYNTAX_ERRORS are listed, then one diagnostic counts the rest: a broken paste can
// hold 200k errors, megabytes of diagnostics that nobody reads one by one.
import { MAX_NESTING } from '../plan/bounded-yaml';
import type { MessageKey } from '../l10n/catalog';
import { catalog } from '../l10n/catalog';
import { absStart, type SyntaxError } from '../plan/parse';
import type { Translate } from '../l10n/translate';
import type { Check } from './check';
import { nonScalarKeys } from './non-scalar-keys';

export const MAX_SYNTAX_ERRORS = 100;

export const yamlSyntax: Check = {
  code: 'yaml-syntax',
  run(ctx) {
    if (ctx.parsed.root === 'binary') {
      ctx.report({ code: 'yaml-syntax', loc: { start: 0, end: 0 }, message: ctx.t('yaml.notText') });
      return;
    }
    const idKeys = new Set([...ctx.model.people ?? [], ...ctx.model.criteria].map(d => absStart(d.id.loc)));
    const shown = ctx.parsed.syntaxErrors.filter(e => e.code !== 'DUPLICATE_KEY' || !idKeys.has(e.start));
    shown.slice(0, MAX_SYNTAX_ERRORS).forEach(error => ctx.report({ code: 'yaml-syntax', loc: error, message: messageOf(ctx.t, error) }));
    if (shown.length > MAX_SYNTAX_ERRORS) {
      const count = shown.length - MAX_SYNTAX_ERRORS;
      ctx.report({ code: 'yaml-syntax', loc: shown[MAX_SYNTAX_ERRORS], message: ctx.t('yaml.moreErrors', { count }) });
    }
    for (const seg of ctx.parsed.segments) {
      for (const loc of nonScalarKeys(seg)) ctx.report({ code: 'yaml-syntax', loc, message: ctx.t('yaml.nonScalarKey') });
    }
  },
};

function messageOf(t: Translate, error: SyntaxError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': return t('yaml.duplicateKey', { key: error.key ?? '' });
    case 'MULTIPLE_DOCS': return t('yaml.multipleDocuments');
    case 'RESOURCE_EXHAUSTION': return t('yaml.tooDeep', { limit: MAX_NESTING });
  }
  const codeKey = `yaml.code.${error.code}`;
  const detail = t(codeKey in catalog ? (codeKey as MessageKey) : 'yaml.code.other');
  return t('yaml.error', { detail });
}
