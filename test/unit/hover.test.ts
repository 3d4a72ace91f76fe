// Hover: schema documentation on keys and enum values (English and French), the definition behind
// a reference (criterion, phase, person); `|` is the cursor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { caret } from './caret';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { TODAY, service } from './helpers';

const PLAN = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: demo
  title: Démo
  owner: marie
people:
  marie: { name: Marie Dupont, role: Cheffe de projet, team: PMO }
criteria:
  nps-pilote:
    title: Satisfaction des utilisateurs pilotes
    metric: NPS
    target: ">= 30"
    actual: 34
phases:
  - id: pilote
    type: pilot
    title: Pilote
    start: 2026-01-05
    end: 2026-03-01
    exitCriteria: [nps-pilote]
    checklist:
      - { task: a, done: true }
      - { task: b }
  - id: go-no-go
    type: gate
    after: [pilote]
    criteria: [nps-pilote, inconnu]
    approvers:
      - marie
`;

function hoverAt(marked: string, locale: 'en' | 'fr' = 'en') {
  const { doc, position } = caret(marked);
  return service(locale).hover(doc, position);
}

/** Hover at the `n`-th occurrence of `word` in PLAN, the cursor inside the word. */
function hoverOn(word: string, n = 0, locale: 'en' | 'fr' = 'en', text = PLAN) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, word);
  const cut = at + Math.min(2, word.length - 1);
  const h = hoverAt(`${text.slice(0, cut)}|${text.slice(cut)}`, locale);
  return h && { value: (h.contents as MarkupContent).value, range: h.range };
}

test('a key shows its schema documentation, over the whole key', () => {
  const h = hoverOn('exitCriteria:');
  assert.ok(h);
  assert.match(h.value, /^\*\*Exit criteria\*\*/);
  assert.match(h.value, /Success criteria \(ids from criteria\)/);
  assert.deepEqual(h.range, { start: { line: 20, character: 4 }, end: { line: 20, character: 16 } });
  assert.match(hoverOn('apiVersion')!.value, /plan-as-code\/v1/);
  assert.match(hoverOn('name:')!.value, /Full name of the person/);
});

test('a key in French from the French schema texts', () => {
  const h = hoverOn('exitCriteria:', 0, 'fr');
  assert.ok(h);
  assert.match(h.value, /\*\*Critères de sortie\*\*|\*\*[^*]+\*\*/);
  assert.doesNotMatch(h.value, /Success criteria \(ids from criteria\)/);
});

test('an enum value shows what it means', () => {
  const h = hoverOn('gate\n');
  assert.ok(h);
  assert.match(h.value, /Go\/No-Go gate: decide/);
  const fr = hoverOn('pilot\n', 0, 'fr');
  assert.ok(fr);
  assert.doesNotMatch(fr.value, /test at small scale/);
});

test('a criterion reference shows title, metric, target, actual and status', () => {
  const h = hoverOn('nps-pilote', 1);
  assert.ok(h);
  assert.match(h.value, /Success criterion `nps-pilote`\*\*: Satisfaction des utilisateurs pilotes/);
  for (const line of ['Metric: NPS', 'Target: >= 30', 'Actual: 34', 'Status: met']) assert.ok(h.value.includes(line), line);
  const fr = hoverOn('nps-pilote', 2, 'fr');
  assert.ok(fr);
  assert.ok(fr.value.includes('Cible\u00a0: >= 30') && fr.value.includes('Statut\u00a0: atteint'), fr.value);
});

test('a phase reference shows title, type, dates and progress', () => {
  const h = hoverOn('[pilote]');
  assert.ok(h);
  assert.match(h.value, /Phase `pilote`\*\*: Pilote/);
  for (const line of ['Type: `pilot`', 'Dates: 2026-01-05 → 2026-03-01', 'Progress: 1 of 2 checklist items done']) assert.ok(h.value.includes(line), line);
});

test('a person reference (block list, scalar) shows name, role and team', () => {
  const h = hoverOn('marie', 2);
  assert.ok(h);
  assert.match(h.value, /Person `marie`\*\*: Marie Dupont/);
  assert.ok(h.value.includes('Role: Cheffe de projet') && h.value.includes('Team: PMO'));
  assert.match(hoverOn('marie', 0)!.value, /Marie Dupont/);
});

test('an undefined reference says so; a criterion id under criteria describes it', () => {
  assert.match(hoverOn('inconnu')!.value, /`inconnu` is not defined/);
  assert.match(hoverOn('nps-pilote', 0)!.value, /Target: >= 30/);
});

test('no hover on free text, blank space or comments', () => {
  assert.equal(hoverOn('Démo'), null);
  assert.equal(hoverAt(`${PLAN}  |\n`), null);
  assert.equal(hoverAt(`# un comm|entaire\n${PLAN}`), null);
});

test('hover works with a syntax error elsewhere', () => {
  const broken = PLAN.replace('after: [pilote]', 'after: [pilote}');
  assert.match(hoverOn('nps-pilote', 1, 'en', broken)!.value, /Target: >= 30/);
  assert.match(hoverOn('approvers', 0, 'en', broken)!.value, /Go\/No-Go decision/);
});

test('U+2028, U+2029 and a lone CR: hover reads the line as the editor splits it', () => {
  const errors: unknown[] = [];
  const svc = new RolloutPlanService({ locale: 'en', today: () => TODAY, onError: e => errors.push(e) });
  const hoverIn = (marked: string) => {
    const { doc, position } = caret(marked);
    const h = svc.hover(doc, position);
    return h && { value: (h.contents as MarkupContent).value, range: h.range };
  };
  for (const sep of ['\u2028', '\u2029']) {
    const h = hoverIn(`apiVersion: plan-as-code/v1\nmetadata:\n  id: x\n  ti|tle: a${sep}b\n`);
    assert.match(h?.value ?? '', /^\*\*Title\*\*/, `U+${sep.charCodeAt(0).toString(16)}`);
    assert.deepEqual(h?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } });
  }
  const h = hoverIn('apiVersion: plan-as-code/v1\rmetadata:\r  id: x\r  ti|tle: Démo\rkind: RolloutPlan\r');
  assert.match(h?.value ?? '', /^\*\*Title\*\*/);
  assert.deepEqual(h?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } });
  assert.match(hoverIn('apiVersion: plan-as-code/v1\rk|ind: RolloutPlan\r')?.value ?? '', /RolloutPlan/);
  assert.deepEqual(errors, []);
});
