// The sidebar's tick/untick over stdio, as the VS Code client does it: ask for the edit at the
// document's version, apply it as an incremental change, ask for the opposite: the original text
// comes back byte for byte, whatever the spelling of `done` was (issue 14 item 13).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ToggleTaskMethod, type EditResult, type ToggleTaskParams } from '../../server/src/protocol';
import { LspClient } from './lsp-client';

const PLAN = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: p, title: P }
phases:
  - id: a
    type: definition
    checklist:
      - task: Oui
        done: yes   # à vérifier
        owner: paul
      - task: Vide
        done:
      - { task: Guillemets, done: "true" }
      - task: Absent
      - task: Majuscules
        done: FALSE
`;

const clients: LspClient[] = [];
after(() => Promise.all(clients.map(c => c.stop())));

test('toggle, apply the edit, toggle back: the original text, for each spelling of `done`', async () => {
  const client = new LspClient();
  clients.push(client);
  await client.initialize('en');
  const uri = 'file:///ws/round-trip.rollout.yaml';
  let doc = TextDocument.create(uri, 'rollout-plan', 1, PLAN);
  await client.open(uri, PLAN, 1);

  /** One sidebar click: the request, then the edit applied as the editor applies it. */
  const click = async (task: string, done: boolean) => {
    const line = doc.getText().split('\n').findIndex(l => l.includes(`task: ${task}`));
    const result = await client.request<EditResult>(ToggleTaskMethod, { uri, version: doc.version, line, done } satisfies ToggleTaskParams);
    assert.ok('edits' in result && result.edits.length > 0, `${task}: ${JSON.stringify(result)}`);
    assert.equal(result.version, doc.version);
    const changes = result.edits.map(e => ({ range: e.range, text: e.newText }));
    doc = TextDocument.create(uri, 'rollout-plan', doc.version + 1, TextDocument.applyEdits(doc, result.edits));
    await client.change(uri, doc.version, changes);
    await client.waitForPublish(uri, p => p.version === doc.version);
  };

  for (const task of ['Oui', 'Vide', 'Guillemets', 'Absent', 'Majuscules']) {
    const before = doc.getText();
    await click(task, true);
    assert.notEqual(doc.getText(), before, `${task} ticked`);
    await click(task, false);
    assert.equal(doc.getText(), before, `${task}: untick gives back the original bytes`);
  }
  assert.equal(doc.getText(), PLAN);
});
