// The quick fixes come from the plan's own findings: what a client sends back in a diagnostic's
// `data` cannot make the service offer (or change) a fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { docOf, ROOT, service } from './helpers';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

test('a diagnostic whose data the client changed gets the fixes of its finding, and one without fix data gets none', () => {
  const s = service();
  const golive = docOf(read('test/fixtures/defects/go-live-without-rollback.rollout.yaml'));
  const [rollback] = s.diagnostics(golive).filter(d => d.code === 'go-live-without-rollback');
  const spoofed = { ...rollback, data: { fix: 'add-person', name: 'mallory' } };
  assert.deepEqual(s.codeActions(golive, rollback.range, { diagnostics: [spoofed] }).map(a => a.title), ['Add a `rollback` plan to complete']);

  // a risk without mitigation has no fix; claiming it lacks an owner does not conjure one
  const risks = docOf(read('test/fixtures/defects/unmitigated-risk.rollout.yaml'));
  const [risk] = s.diagnostics(risks).filter(d => d.code === 'unmitigated-risk');
  assert.equal(risk.data, undefined, 'unmitigated-risk carries no fix');
  assert.deepEqual(s.codeActions(risks, risk.range, { diagnostics: [{ ...risk, data: { fix: 'add-owner', kind: 'risk' } }] }), []);
});
