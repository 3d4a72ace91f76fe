// Who goes first in the server (issues 18 and 20): an edited plan's diagnostics and the editor's
// requests are foreground work; the sidebar's snapshots, the programme overviews and the closed
// plans' re-checks are background work, done one small slice (one plan) at a time, each slice
// starting only when no foreground work is waiting. Node's immediates where there are, else a
// zero timeout: the messages already received are read first, in Node and in a Web Worker alike.

/** work that runs this long without a turn for the messages received delays a keystroke that much */
const SLICE_MS = 8;
/**
 * how long work not cut into slices waits for an edit's publish that began meanwhile: long enough for
 * an own-diagnostics publish; bounded, since a publish may itself wait for that work (across plans)
 */
const FOREGROUND_GRACE_MS = 50;

/**
 * A turn of the event loop once the messages already received are handled. In Node, two immediates:
 * work resumed from an I/O callback or a timer would otherwise go on before the loop polls again.
 * A Web Worker has no setImmediate; a zero timeout is a task queued after the messages already there.
 */
const immediate = globalThis.setImmediate as typeof setImmediate | undefined;
export const afterPendingMessages = () => new Promise<void>(resolve => {
  if (immediate) immediate(() => immediate(resolve));
  else setTimeout(resolve, 0);
});

/** Cancellation as the LSP gives it (a CancellationToken), without depending on the LSP library. */
export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

/** Thrown by `slices` when the client cancelled the request. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled by the client');
  }
}

export class Scheduler {
  /** foreground tasks under way (an edit scheduled or being published) */
  private foregroundCount = 0;
  /** background slices waiting for the foreground to be over */
  private waiting: (() => void)[] = [];
  /** when `breathe` last gave the foreground a turn */
  private lastTurn = 0;
  /** counts the stretches of foreground work (from none under way to some) */
  private episode = 0;
  /** the last stretch `breathe` waited for: waited for once, as it may be waiting for the breather */
  private waitedFor = 0;

  /** Marks foreground work as begun; call the function returned when it is over (once). */
  foreground(): () => void {
    if (this.foregroundCount++ === 0) this.episode++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (--this.foregroundCount === 0) this.wakeUp();
    };
  }

  /** Whether an edit or a request is waiting: background work stops at its next slice. */
  get busy(): boolean {
    return this.foregroundCount > 0;
  }

  /** Resolves when a background slice may run: after the messages received, and no foreground work left. */
  async idle(): Promise<void> {
    await afterPendingMessages();
    while (this.busy) {
      await new Promise<void>(resolve => this.waiting.push(resolve));
      // the foreground's own follow-up messages (the next keystroke) are read before we go on
      await afterPendingMessages();
    }
  }

  /**
   * A turn of the event loop once `SLICE_MS` of work have run since the last one, for work that is
   * not cut into slices of its own (a refresh of the programmes, a file at a time): the messages
   * received are read. `finishFirst`: a turn at every call, for work no foreground work waits for
   * (the first build of a big repository); an edit's publish begun then runs to its end before the
   * work goes on (its turns of the event loop would each wait for a stretch of it), a wait bounded
   * and made once per stretch of foreground work, lest the foreground be waiting for it after all.
   */
  async breathe(finishFirst = false): Promise<void> {
    if (!finishFirst && performance.now() - this.lastTurn < SLICE_MS) return;
    await afterPendingMessages();
    if (finishFirst && this.busy && this.waitedFor !== this.episode) {
      this.waitedFor = this.episode;
      await Promise.race([new Promise<void>(resolve => this.waiting.push(resolve)), new Promise<void>(resolve => setTimeout(resolve, FOREGROUND_GRACE_MS))]);
    }
    this.lastTurn = performance.now();
  }

  /** Runs `work` on each item, one slice at a time, in order; stops with `Cancelled` when the token is cancelled. */
  async slices<T, R>(items: readonly T[], work: (item: T) => Promise<R>, token?: Cancellable): Promise<R[]> {
    const results: R[] = [];
    for (const item of items) {
      await this.idle();
      if (token?.isCancellationRequested) throw new Cancelled();
      results.push(await work(item));
    }
    return results;
  }

  private wakeUp(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
