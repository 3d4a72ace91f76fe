// One side of a plan's comparison, read and checked once. The sides are analysed with a segment
// cache of their own (one per plan: the second side re-parses only the pieces that differ, as an
// edit does), never through the engine's per-document state: an open document of the same URI
// keeps its analysis, and nothing is kept once the comparison is rendered (memory stays flat).
// Everything a comparison reads of a side is computed here, before the cache reads the other side.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostics } from '../../checks/diagnostics';
import { renderMessage, type Locale, type Translate } from '../../l10n/translate';
import { analyze, type Analysis } from '../../plan/analysis';
import { declaresPlan } from '../../plan/detect';
import type { SegmentCache } from '../../plan/parse';
import { linkedGateReasons, NO_LINKS } from '../../programme/linked-gates';
import type { Programme } from '../../programme/programme-types';
import { summarize } from '../../programme/summary';
import type { PlanConfig } from '../../workspace/config';
import { planStates } from '../readiness/phase-states';
import { readinessView, type PlanReadiness } from '../readiness/view';
import { fromDiagnostics } from '../timeline/findings-on-items';
import { buildTimeline } from '../timeline/timeline';
import type { Timeline } from '../timeline/timeline-types';
import { messageOf } from './compare-findings';
import type { DiffSide } from './diff-types';

export interface PlanSide {
  kind: 'plan';
  name: string;
  text: string;
  analysis: Analysis;
  diagnostics: Diagnostic[];
  view: PlanReadiness;
  timeline: Timeline;
  /** the side's YAML syntax errors: how many, the first one's message and 1-based line */
  syntax?: { count: number; message: string; line: number };
}

export type ReadSide =
  | { kind: 'absent' }
  | { kind: 'unreadable'; name: string; message: string }
  | { kind: 'not-a-plan'; name: string }
  | PlanSide;

export interface SideContext {
  uri: string;
  /** shared by the two sides of one plan */
  cache: SegmentCache;
  config: PlanConfig;
  /** the plan's programme now: the side's gates count the other plans' phases (programme/linked-gates.ts) */
  programme?: Programme;
  t: Translate;
  locale: Locale;
  today: string;
}

export function readSide(side: DiffSide | undefined, { uri, cache, config, programme, t, locale, today }: SideContext): ReadSide {
  if (!side) return { kind: 'absent' };
  const { name, text } = side;
  if (text === undefined) return { kind: 'unreadable', name, message: side.unreadable ? renderMessage(t, side.unreadable) : t('diff.note.unreadableUnknown') };
  if (!declaresPlan(text)) return { kind: 'not-a-plan', name };
  const doc = TextDocument.create(uri, 'rollout-plan', 0, text);
  const analysis = analyze(text, cache, t, today);
  const diagnostics = toDiagnostics(doc, analysis.findings, config, uri);
  const linked = programme ? linkedGateReasons(summarize(doc, analysis), programme) : NO_LINKS;
  const states = planStates(analysis, { t, today, linked });
  const view = readinessView(uri, analysis, { t, today, states });
  const timeline = buildTimeline(uri, analysis, { t, locale, today, findings: fromDiagnostics(doc, diagnostics), states });
  const errors = analysis.parsed.syntaxErrors;
  const first = diagnostics.find(d => d.code === 'yaml-syntax');
  const syntax = errors.length === 0 ? undefined : {
    count: errors.length,
    message: first ? messageOf(first) : '',
    line: (first?.range.start.line ?? doc.positionAt(errors[0].start).line) + 1,
  };
  return { kind: 'plan', name, text, analysis, diagnostics, view, timeline, syntax };
}
