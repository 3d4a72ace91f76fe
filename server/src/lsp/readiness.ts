// The readiness view's server side, wiring only: readiness snapshots for a list of plans, the
// edits the view asks for (tick a task, assign an owner), the Markdown/JSON report, the starter
// plan, and a code lens above each phase. All of it is computed by the language service; the
// client re-requests a plan's snapshot when its document or file changes.
import { LSPErrorCodes, ResponseError, type CodeLens } from 'vscode-languageserver';
import {
  AssignOwnerMethod, NewPlanMethod, ProgrammesMethod, ReadinessMethod, ReportMethod, RevealPhaseCommand, ToggleTaskMethod,
  type AssignOwnerParams, type EditResult, type NewPlanParams, type NewPlanResult, type ReadinessParams,
  type ReadinessResult, type ReportParams, type ToggleTaskParams,
} from '../protocol';
import type { Feature } from './feature';
import { Cancelled } from './scheduler';

/** A request the client cancelled answers as the LSP says (RequestCancelled). */
async function answered<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, error.message);
    throw error;
  }
}

export const readiness: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, documents, service, scheduler }) {
    // background work, one plan per slice: an edit or a request waiting goes first. Said at once (for
    // a client that did not say so at start), so a first build under way prepares the snapshots
    connection.onRequest(ReadinessMethod, (params: ReadinessParams, token): Promise<ReadinessResult> => {
      service.readinessAsked();
      return answered(scheduler.slices(params.uris, uri => service.readiness([uri]), token).then(pages => ({ plans: pages.flat() })));
    });

    // one slice: the overviews read the snapshots the readiness requests kept
    connection.onRequest(ProgrammesMethod, (params: ReadinessParams, token) =>
      answered(scheduler.slices([params.uris], uris => service.programmeOverviews(uris), token).then(([overviews]) => overviews ?? [])));

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
