// The readiness view's programme node (issue 18): the examples' programme rolled up (its four
// plans, tasks, gates, the next go-lives and freezes to come), and a champion carrying two waves
// of two plans at once named with both waves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/service';
import { ROOT, TODAY } from './helpers';
import { MemoryWorkspace } from './memory-workspace';

const examples = path.join(ROOT, 'examples');
const files = Object.fromEntries(fs.readdirSync(examples).filter(f => f.endsWith('.rollout.yaml'))
  .map(f => [pathToFileURL(path.join(examples, f)).href, fs.readFileSync(path.join(examples, f), 'utf8')]));
const planUris = Object.keys(files).filter(uri => !uri.endsWith('/programme.rollout.yaml'));

test('the examples’ programme: its four plans, tasks and gates, the next go-lives and the freezes to come', async () => {
  const service = createLanguageService({ workspace: new MemoryWorkspace(files), today: () => TODAY });
  const [overview, ...others] = await service.programmeOverviews(planUris);
  assert.equal(others.length, 0, 'one programme for the four plans');
  assert.equal(overview.title, 'Programme de transformation 2027');
  assert.equal(overview.totals.plans, 4);
  assert.deepEqual(overview.plans.map(p => p.id).sort(), ['altura-parcours-commande', 'assistant-ia', 'erp-bascule', 'intune-pilote']);
  assert.ok(overview.totals.tasks.total > 0 && overview.totals.tasks.done <= overview.totals.tasks.total);
  assert.deepEqual(overview.nextGoLives.map(g => g.plan), ['altura-parcours-commande', 'erp-bascule'], 'soonest first');
  assert.deepEqual(overview.freezes.map(f => f.id), ['cloture-annuelle', 'inventaire-ete']);
  assert.deepEqual(overview.freezes[1].plans, ['erp-bascule']);
  assert.deepEqual(overview.overloaded, []);
  assert.deepEqual(await service.programmeOverviews([]), [], 'no plan, no programme');
});

test('a champion of two overlapping waves in two plans is named with both waves', async () => {
  const erp = planUris.find(u => u.endsWith('/parcours-commande.rollout.yaml'))!;
  const ia = planUris.find(u => u.endsWith('/assistant-ia.rollout.yaml'))!;
  // the assistant's first wave (from 2027-01-11) gets the champion of the order journey's France wave
  const busy = { ...files, [ia]: files[ia].replace('champion: aurelie', 'champion: lea') };
  const service = createLanguageService({ workspace: new MemoryWorkspace(busy), today: () => TODAY });
  const [overview] = await service.programmeOverviews([erp, ia]);
  const lea = overview.overloaded.find(o => o.person === 'lea');
  assert.ok(lea, JSON.stringify(overview.overloaded));
  assert.ok(lea.waves.some(w => w.startsWith('assistant-ia/')) && lea.waves.some(w => w.startsWith('altura-parcours-commande/')), lea.waves.join(', '));
});
