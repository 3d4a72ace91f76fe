// The server's scheduler (issue 20): background slices wait while foreground work (an edit's
// publish) is under way, run in order, and stop when the client cancels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
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
  // a message received is an I/O callback: a file looked up (one I/O) begun before the work stands for it
  const received = () => {
    let read = false;
    fs.stat(__filename, () => { read = true; });
    return () => read;
  };
  await scheduler.breathe(); // the first call: a turn, and the clock starts
  const soon = received();
  await scheduler.breathe();
  assert.equal(soon(), false, 'a breath within 8 ms of the last turn costs no turn');
  await new Promise(resolve => setTimeout(resolve, 20)); // (that look-up is over)
  const late = received();
  const start = performance.now();
  while (performance.now() - start < 20) { /* a file summarised, as work resumed from an I/O callback */ }
  await scheduler.breathe();
  assert.equal(late(), true, 'after 20 ms of work the messages received get their turn, before the work goes on');
});

test("a repository's first build breathes at every file and lets an edit's publish begun meanwhile finish first", async () => {
  const scheduler = new Scheduler();
  await scheduler.breathe(true);
  const order: string[] = [];
  const end = scheduler.foreground();
  // the publish takes several turns (its config read, its analysis): the build waits for all of them
  setTimeout(() => { order.push('edit published'); end(); }, 5);
  await scheduler.breathe(true);
  order.push('next file');
  assert.deepEqual(order, ['edit published', 'next file']);
});

test('a build waits for foreground work once per stretch of it and not for long: the foreground may be waiting for the build', async () => {
  const scheduler = new Scheduler();
  const end = scheduler.foreground(); // a publish across plans, waiting for the programme
  let started = performance.now();
  await scheduler.breathe(true);
  const waited = performance.now() - started;
  assert.ok(waited >= 40 && waited < 1000, `waited ${waited.toFixed(0)} ms, bounded`);
  started = performance.now();
  for (let i = 0; i < 5; i++) await scheduler.breathe(true);
  assert.ok(performance.now() - started < 40, 'the same stretch is not waited for again');
  end();
  // work that publishes wait for (a small refresh) never waits for them
  const again = scheduler.foreground();
  started = performance.now();
  await new Promise(resolve => setTimeout(resolve, 10));
  await scheduler.breathe(false);
  assert.ok(performance.now() - started < 40, 'breathe(false) gives a turn only');
  again();
});
