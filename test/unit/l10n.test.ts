// One message catalog, two languages: every key in both, the same placeholders, French typography,
// and every check's message rendered in French from the defect fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { catalog } from '../../server/src/service/l10n/catalog';
import { toLocale, translator } from '../../server/src/service/l10n/translate';
import { CHECK_CODES, type CheckCode } from '../../server/src/service/checks/codes';
import configSchema from '../../schemas/rollout-plan.config.schema.json';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose, planFiles } from './helpers';
import { checkDefectProgramme, defectProgrammes } from './programme-helpers';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();

test('every message exists in English and French with the same placeholders', () => {
  for (const [key, texts] of Object.entries(catalog)) {
    assert.ok(texts.en.trim() && texts.fr.trim(), `${key} has both texts`);
    assert.deepEqual(placeholders(texts.fr), placeholders(texts.en), `${key} placeholders`);
  }
});

test('French messages use a no-break space before : ; ? and inside « »', () => {
  for (const [key, { fr }] of Object.entries(catalog)) {
    assert.doesNotMatch(fr, / [:;?!]/, `${key}: ordinary space before punctuation`);
    assert.doesNotMatch(fr, /«(?!\u00a0)|(?<!\u00a0)»/, `${key}: guillemets without no-break space`);
  }
});

test('locale tags map to the catalog languages', () => {
  assert.equal(toLocale('fr'), 'fr');
  assert.equal(toLocale('fr-CA'), 'fr');
  assert.equal(toLocale('fr_FR.UTF-8'), 'fr');
  assert.equal(toLocale('en-US'), 'en');
  assert.equal(toLocale(undefined), 'en');
});

test('every check renders its message in both languages on the defect fixtures, with no placeholder left', async () => {
  const seen = new Set<string>();
  for (const file of planFiles('test/fixtures/defects')) {
    const text = fs.readFileSync(file, 'utf8');
    const en = await diagnose(text, 'en');
    const fr = await diagnose(text, 'fr');
    bothLanguages(en, fr);
  }
  for (const folder of defectProgrammes()) {
    const [en, fr] = [await checkDefectProgramme(folder, 'en'), await checkDefectProgramme(folder, 'fr')];
    en.forEach((plan, i) => bothLanguages(plan.diagnostics, fr[i].diagnostics));
  }
  function bothLanguages(en: Diagnostic[], fr: Diagnostic[]): void {
    assert.deepEqual(fr.map(d => d.code), en.map(d => d.code));
    fr.forEach((d, i) => {
      seen.add(String(d.code));
      assert.doesNotMatch(String(d.message), /\{\w+\}/);
      assert.notEqual(String(d.message), en[i].message, `${d.code} is translated`);
    });
  }
  assert.deepEqual([...seen].sort(), Object.keys(CHECK_CODES).sort());
});

test('each check is described in both languages; the config schema’s description of its rule names its default severity', () => {
  const rules = configSchema.properties.rules.properties as Record<string, { description: string }>;
  const [en, fr] = [translator('en'), translator('fr')];
  for (const code of Object.keys(CHECK_CODES) as CheckCode[]) {
    assert.equal(`${en(`rule.${code}`)} ${en('rule.default', { severity: CHECK_CODES[code] })}`, rules[code].description, code);
    assert.notEqual(fr(`rule.${code}`), en(`rule.${code}`), `${code} is translated`);
  }
});
