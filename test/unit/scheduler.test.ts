// The server's scheduler (issue 20): background slices wait while foreground work (an edit's
// publish) is under way, run in order, and stop when the client cancels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cancelled, Scheduler } from '../../server/src/lsp/scheduler';

test('a background slice waits until the foreground work is over, then the rest follow in order', async () => {
  const scheduler = new Scheduler();
  const order: string[] = [];
  const end = scheduler.foreground();
  const background = scheduler.slices(['a', 'b'], async item => { order.push(item); return item.toUpperCase(); });
  // the edit's publish takes several turns: no slice runs meanwhile
  for (let i = 0; i < 5; i++) await new Promise(resolve => setTimeout(resolve, 0));
  order.push('edit published');
  end();
  end(); // ending twice counts once
  assert.deepEqual(await background, ['A', 'B']);
  assert.deepEqual(order, ['edit published', 'a', 'b']);
  assert.equal(scheduler.busy, false);
});

test('foreground work begun between two slices holds the next one', async () => {
  const scheduler = new Scheduler();
  const order: string[] = [];
  let end = () => {};
  const background = scheduler.slices([1, 2], async item => {
    order.push(`slice ${item}`);
    // a keystroke arrives while the first plan is read
    if (item === 1) {
      end = scheduler.foreground();
      setTimeout(() => { order.push('edit published'); end(); }, 0);
    }
  });
  await background;
  assert.deepEqual(order, ['slice 1', 'edit published', 'slice 2']);
});

test('a cancelled request stops at its next slice', async () => {
  const scheduler = new Scheduler();
  const token = { isCancellationRequested: false };
  const done: number[] = [];
  const work = scheduler.slices([1, 2, 3], async item => {
    done.push(item);
    if (item === 1) token.isCancellationRequested = true;
  }, token);
  await assert.rejects(work, Cancelled);
  assert.deepEqual(done, [1], 'nothing after the cancellation');
});

test('work not cut into slices breathes: a turn of the event loop once 8 ms have run since the last, none before', async () => {
  const scheduler = new Scheduler();
  const turned = () => {
    let ran = false;
    setTimeout(() => { ran = true; }, 0);
    return () => ran;
  };
  await scheduler.breathe(); // the first call: a turn, and the clock starts
  const soon = turned();
  await scheduler.breathe();
  assert.equal(soon(), false, 'a breath within 8 ms of the last turn costs no turn');
  const start = performance.now();
  while (performance.now() - start < 10) { /* a file summarised */ }
  const late = turned();
  await scheduler.breathe();
  assert.equal(late(), true, 'after 10 ms of work the messages received get their turn');
});
