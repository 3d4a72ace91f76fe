// The readiness snapshot the sidebar, code lens and report are built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readinessView } from '../../server/src/service/features/readiness/view';
import { phaseLensTitle } from '../../server/src/service/features/readiness/lens';
import { docOf, ROOT, service, TODAY } from './helpers';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8');

function view(text: string, locale: 'en' | 'fr' = 'en', today = TODAY) {
  const s = service(locale);
  return readinessView('file:///p.rollout.yaml', s.analyze(docOf(text)), { t: s.translate, today });
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle));

test('phases in order with type, title, dates, progress and 0-based lines', () => {
  const v = view(EXAMPLE);
  assert.equal(v.id, 'altura-parcours-commande');
  assert.deepEqual(v.phases.map(p => `${p.key}:${p.type}:${p.progress.done}/${p.progress.total}`),
    ['pilote:pilot:3/3', 'go-no-go:gate:0/0', 'mise-en-production:go-live:0/6', 'deploiement:scale-up:0/4', 'exploitation:run:0/2']);
  const pilote = v.phases[0];
  assert.equal(pilote.line, lineOf(EXAMPLE, '- id: pilote'));
  assert.equal(pilote.start, '2026-06-01');
  assert.equal(pilote.items[0].line, lineOf(EXAMPLE, 'Identifier le segment de trafic'));
  assert.deepEqual(pilote.criteria.map(c => `${c.id}:${c.status}:${c.actual}:${c.target}`),
    ['nps-pilote:met:34:>= 30', 'taux-conversion:met:3.9%:>= 3.5%', 'taux-incidents:met:1.2%:< 2%']);
  assert.equal(v.totals.tasks.total, 15);
  assert.equal(v.totals.tasks.done, 3);
});

test('phase states: done, in progress, blocked, not started', () => {
  // on 2027-02-10 the go-live has started, the gate was decided go, the scale-up started too
  const states = (today: string) => Object.fromEntries(view(EXAMPLE, 'en', today).phases.map(p => [p.key, p.state]));
  assert.deepEqual(states('2026-05-01'), { 'pilote': 'done', 'go-no-go': 'done', 'mise-en-production': 'not-started', 'deploiement': 'not-started', 'exploitation': 'not-started' });
  assert.deepEqual(states('2027-02-10'), { 'pilote': 'done', 'go-no-go': 'done', 'mise-en-production': 'in-progress', 'deploiement': 'blocked', 'exploitation': 'not-started' });
  const pending = EXAMPLE.replace('decision: go', 'decision: pending').replace(/done: true/g, 'done: false');
  assert.equal(view(pending, 'en', '2026-10-06').phases[1].state, 'blocked');
  assert.equal(view(pending, 'en', '2026-09-01').phases[1].state, 'not-started');
  assert.equal(view(EXAMPLE.replace('decision: go', 'decision: no-go'), 'en', '2026-05-01').phases[1].state, 'blocked');
});

test('items: owner, due date, overdue; waves with champion and progress', () => {
  const v = view(EXAMPLE, 'en', '2027-01-20');
  const golive = v.phases[2];
  assert.deepEqual(golive.items.filter(i => i.overdue).map(i => i.task.slice(0, 20)), ['Valider le plan de m', 'Diffuser le kit de d', 'Répéter le retour ar', 'Les principales fonc', 'Les flux de données ']);
  assert.ok(golive.items.slice(3).every(i => i.postCheck));
  const [france] = v.phases[3].waves;
  assert.equal(france.champion, 'lea');
  assert.deepEqual(france.progress, { done: 0, total: 2 });
  assert.equal(france.items[0].key, 'wave:vague-france:0');
  assert.equal(v.totals.overdue, 5);
});

test('gates: verdict and localized reasons with their lines', () => {
  const open = EXAMPLE.replace('        due: 2026-09-18\n        done: true', '        due: 2026-09-18');
  const gate = view(open).phases[1].gate!;
  assert.equal(gate.ready, false);
  assert.deepEqual(gate.reasons.map(r => r.message), ['Task “Recueillir les retours des utilisateurs pilotes” in phase `pilote` is not done.']);
  assert.equal(gate.reasons[0].line, lineOf(open, 'Recueillir les retours'));
  assert.match(view(open, 'fr').phases[1].gate!.reasons[0].message, /^La tâche «\u00a0Recueillir/);
  const risky = EXAMPLE.replace('status: closed', 'status: open').replace('        mitigation: Inclure des clients occasionnels et mobiles dans le segment\n', '');
  assert.deepEqual(view(risky, 'fr').phases[1].gate!.reasons.map(r => r.message),
    ['Le risque ouvert `echantillon-biaise` (élevé) de la phase `pilote` n’a pas de mesure d’atténuation.']);
});

test('missing owners with their phase and line; per-phase counts for the code lens', () => {
  const text = EXAMPLE.replace('      - task: Former les conseillers du service client\n        area: training\n        owner: samia\n', '      - task: Former les conseillers du service client\n        area: training\n')
    .replace('        champion: lea\n', '');
  const v = view(text);
  assert.deepEqual(v.missingOwners.map(m => `${m.kind}:${m.phase}:${m.line}`),
    [`task:pilote:${lineOf(text, 'Former les conseillers')}`, `wave:deploiement:${lineOf(text, 'id: vague-france')}`]);
  assert.equal(v.phases[0].missingOwners, 1);
  assert.equal(phaseLensTitle(service().translate, v.phases[0]), '3/3 done · 1 missing owner');
  assert.equal(phaseLensTitle(service().translate, v.phases[1]), 'ready');
  assert.equal(phaseLensTitle(service('fr').translate, v.phases[4]), '0/2 terminées');
});

test('a plan with a syntax error still shows what could be parsed, marked as having problems', () => {
  const broken = EXAMPLE.replace('    after: [pilote]', '    after: [pilote}');
  const v = view(broken);
  assert.ok(v.syntaxErrors > 0);
  assert.equal(v.phases[0].key, 'pilote');
  assert.deepEqual(v.phases[0].progress, { done: 3, total: 3 });
});

test('people for the owner quick pick; no roster means undefined', () => {
  assert.deepEqual(view(EXAMPLE).people?.slice(0, 1), [{ id: 'marie', name: 'Marie Dupont', role: 'Cheffe de projet' }]);
  assert.equal(view(EXAMPLE.replace(/^people:\n( {2}.*\n)+/m, '')).people, undefined);
});
