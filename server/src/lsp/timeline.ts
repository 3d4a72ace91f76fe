// The timeline's server side, wiring only: the timeline of an open plan (or of its programme),
// computed by the language service from the document as the editor holds it (the webview asks
// again as the plan changes).
import { TimelineMethod, type Timeline, type TimelineParams } from '../protocol';
import type { Feature } from './feature';

export const timeline: Feature = {
  capabilities: {},
  register({ connection, documents, service }) {
    connection.onRequest(TimelineMethod, async ({ uri, programme }: TimelineParams): Promise<Timeline | null> => {
      const doc = documents.get(uri);
      if (!doc) return null;
      return programme ? service.programmeTimeline(doc) : service.timeline(doc);
    });
  },
};
