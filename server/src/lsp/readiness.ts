// The readiness view's server side, wiring only: readiness snapshots for a list of plans, the
// edits the view asks for (tick a task, assign an owner), the Markdown/JSON report, the starter
// plan, and a code lens above each phase. All of it is computed by the language service; the
// client re-requests a plan's snapshot when its document or file changes.
import type { CodeLens } from 'vscode-languageserver';
import {
  AssignOwnerMethod, NewPlanMethod, ProgrammesMethod, ReadinessMethod, ReportMethod, RevealPhaseCommand, ToggleTaskMethod,
  type AssignOwnerParams, type EditResult, type NewPlanParams, type NewPlanResult, type ReadinessParams,
  type ReadinessResult, type ReportParams, type ToggleTaskParams,
} from '../protocol';
import type { Feature } from './feature';

export const readiness: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, documents, service }) {
    connection.onRequest(ReadinessMethod, async (params: ReadinessParams): Promise<ReadinessResult> =>
      ({ plans: await service.readiness(params.uris) }));

    connection.onRequest(ProgrammesMethod, (params: ReadinessParams) => service.programmeOverviews(params.uris));

    // an edit applies to the open document only: a plan not open (any more) is stale for the client
    connection.onRequest<EditResult, void>(ToggleTaskMethod, ({ uri, ...request }: ToggleTaskParams): EditResult => {
      const doc = documents.get(uri);
      return doc ? service.toggleTask(doc, request) : { refused: 'stale' };
    });

    connection.onRequest<EditResult, void>(AssignOwnerMethod, ({ uri, ...request }: AssignOwnerParams): EditResult => {
      const doc = documents.get(uri);
      return doc ? service.assignOwner(doc, request) : { refused: 'stale' };
    });

    connection.onRequest(ReportMethod, (params: ReportParams): Promise<string> => service.report(params.plans, { format: params.format }));

    connection.onRequest(NewPlanMethod, (params: NewPlanParams): NewPlanResult => ({ text: service.starterPlan(params) }));

    connection.onCodeLens(params => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.codeLenses(doc).map((lens): CodeLens => ({
        range: lens.range,
        command: { title: lens.title, command: RevealPhaseCommand, arguments: [doc.uri, lens.phaseKey] },
      })) : [];
    });
  },
};
