// What the YAML parser could not read, in the catalog's words (never the parser's English).
// Duplicate keys in `people` or `criteria` are ids, so duplicate-id reports them instead. A key
// written as a list or a map is reported here too (the parser accepts it, a plan cannot use it).
import type { MessageKey } from '../l10n/catalog';
import { catalog } from '../l10n/catalog';
import { absStart } from '../parse';
import type { Check } from './check';
import { nonScalarKeys } from './non-scalar-keys';

export const yamlSyntax: Check = {
  code: 'yaml-syntax',
  run(ctx) {
    if (ctx.parsed.root === 'binary') {
      ctx.report({ code: 'yaml-syntax', loc: { start: 0, end: 0 }, message: ctx.t('yaml.notText') });
      return;
    }
    const idKeys = new Set([...ctx.model.people ?? [], ...ctx.model.criteria].map(d => absStart(d.id.loc)));
    for (const error of ctx.parsed.syntaxErrors) {
      if (error.code === 'DUPLICATE_KEY') {
        if (!idKeys.has(error.start)) {
          ctx.report({ code: 'yaml-syntax', loc: error, message: ctx.t('yaml.duplicateKey', { key: error.key ?? '' }) });
        }
        continue;
      }
      if (error.code === 'MULTIPLE_DOCS') {
        ctx.report({ code: 'yaml-syntax', loc: error, message: ctx.t('yaml.multipleDocuments') });
        continue;
      }
      const codeKey = `yaml.code.${error.code}`;
      const detail = ctx.t(codeKey in catalog ? (codeKey as MessageKey) : 'yaml.code.other');
      ctx.report({ code: 'yaml-syntax', loc: error, message: ctx.t('yaml.error', { detail }) });
    }
    for (const seg of ctx.parsed.segments) {
      for (const loc of nonScalarKeys(seg)) ctx.report({ code: 'yaml-syntax', loc, message: ctx.t('yaml.nonScalarKey') });
    }
  },
};
