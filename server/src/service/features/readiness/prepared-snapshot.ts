// One analysis of a closed plan feeds both the programme index and the sidebar (issue 20): when
// the index summarises a file the sidebar will ask for, the same analysis gives the plan's view
// (without reasons across plans), and the engine keeps its own findings when it releases it
// (RolloutPlanService.release). The sidebar's snapshot is then that view and the counts of those
// findings with the programme's, without analysing the plan again; a plan whose gates have
// reasons across plans, or whose findings were not kept, is analysed again.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Translate } from '../../l10n/translate';
import type { RolloutPlanService } from '../../language-service';
import type { AcrossPlansChecker } from '../../programme/across-plans';
import { NO_LINKS } from '../../programme/linked-gates';
import type { FileSummary, ProgrammeSource } from '../../programme/programme-types';
import { linksKey, type ProblemsKey, type SnapshotCache, type SnapshotKey } from './snapshot-cache';
import { problemCounts, type PlanProblems } from './snapshot';
import type { Offload } from './prepared-file';
import { readinessView, type PlanReadiness } from './view';

export interface PreparedSnapshotsOptions {
  engine: RolloutPlanService;
  across: AcrossPlansChecker;
  snapshots: SnapshotCache;
  programmes: () => ProgrammeSource;
  translate: () => Translate;
  today: () => string;
  /** where closed files are prepared during a first build, if the host has another thread */
  offload?: Offload;
}

/** The front door's side of it: the index's summaries that prepare snapshots, and the snapshots made from them. */
export class PreparedSnapshots {
  /** the sidebar asked for snapshots: from then on the index's analyses of closed plans prepare theirs */
  asked = false;

  constructor(private readonly options: PreparedSnapshotsOptions) {}

  /** The index's summary of a file; once the sidebar has asked, a closed plan's one analysis also prepares its snapshot. */
  summarize(uri: string, text: string, version: number | undefined): FileSummary {
    const { engine, across, snapshots } = this.options;
    if (version !== undefined || !this.asked) return across.summaryOf(uri, text, version);
    const [t, today, analysis] = [this.options.translate(), this.options.today(), engine.analyze(TextDocument.create(uri, 'rollout-plan', 0, text))];
    // the same analysis (kept by the engine until the summary is made)
    const summary = across.summaryOf(uri, text, undefined);
    if (analysis.kind !== 'programme') snapshots.putPrepared(uri, { text, t, today }, readinessView(uri, analysis, { t, today, linked: NO_LINKS }));
    return summary;
  }

  /**
   * `summarize` of a closed file made elsewhere (LanguageServiceOptions.offload), its view and own
   * findings kept here as that analysis would have kept them; undefined when it was not (make it here).
   */
  async summarizeElsewhere(uri: string, text: string): Promise<FileSummary | undefined> {
    const { engine, snapshots, offload } = this.options;
    if (!offload) return undefined;
    const [locale, t, today, withView] = [engine.currentLocale, this.options.translate(), this.options.today(), this.asked];
    const prepared = await offload({ uri, text, locale, today, withView });
    if (!prepared) return undefined;
    // in another language or on another day by now, only the summary holds
    if (engine.currentLocale === locale && this.options.today() === today) {
      if (prepared.findings) engine.adopt(uri, text, today, prepared.findings);
      if (prepared.view) snapshots.putPrepared(uri, { text, t, today }, prepared.view, 'detached');
    }
    return prepared.summary;
  }

  /** A closed plan's snapshot from what the index's analysis prepared, when its view has no reasons across plans; else undefined (analyse it). */
  async snapshot(doc: TextDocument, key: SnapshotKey & ProblemsKey): Promise<{ view: PlanReadiness; problems: PlanProblems } | undefined> {
    const { engine, across, snapshots } = this.options;
    const programmes = this.options.programmes();
    const view = snapshots.prepared(doc.uri, key);
    const own = view && engine.keptFindings(doc);
    const summary = own && (await programmes.summaryAsRead(doc.uri, key.text));
    if (!summary) return undefined;
    const found = await across.check(doc, programmes, summary);
    const links = linksKey(across.keptLinks(doc));
    across.forget(doc.uri);
    if (links !== '') return undefined;
    const problems = problemCounts(engine.diagnosticsOf(doc, own, key.config, found));
    return { view: snapshots.putProblems(doc.uri, { ...key, programme: programmes.generation, links }, view, problems), problems };
  }
}
