// The readiness view's server side: readiness snapshots for a list of plans (open ones as the
// editor holds them, the others read from disk), the edits the view asks for (tick a task, assign
// an owner), the Markdown/JSON report, the starter plan, and a code lens above each phase.
// The client re-requests a plan's snapshot when its document or file changes.
import path from 'node:path';
import { DiagnosticSeverity, type CodeLens } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AssignOwnerMethod, NewPlanMethod, ReadinessMethod, ReportMethod, RevealPhaseCommand, ToggleTaskMethod,
  type AssignOwnerParams, type EditResult, type NewPlanParams, type NewPlanResult, type PlanResult, type ReadinessParams,
  type ReadinessResult, type ReportParams, type ToggleTaskParams,
} from '../protocol';
import type { Analysis } from '../service/plan/analysis';
import { pathOfUri } from '../node/config-store';
import { isoToday } from '../service/plan/dates';
import { assignOwnerEdit, type PlanEdit, type Refusal } from '../service/features/readiness/sidebar-edits';
import { readinessView, type PhaseView } from '../service/features/readiness/view';
import { readinessReport, type ReportPlan } from '../service/features/readiness/report';
import { matchesAnyGlob } from '../service/workspace/glob';
import type { Translate } from '../service/l10n/translate';
import { starterPlan } from '../service/features/starter-plan';
import { MAX_PLAN_BYTES, readUntrusted } from '../node/untrusted-file';
import type { Feature, ServerContext } from './feature';

type Loaded = { doc: TextDocument } | { skipped: 'excluded' | 'unreadable' };

/** The plan as the editor holds it, or as it is on disk; `excluded` when its config's `exclude` globs cover it. */
async function load(ctx: ServerContext, uri: string): Promise<Loaded> {
  const open = ctx.documents.get(uri);
  if (open) return { doc: open };
  const file = pathOfUri(uri);
  if (file === undefined) return { skipped: 'unreadable' };
  const loaded = ctx.configs.loadedFor(uri);
  const relative = path.relative(loaded.file ? path.dirname(loaded.file) : path.parse(file).root, file).split(path.sep).join('/');
  if (matchesAnyGlob(relative, loaded.config.exclude)) return { skipped: 'excluded' };
  // a FIFO, a device or a huge file is refused without blocking (the reason is the CLI's to print)
  const read = await readUntrusted(file, MAX_PLAN_BYTES);
  return 'text' in read ? { doc: TextDocument.create(uri, 'rollout-plan', 0, read.text) } : { skipped: 'unreadable' };
}

/** Analyses a loaded plan; a plan read from disk is not kept in the service's cache. */
function withAnalysis<T>(ctx: ServerContext, doc: TextDocument, use: (analysis: Analysis) => T): T {
  const service = ctx.service();
  try {
    return use(service.analyze(doc));
  } finally {
    if (!ctx.documents.get(doc.uri)) service.forget(doc.uri);
  }
}

async function planResult(ctx: ServerContext, uri: string): Promise<PlanResult> {
  const loaded = await load(ctx, uri);
  if ('skipped' in loaded) return { uri, skipped: loaded.skipped };
  const { doc } = loaded;
  const service = ctx.service();
  return withAnalysis(ctx, doc, analysis => {
    const diagnostics = service.diagnostics(doc, ctx.configs.configFor(uri));
    const problems = {
      errors: diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length,
      warnings: diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length,
    };
    return { uri, plan: { ...readinessView(uri, analysis, { t: service.translate, today: isoToday() }), problems, version: doc.version } };
  });
}

/** An edit for the open document at exactly the version the client saw, or why not (in the user's language). */
function edit(ctx: ServerContext, uri: string, version: number, compute: (doc: TextDocument) => PlanEdit | Refusal | undefined): EditResult {
  const doc = ctx.documents.get(uri);
  if (!doc || doc.version !== version) return { refused: 'stale' };
  const result = compute(doc);
  if (!result) return { refused: 'not-found' };
  if ('refused' in result) return { refused: 'shared', reason: ctx.service().translate('edit.sharedAnchor', { anchor: result.anchor }) };
  return result;
}

export function phaseLensTitle(t: Translate, phase: PhaseView): string {
  if (phase.gate) {
    const count = phase.gate.reasons.length;
    if (phase.gate.ready) return t('lens.ready');
    if (phase.gate.moreReasons) return t('lens.notReadyMore', { count });
    return count === 1 ? t('lens.notReadyOne') : t('lens.notReady', { count });
  }
  const parts = [phase.progress.total === 0 ? t('lens.noChecklist') : t('lens.progress', { done: phase.progress.done, total: phase.progress.total })];
  if (phase.missingOwners === 1) parts.push(t('lens.missingOwner'));
  else if (phase.missingOwners > 1) parts.push(t('lens.missingOwners', { count: phase.missingOwners }));
  return parts.join(' · ');
}

export const readiness: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    const { connection } = ctx;

    connection.onRequest(ReadinessMethod, async (params: ReadinessParams): Promise<ReadinessResult> =>
      ({ plans: await Promise.all(params.uris.map(uri => planResult(ctx, uri))) }));

    connection.onRequest<EditResult, void>(ToggleTaskMethod, (params: ToggleTaskParams): EditResult =>
      edit(ctx, params.uri, params.version, doc => ctx.service().toggleTask(doc, params.line, params.done)));

    connection.onRequest<EditResult, void>(AssignOwnerMethod, (params: AssignOwnerParams): EditResult =>
      edit(ctx, params.uri, params.version, doc => assignOwnerEdit(doc, ctx.service().analyze(doc), params.target, params.owner)));

    connection.onRequest(ReportMethod, async (params: ReportParams): Promise<string> => {
      const plans: ReportPlan[] = [];
      for (const { uri, name } of params.plans) {
        const loaded = await load(ctx, uri);
        if ('doc' in loaded) plans.push({ uri, name, analysis: withAnalysis(ctx, loaded.doc, analysis => analysis) });
      }
      return readinessReport(plans, { locale: ctx.service().currentLocale, format: params.format });
    });

    connection.onRequest(NewPlanMethod, (params: NewPlanParams): NewPlanResult => ({ text: starterPlan(params) }));

    connection.onCodeLens(params => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const service = ctx.service();
      const view = readinessView(doc.uri, service.analyze(doc), { t: service.translate, today: isoToday() });
      return view.phases.map((phase): CodeLens => ({
        range: { start: { line: phase.line, character: 0 }, end: { line: phase.line, character: 0 } },
        command: { title: phaseLensTitle(service.translate, phase), command: RevealPhaseCommand, arguments: [doc.uri, phase.key] },
      }));
    });
  },
};
