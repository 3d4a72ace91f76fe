// The sidebar's snapshots cached by content (issue 20): the same text, the same config, the same
// language and day and an unchanged programme give the same snapshot, without analysing the plan
// again. The readiness view alone (no diagnostics) depends on the text, the language, the day and
// its gates' reasons across plans (issue 18): the programme overviews reuse it. Only the snapshot
// is kept, never the analysis, so a repository of 2,000 plans costs what the sidebar shows.
import type { Translate } from '../../l10n/translate';
import { contentKey } from '../../shared/content-key';
import { detached } from '../../shared/detached';
import type { LinkedGates } from '../../programme/linked-gates';
import type { PlanConfig } from '../../workspace/config';
import type { PlanProblems } from './snapshot';
import type { PlanReadiness } from './view';

/** What a snapshot was made from. */
export interface SnapshotKey {
  text: string;
  t: Translate;
  today: string;
}

/** A view's key with its gates' reasons across plans (`linksKey`): another plan's change gives another view. */
export interface ViewKey extends SnapshotKey {
  links: string;
}

/** The gates' reasons across plans as a key: equal reasons, equal keys. */
export const linksKey = (linked: LinkedGates): string => (linked.gates.size === 0 && linked.plans.length === 0 ? '' : JSON.stringify([linked.plans, ...linked.gates]));

/** What the problem counts were made under, besides the text: the config and the programme's state. */
export interface ProblemsKey {
  config: PlanConfig;
  programme: number;
}

/**
 * `content`: the text's contentKey, not the text (a repository's texts are not kept twice);
 * `prepared`: the view came from the programme index's analysis, and its counts are not made yet
 */
type Entry = { content: string; t: Translate; today: string; links: string; view: PlanReadiness; problems?: ProblemsKey & { counts: PlanProblems }; prepared?: true };

const sameSource = (entry: Entry | undefined, key: SnapshotKey): entry is Entry =>
  entry !== undefined && entry.t === key.t && entry.today === key.today && entry.content === contentKey(key.text);

export class SnapshotCache {
  private readonly entries = new Map<string, Entry>();

  /** The readiness view of this text with these reasons across plans, if it was made. */
  view(uri: string, key: ViewKey): PlanReadiness | undefined {
    const entry = this.entries.get(uri);
    return sameSource(entry, key) && entry.links === key.links ? entry.view : undefined;
  }

  /** The view and its problem counts, if both were made from this text under this config and programme. */
  snapshot(uri: string, key: SnapshotKey & ProblemsKey): { view: PlanReadiness; problems: PlanProblems } | undefined {
    const entry = this.entries.get(uri);
    if (!sameSource(entry, key) || !entry.problems) return undefined;
    const { problems } = entry;
    return problems.config === key.config && problems.programme === key.programme ? { view: entry.view, problems: problems.counts } : undefined;
  }

  /** Keeps a view and gives the copy kept; an entry already made from the same source (with its problem counts) stays. */
  putView(uri: string, key: ViewKey, view: PlanReadiness): PlanReadiness {
    const entry = this.entries.get(uri);
    if (sameSource(entry, key) && entry.links === key.links) return entry.view;
    const kept = detached(view, uri);
    this.entries.set(uri, { content: contentKey(key.text), t: key.t, today: key.today, links: key.links, view: kept });
    return kept;
  }

  /** the problem counts hold under the programme's state; the view's reasons across plans are those of that state (`links`); gives the copy kept */
  putProblems(uri: string, key: ViewKey & ProblemsKey, view: PlanReadiness, counts: PlanProblems): PlanReadiness {
    // a prepared view is kept already
    const kept = this.entries.get(uri)?.view === view ? view : detached(view, uri);
    this.entries.set(uri, {
      content: contentKey(key.text), t: key.t, today: key.today, links: key.links, view: kept, problems: { config: key.config, programme: key.programme, counts },
    });
    return kept;
  }

  /**
   * Keeps the view a closed plan's analysis gave before its programme was known
   * (features/readiness/prepared-snapshot.ts); `'detached'`: the view is a detached copy already (made on another thread).
   */
  putPrepared(uri: string, key: SnapshotKey, view: PlanReadiness, copy?: 'detached'): void {
    if (sameSource(this.entries.get(uri), key)) return;
    this.entries.set(uri, { content: contentKey(key.text), t: key.t, today: key.today, links: '', view: copy ? view : detached(view, uri), prepared: true });
  }

  /** The prepared view of this text, if kept and not made into a snapshot yet. */
  prepared(uri: string, key: SnapshotKey): PlanReadiness | undefined {
    const entry = this.entries.get(uri);
    return sameSource(entry, key) && entry.prepared && !entry.problems ? entry.view : undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
