// The front door: createLanguageService over an injected workspace (in memory here). The config is
// found and read through the workspace, parsed once per text and seen again as soon as it changes;
// a refused read is a skip or a problem, never a failure; the injected "today" is the one every
// feature uses (diagnostics, the sidebar's view, the code lens, the report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createLanguageService, renderMessage, translator, type PlanResult } from '../../server/src/service';
import { MemoryWorkspace } from './memory-workspace';
import { docOf, ROOT } from './helpers';

const PLAN_URI = 'file:///repo/plans/archive.rollout.yaml';
const CONFIG_URI = 'file:///repo/rollout-plan.config.json';
// two tasks past due in 2020, one due 2027-03-19 (fr plan, phase `pilote-archivage`)
const OVERDUE = fs.readFileSync(path.join(ROOT, 'test/fixtures/defects/overdue-task.rollout.yaml'), 'utf8');

const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map(d => String(d.code));
const snapshot = (result: PlanResult | undefined) => {
  assert.ok(result && 'plan' in result, JSON.stringify(result));
  return result.plan;
};

test('the config that applies is found through the workspace, and read again only as text: parsed once per text', async () => {
  const workspace = new MemoryWorkspace({ [PLAN_URI]: OVERDUE, [CONFIG_URI]: '{ "rules": { "overdue-task": "off" } }' });
  const service = createLanguageService({ workspace, today: () => '2026-11-28' });
  const doc = docOf(OVERDUE, PLAN_URI);
  assert.ok(!codes(await service.diagnostics(doc)).includes('overdue-task'), 'the rule is off');
  const first = await service.configFor(PLAN_URI);
  assert.equal(first.uri, CONFIG_URI);
  assert.equal(await service.configFor(PLAN_URI), first, 'the same text gives the same parsed config');
  assert.ok((workspace.reads.get(CONFIG_URI) ?? 0) >= 3, 'the workspace is asked each time (no watcher needed)');
});

test('a config changed in the workspace is seen on the next call', async () => {
  const workspace = new MemoryWorkspace({ [PLAN_URI]: OVERDUE, [CONFIG_URI]: '{}' });
  const service = createLanguageService({ workspace, today: () => '2026-11-28' });
  const doc = docOf(OVERDUE, PLAN_URI);
  assert.equal(codes(await service.diagnostics(doc)).filter(c => c === 'overdue-task').length, 2);
  workspace.files.set(CONFIG_URI, '{ "rules": { "overdue-task": "off" } }');
  assert.equal(codes(await service.diagnostics(doc)).filter(c => c === 'overdue-task').length, 0, 'edited');
  workspace.files.delete(CONFIG_URI);
  assert.equal(codes(await service.diagnostics(doc)).filter(c => c === 'overdue-task').length, 2, 'deleted');
});

test('a config whose read is refused leaves the defaults, and says why in the front end’s language', async () => {
  const workspace = new MemoryWorkspace({ [PLAN_URI]: OVERDUE });
  workspace.refused.set(CONFIG_URI, { key: 'io.reason.notRegularFile' });
  const service = createLanguageService({ workspace, today: () => '2026-11-28' });
  const loaded = await service.configFor(PLAN_URI);
  assert.ok(loaded.unreadable);
  assert.deepEqual(loaded.problems.map(p => renderMessage(translator('en'), p)),
    ['cannot read: not a regular file (a pipe, a device or a socket is never read)']);
  assert.equal(codes(await service.diagnostics(docOf(OVERDUE, PLAN_URI))).filter(c => c === 'overdue-task').length, 2, 'default severities');
});

test('the sidebar skips a plan whose read is refused and one its config excludes; an open plan comes with its version', async () => {
  const excluded = 'file:///repo/drafts/old.rollout.yaml';
  const unreadable = 'file:///repo/plans/pipe.rollout.yaml';
  const config = '{ "exclude": ["drafts/**"], "rules": { "overdue-task": "warning" } }';
  const workspace = new MemoryWorkspace({ [PLAN_URI]: OVERDUE, [excluded]: OVERDUE, [CONFIG_URI]: config });
  workspace.refused.set(unreadable, { key: 'io.reason.notRegularFile' });
  workspace.open.set(PLAN_URI, 7);
  const service = createLanguageService({ workspace, today: () => '2026-11-28' });
  const [open, skippedByConfig, skippedUnreadable] = await service.readiness([PLAN_URI, excluded, unreadable]);
  assert.equal(snapshot(open).version, 7);
  assert.deepEqual(snapshot(open).problems, { errors: 0, warnings: 2 }, 'its two overdue tasks, as warnings by its config');
  assert.deepEqual(skippedByConfig, { uri: excluded, skipped: 'excluded' });
  assert.deepEqual(skippedUnreadable, { uri: unreadable, skipped: 'unreadable' });
});

test('the injected today is the one the readiness view, the code lens and the report use', async () => {
  const workspace = new MemoryWorkspace({ [PLAN_URI]: OVERDUE });
  const on = (today: string) => createLanguageService({ workspace, locale: 'en', today: () => today });
  const doc = docOf(OVERDUE, PLAN_URI);
  const plans = [{ uri: PLAN_URI, name: 'plans/archive.rollout.yaml' }];

  // in 2020, before any due date: nothing is overdue
  const before = on('2020-01-01');
  assert.equal(snapshot((await before.readiness([PLAN_URI]))[0]).totals.overdue, 0);
  assert.equal(before.codeLenses(doc)[0].title, '1/4 done');
  const reportBefore = JSON.parse(await before.report(plans, { format: 'json' }));
  assert.equal(reportBefore.generated, '2020-01-01');
  assert.equal(reportBefore.plans[0].totals.overdue, 0);

  // late 2026: the two tasks due in 2020 are overdue, everywhere at once
  const after = on('2026-11-28');
  assert.equal(snapshot((await after.readiness([PLAN_URI]))[0]).totals.overdue, 2);
  assert.equal(after.codeLenses(doc)[0].title, '1/4 done · 2 overdue');
  const reportAfter = JSON.parse(await after.report(plans, { format: 'json' }));
  assert.equal(reportAfter.generated, '2026-11-28');
  assert.equal(reportAfter.plans[0].totals.overdue, 2);
  assert.ok((await after.report(plans, { format: 'markdown' })).includes('Rédiger la politique d\'archivage'), 'listed as overdue');
  assert.deepEqual(codes(await after.diagnostics(doc)).filter(c => c === 'overdue-task').length, 2);
});

test('one service for a lifetime: setLocale switches every sentence, the lens included', async () => {
  const service = createLanguageService({ workspace: new MemoryWorkspace(), today: () => '2026-11-28' });
  const doc = docOf(OVERDUE, PLAN_URI);
  assert.equal(service.codeLenses(doc)[0].title, '1/4 done · 2 overdue');
  service.setLocale('fr');
  assert.equal(service.locale, 'fr');
  assert.equal(service.codeLenses(doc)[0].title, '1/4 terminées · 2 en retard');
});

test('the sidebar’s edits apply to the version the client saw, else they are stale', async () => {
  const service = createLanguageService({ workspace: new MemoryWorkspace(), today: () => '2026-11-28' });
  const doc = docOf(OVERDUE, PLAN_URI, 3);
  const line = OVERDUE.split('\n').findIndex(l => l.includes('Rédiger la politique'));
  assert.deepEqual(service.toggleTask(doc, { version: 2, line, done: true }), { refused: 'stale' });
  const result = service.toggleTask(doc, { version: 3, line, done: true });
  assert.ok('edits' in result && result.edits.length === 1, JSON.stringify(result));
});

test('the in-memory workspace lists its files (what programmes will read)', async () => {
  const workspace = new MemoryWorkspace({ [PLAN_URI]: OVERDUE, [CONFIG_URI]: '{}' });
  assert.deepEqual(await workspace.listFiles(), [PLAN_URI, CONFIG_URI].sort());
});
