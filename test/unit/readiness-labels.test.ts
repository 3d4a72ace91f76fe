// The words the sidebar shows for a plan's values come with the readiness view, from the service's
// catalog in the view's language: the client keeps no translation of phase types, states, statuses,
// severities, decisions or kinds of missing owner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readinessView } from '../../server/src/service/features/readiness/view';
import { docOf, ROOT, service, TODAY } from './helpers';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8');

function view(text: string, locale: 'en' | 'fr', today = TODAY) {
  const s = service(locale);
  return readinessView('file:///p.rollout.yaml', s.analyze(docOf(text)), { t: s.translate, today });
}

test('phase types and states in words, in English and in French', () => {
  // the go-live has begun, the scale-up waits for it
  const labels = (locale: 'en' | 'fr') => view(EXAMPLE, locale, '2027-02-10').phases.map(p => `${p.typeLabel}: ${p.stateLabel}`);
  assert.deepEqual(labels('en'), ['pilot: done', 'Go/No-Go gate: done', 'go-live: in progress', 'scale-up in waves: blocked', 'run: not started']);
  assert.deepEqual(labels('fr'), ['pilote: terminée', 'décision Go/No-Go: terminée', 'mise en production: en cours',
    'déploiement par vagues: bloquée', 'exploitation: non commencée']);
});

test('criterion statuses, risk severities, likelihoods and statuses, gate decisions in words', () => {
  const en = view(EXAMPLE, 'en');
  const fr = view(EXAMPLE, 'fr');
  assert.deepEqual(en.phases[0].criteria.map(c => c.statusLabel), ['met', 'met', 'met']);
  assert.deepEqual(fr.phases[0].criteria.map(c => c.statusLabel), ['atteint', 'atteint', 'atteint']);
  const risk = (v: typeof en) => v.phases.flatMap(p => p.risks).map(r => [r.severityLabel, r.likelihoodLabel, r.statusLabel].join('/'));
  assert.deepEqual(risk(en), ['high/medium/closed', 'critical/low/open']);
  assert.deepEqual(risk(fr), ['élevé/moyen/clos', 'critique/faible/ouvert']);
  assert.equal(en.phases[1].gate!.decisionLabel, 'go');
});

test('what the plan leaves out gets the schema default; a value the schema does not know is shown as written', () => {
  const text = EXAMPLE.replace('    decision: go\n', '').replace('        status: closed\n', '').replace('    type: run', '    type: hypercare')
    .replace('exitCriteria: [bascule-france]', 'exitCriteria: [bascule-fr]');
  for (const [locale, pending, open, undefinedCriterion] of [['en', 'pending', 'open', 'not defined'], ['fr', 'en attente', 'ouvert', 'non défini']] as const) {
    const v = view(text, locale);
    assert.equal(v.phases[1].gate!.decisionLabel, pending);
    assert.equal(v.phases[0].risks[0].statusLabel, open);
    assert.equal(v.phases[4].typeLabel, 'hypercare');
    assert.equal(v.phases[3].waves[0].criteria[0].statusLabel, undefinedCriterion);
  }
});

test('missing owners say what lacks an owner', () => {
  const text = EXAMPLE.replace('      - task: Former les conseillers du service client\n        area: training\n        owner: samia\n', '      - task: Former les conseillers du service client\n        area: training\n')
    .replace('        champion: lea\n', '');
  assert.deepEqual(view(text, 'en').missingOwners.map(m => m.kindLabel), ['task without owner', 'wave without champion']);
  assert.deepEqual(view(text, 'fr').missingOwners.map(m => m.kindLabel), ['tâche sans responsable', 'vague sans référent']);
});
