// The report's programme summary over an in-memory workspace: go-lives past the cap are counted,
// go-lives done or over are left out, and a report of plans without a programme file has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/service';
import { MAX_NEXT_GO_LIVES } from '../../server/src/service/features/readiness/programme-summary';
import { PLAN_A, PROGRAMME } from '../server/programme-plans';
import { MemoryWorkspace } from './memory-workspace';

const TODAY = '2050-06-01';
/** plan a, renamed `p<n>`, its go-live on day `n` of March `year` */
const goLiveIn = (n: number, year = 2099) => PLAN_A.replace('id: a', `id: p${n}`)
  .replace(/2099-03-01/g, `${year}-03-${String(n).padStart(2, '0')}`).replace(/2099-03-02/g, `${year}-03-${String(n + 1).padStart(2, '0')}`);

test('the next go-lives: soonest first, at most MAX_NEXT_GO_LIVES, then how many more; done or over ones left out', async () => {
  const files: Record<string, string> = { 'file:///ws/programme.rollout.yaml': PROGRAMME };
  const count = MAX_NEXT_GO_LIVES + 2;
  // written latest first, so the order comes from the dates
  for (let n = count; n >= 1; n--) files[`file:///ws/p${String(n).padStart(2, '0')}.rollout.yaml`] = goLiveIn(n);
  files['file:///ws/past.rollout.yaml'] = goLiveIn(20, 2001).replace('id: p20', 'id: past');
  files['file:///ws/done.rollout.yaml'] = goLiveIn(21).replace('id: p21', 'id: done').replace(/ {8}owner: nadia\n$/, '        owner: nadia\n        done: true\n');
  const service = createLanguageService({ workspace: new MemoryWorkspace(files), locale: 'en', today: () => TODAY });
  const json = JSON.parse(await service.report([{ uri: 'file:///ws/p01.rollout.yaml', name: 'p01.rollout.yaml' }], { format: 'json' }));
  const [programme] = json.programmes;
  assert.equal(programme.totals.plans, count + 2);
  assert.deepEqual(programme.nextGoLives.map((g: { plan: string }) => g.plan), Array.from({ length: MAX_NEXT_GO_LIVES }, (_, i) => `p${i + 1}`));
  assert.equal(programme.moreGoLives, 2);
  const md = await service.report([{ uri: 'file:///ws/p01.rollout.yaml', name: 'p01.rollout.yaml' }], { format: 'markdown' });
  const goLives = md.slice(md.indexOf('### Next go-lives'), md.indexOf('### Freezes to come'));
  assert.match(goLives, /\n\n… and 2 more go-lives\.\n/);
  assert.doesNotMatch(goLives, /`past`|`done`/);
  assert.match(goLives, /^\| `p1` \| Bascule ERP \(`x`\) \|/m);
});

test('plans without a programme file: the report has no programme summary', async () => {
  const service = createLanguageService({ workspace: new MemoryWorkspace({ 'file:///ws/a.rollout.yaml': PLAN_A }), locale: 'en', today: () => TODAY });
  const json = JSON.parse(await service.report([{ uri: 'file:///ws/a.rollout.yaml', name: 'a.rollout.yaml' }], { format: 'json' }));
  assert.equal(json.programmes, undefined);
  assert.doesNotMatch(await service.report([{ uri: 'file:///ws/a.rollout.yaml', name: 'a.rollout.yaml' }], { format: 'markdown' }), /## Programme/);
});
