// The timeline request over stdio, as the webview's host asks for it: the open document's phases
// and waves, following an edit; null for a document the server does not hold.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TimelineMethod, type Timeline, type TimelineBar, type TimelineParams } from '../../server/src/protocol';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8');
let client: LspClient;

before(async () => {
  client = new LspClient();
  await client.initialize('fr');
});
after(() => client.stop());

const ask = (uri: string) => client.request<Timeline | null>(TimelineMethod, { uri } satisfies TimelineParams);

test('the timeline of an open plan names its phases and waves, in the editor’s language, and follows an edit', async () => {
  const uri = 'file:///ws/timeline.rollout.yaml';
  await client.open(uri, EXAMPLE, 1);
  await client.waitForPublish(uri, p => p.version === 1);
  const timeline = await ask(uri);
  assert.ok(timeline);
  assert.deepEqual(timeline.items.map(i => i.title), [
    'Pilote sur 10 % du trafic France', 'Réunion Go/No-Go', 'Mise en production du nouveau parcours', 'Montée en charge par pays',
    'vague-france', 'vague-international', 'Run du parcours de commande',
  ]);
  assert.equal(timeline.items[0].typeLabel, 'pilote');
  assert.deepEqual(timeline.unscheduled, []);

  const moved = EXAMPLE.replace('start: 2027-04-06', 'start: 2027-04-13');
  await client.change(uri, 2, [{ text: moved }]);
  await client.waitForPublish(uri, p => p.version === 2);
  const after = await ask(uri);
  assert.equal((after!.items.find(i => i.key === 'wave:deploiement/vague-international') as TimelineBar).start, '2027-04-13');
});

test('a document the server does not hold has no timeline', async () => {
  assert.equal(await ask('file:///ws/not-open.rollout.yaml'), null);
});

test('the programme’s timeline: the open plan in its lane, its rows keyed in that lane', async () => {
  const uri = 'file:///ws/programme-mode.rollout.yaml';
  await client.open(uri, EXAMPLE, 1);
  await client.waitForPublish(uri, p => p.version === 1);
  const programme = await client.request<Timeline | null>(TimelineMethod, { uri, programme: true } satisfies TimelineParams);
  assert.ok(programme?.lanes, 'a programme timeline has lanes');
  const lane = programme.lanes.find(l => l.current);
  assert.deepEqual([lane?.uri, lane?.key], [uri, 'altura-parcours-commande']);
  assert.ok(programme.items.some(i => i.key === 'altura-parcours-commande/wave:deploiement/vague-international' && i.lane === 'altura-parcours-commande'));
  assert.equal((await ask(uri))?.lanes, undefined, 'the plan’s own timeline has none');
});
