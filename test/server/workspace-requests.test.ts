// The server asks its client for files (rolloutPlan/workspace/*) only once `initialize` is answered: the
// VS Code client sets up its handlers then, and a request before that is answered `Unhandled method`
// (the warm-up used to look for a config of its own documents there, on every start and restart).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FindConfigMethod, ListFilesMethod, ReadFileMethod } from '../../server/src/protocol';
import { LspClient } from './lsp-client';

const FOLDER = 'vscode-test-web://mount/';
const PLAN = `${FOLDER}plans/plan.rollout.yaml`;
const TEXT = 'apiVersion: rollout/v1\nkind: RolloutPlan\nmetadata:\n  id: plan\n  title: Plan\nphases: []\n';

let client: LspClient;
let initialized = false;
/** each workspace request, with whether `initialize` had been answered when it came */
const asked: { method: string; uri?: string; afterInitialize: boolean }[] = [];

before(async () => {
  client = new LspClient();
  const answers: Record<string, unknown> = {
    [ReadFileMethod]: { refused: { key: 'io.reason.ENOENT' } }, [FindConfigMethod]: {}, [ListFilesMethod]: { uris: [] },
  };
  for (const method of Object.keys(answers)) {
    client.connection.onRequest(method, (params: { uri?: string } | undefined) => {
      asked.push({ method, uri: params?.uri, afterInitialize: initialized });
      return answers[method];
    });
  }
  await client.initialize('en', [FOLDER], { workspaceFiles: true });
  initialized = true;
});
after(() => client.stop());

test('no workspace request before initialize is answered; a virtual plan\'s config is asked of the client', async () => {
  await client.open(PLAN, TEXT, 1);
  await client.waitForPublish(PLAN, () => true);
  assert.deepEqual(asked.filter(a => !a.afterInitialize), []);
  // nothing on behalf of a document the editor does not have (the warm-up's)
  assert.deepEqual(asked.filter(a => a.uri !== undefined && !a.uri.startsWith(FOLDER)), []);
  assert.ok(asked.some(a => a.method === FindConfigMethod && a.uri === PLAN), `the plan's config was asked for: ${JSON.stringify(asked)}`);
});
