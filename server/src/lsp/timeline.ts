// The timeline's server side, wiring only: the timeline of an open plan, computed by the language
// service from the document as the editor holds it (the webview asks again as the plan changes).
import { TimelineMethod, type Timeline, type TimelineParams } from '../protocol';
import type { Feature } from './feature';

export const timeline: Feature = {
  capabilities: {},
  register({ connection, documents, service }) {
    connection.onRequest(TimelineMethod, ({ uri }: TimelineParams): Timeline | null => {
      const doc = documents.get(uri);
      return doc ? service.timeline(doc) : null;
    });
  },
};
