// Each document's findings across its programme, for the front door: its summary (kept per
// analysis), its programme from the index, the checks across plans, the edits of the quick fixes
// that change another file; the last result per document is kept for the quick fixes and the
// timeline, which are synchronous.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NO_PROGRAMME, type AcrossPlans, type Finding } from '../checks/check';
import type { RolloutPlanService } from '../language-service';
import type { Analysis } from '../plan/analysis';
import type { PlanWorkspace } from '../workspace/workspace';
import { linkedGateReasons, NO_LINKS, type LinkedGates } from './linked-gates';
import { deferredLocalFinding, programmeFindings } from './programme-checks';
import type { ProgrammeFinding } from './programme-finding';
import type { FileSummary, ProgrammeSource } from './programme-types';
import { rosterEdit } from './roster-edit';
import { summarize } from './summary';

export interface AcrossPlansOptions {
  workspace: PlanWorkspace;
  engine: RolloutPlanService;
  onError: (error: unknown) => void;
}

export class AcrossPlansChecker {
  /** each analysis' summary: the document's place in its programme */
  private readonly summaries = new WeakMap<Analysis, FileSummary>();
  /** per document, its last findings across plans and its gates' reasons across plans, at its version */
  private readonly last = new Map<string, { version: number; across: AcrossPlans; linked: LinkedGates }>();

  constructor(private readonly options: AcrossPlansOptions) {}

  /**
   * A file's summary: an open document's from its kept analysis, a closed file's from a fresh one,
   * released afterwards (its own findings stay for a check of the same text, nothing else).
   */
  summaryOf(uri: string, text: string, version: number | undefined): FileSummary {
    const summary = this.summaryOfDoc(TextDocument.create(uri, 'rollout-plan', version ?? 0, text));
    if (version === undefined) this.options.engine.release(uri);
    return summary;
  }

  /** The document's findings across its programme (`summary`: its summary, if known without analysing it); a failure there leaves the plan's own findings. */
  async check(doc: TextDocument, programmes: ProgrammeSource, known?: FileSummary): Promise<AcrossPlans> {
    try {
      // a plan checked with the text the index read it with has that summary: no second analysis
      const summary = known ?? (await programmes.summaryAsRead(doc.uri, doc.getText())) ?? this.summaryOfDoc(doc);
      // checked again unchanged (or as the index read it), a plan leaves its programme unchanged
      const programme = await programmes.programmeOf(doc.uri, { summary, version: doc.version, text: doc.getText() });
      const found = programmeFindings(summary, programme, this.options.engine.translate, id => programmes.plansWithId(id));
      await this.withRosterEdits(found);
      const findings = found.map((f): Finding => ({ ...f, loc: { start: doc.offsetAt(f.range.start), end: doc.offsetAt(f.range.end) } }));
      const across = { findings, replaces: deferredLocalFinding(programme, summary) };
      this.last.set(doc.uri, { version: doc.version, across, linked: linkedGateReasons(summary, programme) });
      return across;
    } catch (error) {
      this.options.onError(error);
      return NO_PROGRAMME;
    }
  }

  /**
   * The document's summary kept as if read, without waiting for its programme (a first build under
   * way): what the other plans see of it (a rename, their links) follows its edits meanwhile.
   */
  keepSummary(doc: TextDocument, programmes: ProgrammeSource): void {
    programmes.keep({ summary: this.summaryOfDoc(doc), version: doc.version });
  }

  /** The last findings across plans of this version of the document, or none. */
  kept(doc: TextDocument): AcrossPlans {
    const kept = this.last.get(doc.uri);
    return kept && kept.version === doc.version ? kept.across : NO_PROGRAMME;
  }

  /** The gates' reasons across plans of this version of the document, from its last check, or none (the code lens and the timeline are synchronous). */
  keptLinks(doc: TextDocument): LinkedGates {
    const kept = this.last.get(doc.uri);
    return kept && kept.version === doc.version ? kept.linked : NO_LINKS;
  }

  /** The gates' reasons across plans of the document, its programme as it is now. */
  async linkedGates(doc: TextDocument, programmes: ProgrammeSource): Promise<LinkedGates> {
    const summary = this.summaryOfDoc(doc);
    return linkedGateReasons(summary, await programmes.programmeOf(doc.uri, { summary, version: doc.version, text: doc.version === 0 ? doc.getText() : undefined }));
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  summaryOfDoc(doc: TextDocument): FileSummary {
    const analysis = this.options.engine.analyze(doc);
    let summary = this.summaries.get(analysis);
    if (!summary) {
      summary = summarize(doc, analysis);
      this.summaries.set(analysis, summary);
    }
    return summary;
  }

  /** The "add to the roster" fixes get their edit: the programme file is read once, only when one is offered. */
  private async withRosterEdits(findings: ProgrammeFinding[]): Promise<void> {
    const wanting = findings.flatMap(f => (f.data?.fix === 'add-to-roster' ? [f.data] : []));
    if (wanting.length === 0) return;
    const { uri } = wanting[0];
    const read = await this.options.workspace.readFile(uri);
    if (!('text' in read)) return;
    const doc = TextDocument.create(uri, 'rollout-plan', read.version ?? 0, read.text);
    const analysis = this.options.engine.analyze(doc);
    for (const data of wanting) data.edit = rosterEdit(doc, analysis, data.name);
    if (read.version === undefined) this.options.engine.forget(uri);
  }
}
