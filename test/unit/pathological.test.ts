// Issue 14: inputs a few bytes long (or merely big) that used to hang the analysis, overflow the
// stack or publish megabytes. Each must be answered in time proportional to its size, with a clear
// diagnostic where the plan goes past a limit (docs/security.md, "Limits of the analysis").
// Bounds are generous, and far below what the old code took; they are on the CPU time the analysis
// used, not the wall time, so other work on a loaded 2-core machine does not make them fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { phaseLensTitle } from '../../server/src/service/features/readiness/lens';
import { readinessView } from '../../server/src/service/features/readiness/view';
import { readinessReport } from '../../server/src/service/features/readiness/report';
import { docOf, service, TODAY } from './helpers';
import * as gen from './pathological-inputs';

/** The result of `run`, the CPU time it took (user and system, ms) and how much the heap grew meanwhile. */
function measure<T>(run: () => T): { result: T; ms: number; heapMB: number } {
  const before = process.memoryUsage().heapUsed;
  const started = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(started);
  const ms = (user + system) / 1000;
  return { result, ms, heapMB: (process.memoryUsage().heapUsed - before) / 1e6 };
}

const messages = (diags: Diagnostic[], code: string) => diags.filter(d => d.code === code).map(d => String(d.message));

test('a merge-key bomb (8 levels of 9 aliases, under 1 kB) is answered at once and reported', () => {
  const text = gen.mergeBomb(8, 9);
  assert.ok(text.length < 1000);
  const { result, ms } = measure(() => service().diagnostics(docOf(text)));
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  assert.ok(messages(result, 'schema').some(m => /Too many YAML aliases/.test(m)), JSON.stringify(result.map(d => d.message)));
});

test('merge keys deeper than the old 8-level cut-off are followed (nearest source wins)', () => {
  const text = gen.mergeBomb(12, 1).replace('- &m12 {', '- &m12 { id: last,');
  const analysis = service().analyze(docOf(text));
  const items = analysis.model.phases[0].checklist;
  assert.equal(items.length, 13);
  assert.deepEqual(items.map(t => t.owner?.value), Array(13).fill('marie'));
  assert.equal(items[12].id?.value, 'last');
});

test('100k people in one roster: duplicate keys are found in linear time', () => {
  const text = gen.manyPeople(100_000).replace('  u50000: {', '  u7: {');
  const { result, ms } = measure(() => service().diagnostics(docOf(text)));
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`);
  const dup = result.filter(d => d.code === 'duplicate-id');
  assert.equal(dup.length, 1, JSON.stringify(dup));
  assert.equal(dup[0].range.start.line, text.slice(0, text.indexOf('  u7: {', text.indexOf('u49999'))).split('\n').length - 1);
});

test('a 10 MB plan is checked in seconds, with memory in proportion', () => {
  const text = gen.bigPlan(10e6);
  assert.ok(text.length >= 10e6);
  const { result, ms, heapMB } = measure(() => service().diagnostics(docOf(text)));
  assert.ok(ms < 20_000, `${ms.toFixed(0)} ms`);
  assert.ok(heapMB < 1500, `${heapMB.toFixed(0)} MB`);
  assert.deepEqual(result.filter(d => d.code !== 'pilot-without-criteria'), []);
});

test('a 5k-phase dependency cycle: each diagnostic names a few steps, not the whole cycle', () => {
  const { result, ms } = measure(() => service().diagnostics(docOf(gen.cyclePlan(5000))));
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`);
  const cycles = result.filter(d => d.code === 'dependency-cycle');
  assert.equal(cycles.length, 5000);
  const published = JSON.stringify(cycles).length;
  assert.ok(published < 5e6, `${(published / 1e6).toFixed(1)} MB of diagnostics`);
  assert.match(String(cycles[0].message), /p0 → p1 → .* → p9 … and 4990 more/);
  assert.ok(cycles.every(d => (d.relatedInformation?.length ?? 0) <= 1));
});

test('a short cycle is still named in full', () => {
  const cycles = service().diagnostics(docOf(gen.cyclePlan(3))).filter(d => d.code === 'dependency-cycle');
  assert.equal(String(cycles[0].message), 'These phases depend on each other in a cycle: p0 → p1 → p2 → p0; remove one `after` link.');
});

test('50k tasks in one phase: analysis and readiness view in seconds', () => {
  const text = gen.chainPlan(1, () => ({ lines: gen.taskLines(50_000) }));
  const svc = service();
  const doc = docOf(text);
  const { result, ms } = measure(() => readinessView(doc.uri, svc.analyze(doc), { t: svc.translate, today: TODAY }));
  assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
  assert.equal(result.totals.tasks.total, 50_000);
});

test('2,000 phases with anchors (whole-document mode): an edit is re-checked in about a second', () => {
  const text = gen.anchoredPlan(2000);
  const svc = service();
  svc.diagnostics(docOf(text));
  const edited = text.replace('title: Phase 1000\n', 'title: Phase 1000 bis\n');
  const { result, ms } = measure(() => svc.diagnostics(docOf(edited, undefined, 2)));
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  assert.deepEqual(result.filter(d => d.code !== 'pilot-without-criteria'), []);
  assert.equal(svc.analyze(docOf(edited, undefined, 2)).model.phases[1999].checklist[0].owner?.value, 'marie');
});

test('10k phases in the readiness view: states from dependencies in linear time', () => {
  // every phase has started; p0 has an open task, so every phase after it waits on it (gates and
  // their capped reasons have their own test below)
  const text = gen.chainPlan(10_000, i => ({
    type: 'planning', lines: ['start: 2026-01-05', ...i === 0 ? ['checklist: [{ task: Préparer, owner: marie }]'] : []],
  }));
  const svc = service();
  const doc = docOf(text);
  const analysis = svc.analyze(doc);
  const { result, ms } = measure(() => readinessView(doc.uri, analysis, { t: svc.translate, today: TODAY }));
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  assert.deepEqual(result.phases.map(p => p.state), ['in-progress', ...Array(9999).fill('blocked')]);
});

/** Calls `run` from `frames` frames deeper, as a server or a CLI with less stack left would. */
function withLessStack<T>(frames: number, run: () => T): T {
  return frames === 0 ? run() : withLessStack(frames - 1, run);
}

for (const [name, text] of [['[[[[…', gen.deepFlow(100_000)], ['- - - -…', gen.deepBlock(100_000)]] as const) {
  test(`100k levels of ${name}: one diagnostic, the same whatever the stack left`, () => {
    const { result, ms } = measure(() => service().diagnostics(docOf(text)));
    assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
    assert.deepEqual(result.map(d => [d.code, String(d.message)]), [
      ['yaml-syntax', 'Lists and maps are nested more than 100 levels deep here; this part of the plan was not checked. Flatten the structure.'],
    ]);
    const shallower = withLessStack(3000, () => service().diagnostics(docOf(text)));
    assert.deepEqual(shallower, result);
  });
}

test('200k syntax errors in one phase: a capped list and a count of the rest, no stack overflow', () => {
  const { result, ms } = measure(() => service().diagnostics(docOf(gen.manySyntaxErrors(200_000))));
  assert.ok(ms < 20_000, `${ms.toFixed(0)} ms`);
  const syntax = messages(result, 'yaml-syntax');
  assert.equal(syntax.length, 101);
  assert.match(syntax[100], /^199[0-9]{3} more YAML syntax errors are not listed/);
});

test('10k chained phases, a gate every 4: each gate lists its 50 nearest reasons, flagged “… and more”, in linear time', () => {
  // every phase but the gates has one open task: gate p(4k+3) depends on 3(k+1) of them
  const text = gen.chainPlan(10_000, i => ({ lines: gen.openTaskUnlessGate(i) }));
  const svc = service();
  const doc = docOf(text);
  const analysis = svc.analyze(doc);
  const { result, ms, heapMB } = measure(() => readinessView(doc.uri, analysis, { t: svc.translate, today: TODAY }));
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  assert.ok(heapMB < 200, `${heapMB.toFixed(0)} MB`);
  const gates = result.phases.filter(p => p.gate);
  assert.equal(gates.length, 2500);
  for (const [k, p] of gates.entries()) {
    const upstream = 3 * (k + 1);
    const gate = p.gate!;
    assert.equal(gate.reasons.length, Math.min(upstream, 50), p.key);
    assert.equal(gate.moreReasons, upstream > 50 ? '… and more' : undefined, p.key);
    assert.equal(gate.reasons[0].message, `Task “Tâche ${4 * k + 2}” in phase \`p${4 * k + 2}\` is not done.`);
  }
  const last = result.phases[9999];
  assert.equal(phaseLensTitle(svc.translate, last), 'not ready: 50 reasons… and more');
  const md = readinessReport([{ name: 'chain.rollout.yaml', uri: doc.uri, analysis }], { locale: 'en', format: 'markdown', today: TODAY });
  assert.ok(md.includes(`${last.gate!.reasons.at(-1)!.message}\n- … and more\n`));
});

test('a 10k-phase cycle with a gate every 4: the same capped reasons, the other members in plan order', () => {
  const text = gen.chainPlan(10_000, i => ({ after: [`p${(i + 1) % 10_000}`], lines: gen.openTaskUnlessGate(i) }));
  const svc = service();
  const doc = docOf(text);
  const analysis = svc.analyze(doc);
  const { result, ms } = measure(() => readinessView(doc.uri, analysis, { t: svc.translate, today: TODAY }));
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  const gates = result.phases.filter(p => p.gate);
  assert.equal(gates.length, 2500);
  for (const p of gates) {
    assert.equal(p.gate!.reasons.length, 50, p.key);
    assert.equal(p.gate!.moreReasons, '… and more', p.key);
    assert.equal(p.gate!.reasons[0].message, 'Task “Tâche 0” in phase `p0` is not done.');
  }
});
