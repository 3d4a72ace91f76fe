// Who goes first in the server (issues 18 and 20): an edited plan's diagnostics and the editor's
// requests are foreground work; the sidebar's snapshots, the programme overviews and the closed
// plans' re-checks are background work, done one small slice (one plan) at a time, each slice
// starting only when no foreground work is waiting. No Node API: setTimeout(0) lets the messages
// already received be read, in Node and in a Web Worker alike.

/** work that runs this long without a turn for the messages received delays a keystroke that much */
const SLICE_MS = 8;

/** One turn of the event loop: the messages already received are handled first. */
const nextTurn = () => new Promise<void>(resolve => setTimeout(resolve, 0));

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

  /** Marks foreground work as begun; call the function returned when it is over (once). */
  foreground(): () => void {
    this.foregroundCount++;
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
    await nextTurn();
    while (this.busy) {
      await new Promise<void>(resolve => this.waiting.push(resolve));
      // the foreground's own follow-up messages (the next keystroke) are read before we go on
      await nextTurn();
    }
  }

  /**
   * A turn of the event loop once `SLICE_MS` of work have run since the last one, for work that is
   * not cut into slices of its own (the programmes' first build, a file at a time): the messages
   * received are read and an edit's publish can start. Not a wait for the foreground to be over:
   * foreground work may itself be waiting for this work (a request across plans).
   */
  async breathe(): Promise<void> {
    if (performance.now() - this.lastTurn < SLICE_MS) return;
    await nextTurn();
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
