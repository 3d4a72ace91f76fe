// The programme index over the PlanWorkspace: every plan file's summary, cached per URI and reused
// while its text is the same (an open document by version, a file by text), and the membership of
// plans in programmes built from them. The listing and the reads happen once per burst of
// `programmeOf` calls: after that, only the files `changed` names are read again, and the listing
// only when one of them was created or deleted.
import { contentKey } from '../shared/content-key';
import { detached } from '../shared/detached';
import { readAhead } from '../shared/read-ahead';
import type { PlanWorkspace, ReadResult } from '../workspace/workspace';
import { dependents } from './dependents';
import { carryLookups } from './lookup-edit';
import { membership, type Membership } from './membership';
import type { FileSummary, Programme, ProgrammeSource } from './programme-types';

const PLAN_NAME = /\.rollout\.ya?ml$/i;
/** this many files to read (a repository's first build) are worth a first publish of a plan's own diagnostics */
const MANY_FILES = 100;
/** files read ahead of the one being summarised: enough to hide the reads' latency, few texts held */
const READ_AHEAD = 16;

/** files away on another thread at once during a first build: enough that it never waits for this thread between two */
const AWAY_AHEAD = 3;

/** A summary and what it was made from: the open document's version, else the file's text. */
type Entry = { summary: FileSummary; key: string };
const keyOf = (text: string, version: number | undefined) => (version === undefined ? `t:${text.length}:${contentKey(text)}` : `v:${version}`);
/** whether the key is an open document's, of a version after `version` */
const laterVersion = (key: string, version: number) => key.startsWith('v:') && Number(key.slice(2)) > version;
/** whether a file read with `text` has this key: the lengths first, so an edited document's 2 MB text is hashed only when they agree */
const isKeyOf = (key: string, text: string) => key.startsWith(`t:${text.length}:`) && key === keyOf(text, undefined);

export class ProgrammeIndex implements ProgrammeSource {
  /** the plan-named files of the workspace; undefined until listed, or after a file was created or deleted */
  private listing: Set<string> | undefined;
  /** the files of the last listing: those gone from the next one are dropped */
  private listed = new Set<string>();
  private readonly entries = new Map<string, Entry>();
  /** listed files read and found to be no member (unreadable, deleted, excluded by their config): not read again until changed */
  private readonly skipped = new Set<string>();
  /** files `changed` named since the last refresh: read again */
  private readonly stale = new Set<string>();
  /** the summary a changed file had before, until `dependentsOf` asks who depended on it */
  private readonly previous = new Map<string, FileSummary>();
  private built: Membership | undefined;
  /** the plans by id, over every entry; undefined when an entry changed since */
  private withId: Map<string, FileSummary[]> | undefined;
  /** bumped each time the membership is dropped (ProgrammeSource.generation) */
  generation = 0;
  /** the refresh under way: concurrent calls share it */
  private refreshing: Promise<Membership> | undefined;
  /** the refresh under way reads many files */
  private readingManyFiles = false;

  constructor(
    private readonly workspace: PlanWorkspace,
    /** the summary of a file's text (the front door analyses it, an open document through its kept analysis) */
    private readonly summarize: (uri: string, text: string, version: number | undefined) => FileSummary,
    /** a file its config's `exclude` covers is no plan of any programme (an open document always is) */
    private readonly excluded: (uri: string) => Promise<boolean> = async () => false,
    /** between two files read: reads already done resolve at once, so without it the files read ahead are summarised in one stretch */
    private readonly pause?: (many: boolean) => Promise<void>,
    /** a closed file's summary made on another thread, while many files are read (undefined: made here) */
    private readonly elsewhere?: (uri: string, text: string) => Promise<FileSummary | undefined>,
  ) {}

  /** `own`: the summary of the document being checked, at `version`, kept as if read */
  async programmeOf(uri: string, own?: { summary: FileSummary; version: number; text?: string }): Promise<Programme> {
    if (own) this.keep(own);
    return (await this.current()).programmeOf(uri);
  }

  /**
   * The summary of a document at `version` (0 with its text: a closed plan), kept as if read, without
   * waiting for the programme: an open plan published before its programme's first read is over is
   * still what the other plans and the features across plans see of it.
   */
  keep(own: { summary: FileSummary; version: number; text?: string }): void {
    this.put(own.summary, own.version === 0 && own.text !== undefined ? keyOf(own.text, undefined) : keyOf('', own.version), own.text);
  }

  async summaryAsRead(uri: string, text: string): Promise<FileSummary | undefined> {
    // plans checked together while the index is first built (the command line's threads) find it built
    if (this.refreshing) await this.refreshing;
    const entry = this.entries.get(uri);
    return entry && !this.stale.has(uri) && isKeyOf(entry.key, text) ? entry.summary : undefined;
  }

  plansWithId(id: string): readonly FileSummary[] {
    if (!this.withId) {
      // made once per state of the entries, not once per question
      this.withId = new Map();
      for (const { summary } of this.entries.values()) {
        if (summary.kind !== 'plan' || !summary.id) continue;
        const list = this.withId.get(summary.id.value);
        if (list) list.push(summary);
        else this.withId.set(summary.id.value, [summary]);
      }
    }
    return this.withId.get(id) ?? [];
  }

  private put(summary: FileSummary, key: string, text: string | undefined): void {
    const entry = this.entries.get(summary.uri);
    // the same text again (a closed plan analysed anew, a plan the command line checks as read): the
    // programme is unchanged; were it dropped, each plan checked would rebuild it over every file
    const same = (known: Entry) => known.key === key || (text !== undefined && isKeyOf(known.key, text));
    if (entry && (entry.summary === summary || (same(entry) && !this.stale.has(summary.uri)))) return;
    this.entries.set(summary.uri, { summary, key });
    this.stale.delete(summary.uri);
    if (this.refreshing || !this.swapped(entry?.summary, summary)) this.drop();
    else this.generation++;
  }

  /**
   * Follows a plan's summary replaced by another (an open plan's edit that keeps it a plan: no plan
   * moves), so the membership and its programme's lookups follow the edit rather than being made
   * again over every plan; false when the change is more than that (the membership is then dropped).
   */
  private swapped(before: FileSummary | undefined, after: FileSummary | undefined): boolean {
    if (!this.built || !before || !after || before.kind !== 'plan' || after.kind !== 'plan') return false;
    this.built = this.built.withPlan(before, after, (old, next) => carryLookups(old, next, before, after));
    this.follow(before, after);
    return true;
  }

  /** The plans by id after `before` became `after`: the same lists, the plan swapped, when its id is the same. */
  private follow(before: FileSummary, after: FileSummary): void {
    const id = after.id?.value;
    if (!this.withId || before.id?.value !== id) {
      this.withId = undefined;
      return;
    }
    if (id === undefined) return;
    const list = this.withId.get(id);
    if (list) this.withId.set(id, list.map(p => (p === before ? after : p)));
  }

  changed(uri: string): void {
    const previous = this.entries.get(uri);
    // the summary before the first change since `dependentsOf` last asked: an edit is marked as it
    // arrives and again once published, and the second mark must not take the edited summary for it
    if (previous && !this.stale.has(uri) && !this.previous.has(uri)) this.previous.set(uri, previous.summary);
    this.stale.add(uri);
    // read again when next asked; the membership stays until then (an open plan's edit only swaps its summary)
    this.generation++;
    // a plan file the listing does not know was created: list again, even when a request about it
    // (the sidebar's, before the watcher's event) already gave it an entry, or `forget` would drop it
    if (this.listing && PLAN_NAME.test(uri) && !this.listing.has(uri)) this.listing = undefined;
  }

  foldersChanged(): void {
    this.listing = undefined;
    this.drop();
  }

  private drop(): void {
    this.built = undefined;
    this.withId = undefined;
    this.generation++;
  }

  forget(uri: string): void {
    // a file the workspace lists stays (its summary is cheap to keep, costly to make again); any other (a warm-up run) is gone
    if (this.listed.has(uri) || !this.entries.delete(uri)) return;
    this.previous.delete(uri);
    this.stale.delete(uri);
    this.drop();
  }

  async dependentsOf(uri: string): Promise<string[]> {
    const before = this.previous.get(uri);
    this.previous.delete(uri);
    const state = await this.current();
    const after = this.entries.get(uri)?.summary;
    const all = () => [...this.entries.values()].map(e => e.summary);
    const found = new Set<string>();
    for (const summary of [before, after]) {
      if (summary) for (const dependent of dependents(summary, state, all)) found.add(dependent);
    }
    found.delete(uri);
    return [...found].sort();
  }

  /** The membership once every file is read as it is now: a file changed during a refresh is read again before the answer. */
  private async current(): Promise<Membership> {
    for (;;) {
      if (this.built && !this.refreshing && this.listing && this.stale.size === 0) return this.built;
      this.refreshing ??= this.refresh().finally(() => { this.refreshing = undefined; });
      const built = await this.refreshing;
      if (this.listing && this.stale.size === 0) return built;
    }
  }

  async readingMany(): Promise<boolean> {
    if (this.readingManyFiles) return true;
    if (this.built && this.listing && this.stale.size === 0) return false;
    if (!this.listing) await this.list();
    return this.toRead().length >= MANY_FILES;
  }

  /** Lists the plan files; says whether a file known before is gone. */
  private async list(): Promise<boolean> {
    let gone = false;
    this.listing = new Set((await this.workspace.listFiles()).filter(f => PLAN_NAME.test(f)));
    // files listed before and not now are gone (a document the caller gave stays)
    for (const uri of this.listed) {
      if (this.listing.has(uri)) continue;
      gone = this.entries.delete(uri) || gone;
      this.skipped.delete(uri);
    }
    this.listed = new Set(this.listing);
    return gone;
  }

  private toRead(): string[] {
    return [...new Set([...[...(this.listing ?? [])].filter(uri => !this.entries.has(uri) && !this.skipped.has(uri)), ...this.stale])];
  }

  private async refresh(): Promise<Membership> {
    let moved = !this.built;
    if (!this.listing) moved = (await this.list()) || moved;
    const toRead = this.toRead();
    this.stale.clear();
    const swaps: { before: FileSummary; after: FileSummary }[] = [];
    // until the last file is read, not only while many are left: a plan edited meanwhile never waits for them
    this.readingManyFiles = toRead.length >= MANY_FILES;
    const record = (change: Awaited<ReturnType<ProgrammeIndex['take']>>) => {
      if (change === 'moved') moved = true;
      else if (change) swaps.push(change);
    };
    // files under way on another thread: this one only reads and installs them (its own analyses made the keystrokes wait)
    const away = new Set<Promise<void>>();
    let failed: { error: unknown } | undefined;
    try {
      for await (const [uri, read] of readAhead(toRead, READ_AHEAD, f => this.workspace.readFile(f))) {
        if (this.readingManyFiles && this.elsewhere) {
          while (away.size >= AWAY_AHEAD) await Promise.race(away);
          const taking: Promise<void> = this.take(uri, read, this.elsewhere).then(record, error => { failed ??= { error }; }).finally(() => away.delete(taking));
          away.add(taking);
          continue;
        }
        record(await this.take(uri, read));
        if (this.pause) await this.pause(this.readingManyFiles);
      }
      await Promise.all(away);
      if (failed) throw failed.error;
    } finally {
      this.readingManyFiles = false;
    }
    // a put meanwhile (a document checked while the files were read) dropped the membership
    if (!moved && this.built && swaps.every(({ before, after }) => this.swapped(before, after))) return this.built;
    this.withId = undefined;
    const files = [...this.entries.values()].map(e => e.summary).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    this.built = membership(files, uri => (this.workspace.folderOf ? this.workspace.folderOf(uri) : ''));
    return this.built;
  }

  /**
   * Takes one file as read again; its summary is reused when the text (or the open version) is the
   * same. Says how the entries changed: a summary swapped for another, 'moved' (a file came, went
   * or changed kind: the membership is made again), or nothing.
   */
  private async take(uri: string, read: ReadResult, elsewhere?: ProgrammeIndex['elsewhere']): Promise<{ before: FileSummary; after: FileSummary } | 'moved' | undefined> {
    const before = this.entries.get(uri);
    if (!('text' in read) || (read.version === undefined && await this.excluded(uri))) {
      this.entries.delete(uri);
      this.skipped.add(uri);
      return before ? 'moved' : undefined;
    }
    this.skipped.delete(uri);
    // known from now on: an open plan outside the listing (another folder, not saved yet) is not listed again at each edit
    if (PLAN_NAME.test(uri)) this.listing?.add(uri);
    const key = keyOf(read.text, read.version);
    if (before?.key === key) return undefined;
    // read ahead before a later version of the open document was kept (an edit meanwhile): that one stays
    if (read.version !== undefined && before && laterVersion(before.key, read.version)) return undefined;
    const known = read.version === undefined ? this.workspace.knownSummary?.(uri, read.text) : undefined;
    const sent = !known && read.version === undefined && elsewhere !== undefined;
    const away = sent ? await elsewhere(uri, read.text) : undefined;
    // an entry put meanwhile (the document opened and checked) is newer than this read
    if (sent && this.entries.get(uri) !== before) return undefined;
    // a closed file's summary is kept for as long as the workspace lists it: apart from its analysis
    const after = known ?? away ?? (read.version === undefined ? detached(this.summarize(uri, read.text, undefined), uri) : this.summarize(uri, read.text, read.version));
    this.entries.set(uri, { summary: after, key });
    return before && before.summary.kind === 'plan' && after.kind === 'plan' ? { before: before.summary, after } : 'moved';
  }
}
