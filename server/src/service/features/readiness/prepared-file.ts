// A closed file's one analysis made on another thread (the Node server's first build of a big
// repository, issue 20): what PreparedSnapshots.summarize makes on the service's own thread (the
// index's summary and, once the sidebar has asked, the plan's view and its own findings) as JSON,
// the form that crosses threads, read back as the index and the sidebar keep them (detached).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../checks/check';
import type { Locale } from '../../l10n/translate';
import { RolloutPlanService } from '../../language-service';
import { NO_LINKS } from '../../programme/linked-gates';
import type { FileSummary } from '../../programme/programme-types';
import { summarize } from '../../programme/summary';
import { detachedFromJson } from '../../shared/detached';
import { readinessView, type PlanReadiness } from './view';

/** A closed file to prepare: its text as read, in the service's language on its day; `withView` once the sidebar has asked. */
export interface PrepareRequest {
  uri: string;
  text: string;
  locale: Locale;
  today: string;
  withView: boolean;
}

/** `findings`: the plan's own, with offsets only (RolloutPlanService.release); none when there were too many to keep */
export interface PreparedFile {
  summary: FileSummary;
  view?: PlanReadiness;
  findings?: Finding[];
}

/** Prepares files one at a time, keeping nothing of them: an engine per language, for the day each request names. */
export class FilePreparer {
  private readonly engines = new Map<Locale, RolloutPlanService>();
  private today = '';

  /** The JSON of the file's PreparedFile. */
  prepare({ uri, text, locale, today, withView }: PrepareRequest): string {
    this.today = today;
    const engine = this.engineFor(locale);
    const doc = TextDocument.create(uri, 'rollout-plan', 0, text);
    try {
      const analysis = engine.analyze(doc);
      const summary = summarize(doc, analysis);
      const view = withView && analysis.kind !== 'programme' ? readinessView(uri, analysis, { t: engine.translate, today, linked: NO_LINKS }) : undefined;
      engine.release(uri);
      return JSON.stringify({ summary, view, findings: engine.releasedFindings(uri) } satisfies PreparedFile);
    } finally {
      engine.forget(uri);
    }
  }

  private engineFor(locale: Locale): RolloutPlanService {
    let engine = this.engines.get(locale);
    if (!engine) {
      engine = new RolloutPlanService({ locale, today: () => this.today });
      this.engines.set(locale, engine);
    }
    return engine;
  }
}

/** A PreparedFile from its JSON, detached as the index and the sidebar keep their copies. */
export const preparedFromJson = (json: string, uri: string): PreparedFile => detachedFromJson(json, uri) as PreparedFile;

/** Where the service has a closed file prepared elsewhere (LanguageServiceOptions.offload); undefined: prepare it here. */
export type Offload = (request: PrepareRequest) => Promise<PreparedFile | undefined>;
