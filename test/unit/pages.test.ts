// The sidebar fills as plans are read (issue 20): small pages, in order, each shown before the
// next is asked for; a failed request (a server restarting) stops the fill.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inPages } from '../../client/src/readiness/pages';

const uris = Array.from({ length: 25 }, (_, i) => `file:///p${i}.rollout.yaml`);

test('each page is shown before the next one is asked for, in order, none bigger than the page size', async () => {
  const events: string[] = [];
  const shown: string[] = [];
  const complete = await inPages(uris, async page => { events.push(`ask ${page.length}`); return page; },
    page => { events.push(`show ${page.length}`); shown.push(...page); }, 10);
  assert.equal(complete, true);
  assert.deepEqual(events, ['ask 10', 'show 10', 'ask 10', 'show 10', 'ask 5', 'show 5']);
  assert.deepEqual(shown, uris);
});

test('a request that fails stops the fill: the pages shown stay, no later page is asked for', async () => {
  const asked: number[] = [];
  const shown: string[] = [];
  const complete = await inPages(uris, async page => {
    asked.push(asked.length);
    if (asked.length === 2) throw new Error('server restarting');
    return page;
  }, page => shown.push(...page), 10);
  assert.equal(complete, false);
  assert.deepEqual(asked, [0, 1]);
  assert.deepEqual(shown, uris.slice(0, 10));
});

test('no plan: nothing is asked, the fill is complete', async () => {
  let asked = 0;
  assert.equal(await inPages([], async () => { asked++; }, () => undefined), true);
  assert.equal(asked, 0);
});
