// The sidebar's edits over stdio: an item shared through a YAML anchor is refused with a reason in
// the user's language, which the client shows as is.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ToggleTaskMethod, type EditResult, type ToggleTaskParams } from '../../server/src/protocol';
import { LspClient } from './lsp-client';

const PLAN = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: p, title: P }
phases:
  - id: a
    type: definition
    checklist:
      - &t { task: Partagée }
      - *t
`;

const clients: LspClient[] = [];
after(() => Promise.all(clients.map(c => c.stop())));

for (const [locale, reason] of [
  ['en', /^Not changed: this item is shared through the YAML anchor `&t`, so the edit would also change every place that uses `\*t`\./],
  ['fr', /^Rien n’a été modifié\u00a0: cet élément est partagé par l’ancre YAML `&t`/],
] as const) {
  test(`ticking a task shared through an anchor is refused with the reason in ${locale}`, async () => {
    const client = new LspClient();
    clients.push(client);
    await client.initialize(locale);
    const uri = `file:///ws/shared-${locale}.rollout.yaml`;
    await client.open(uri, PLAN, 4);
    await client.waitForPublish(uri, p => p.version === 4);
    const result = await client.request<EditResult>(ToggleTaskMethod, { uri, version: 4, line: 7, done: true } satisfies ToggleTaskParams);
    assert.ok('refused' in result && result.refused === 'shared', JSON.stringify(result));
    assert.match(result.reason, reason);
  });
}
