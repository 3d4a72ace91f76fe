// The timeline model (issue 16 item 1): what every renderer draws. On every example and fixture no
// phase or wave is lost, states are the readiness view's (plus late), dates are the ones plan/dates.ts
// reads; then one test per inference rule and per bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createLanguageService, type Timeline, type TimelineBar, type TimelineItem, type TimelineMilestone } from '../../server/src/service';
import { readinessView } from '../../server/src/service/features/readiness/view';
import { buildTimeline } from '../../server/src/service/features/timeline/timeline';
import { parseDate } from '../../server/src/service/plan/dates';
import type { Str } from '../../server/src/service/plan/model';
import { docOf, ROOT, service, TODAY } from './helpers';
import { MemoryWorkspace } from './memory-workspace';
import { chainPlan, cyclePlan } from './pathological-inputs';

const URI = 'file:///test/plan.rollout.yaml';

function timeline(text: string, { today = TODAY, locale = 'en' as 'en' | 'fr' } = {}) {
  const s = service(locale);
  const analysis = s.analyze(docOf(text));
  return { tl: buildTimeline(URI, analysis, { t: s.translate, locale, today }), analysis, view: readinessView(URI, analysis, { t: s.translate, today }) };
}

const plan = (phases: string, metadata = '') => `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: p, title: Plan${metadata} }
people:
  marie: { name: Marie Dupont }
phases:
${phases}`;

const item = (tl: Timeline, key: string): TimelineItem => {
  const found = tl.items.find(i => i.key === key);
  assert.ok(found, `${key} in ${JSON.stringify(tl.items.map(i => i.key))}; unscheduled: ${JSON.stringify(tl.unscheduled)}`);
  return found;
};
const bar = (tl: Timeline, key: string) => item(tl, key) as TimelineBar;
const milestone = (tl: Timeline, key: string) => item(tl, key) as TimelineMilestone;
const reasonOf = (tl: Timeline, key: string) => tl.unscheduled.find(u => u.key === key)?.reason;

function plansUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(e => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? plansUnder(rel) : /\.rollout\.ya?ml$/.test(e.name) ? [rel] : [];
  });
}
const PLANS = [...plansUnder('examples'), ...plansUnder('test/fixtures')];

/** the day (UTC midnight) of a date as plan/dates.ts reads it */
const dayOf = (s: Str | undefined) => {
  const time = s && parseDate(s.value);
  return time === undefined ? undefined : time - (time % 86_400_000);
};

test('every example and fixture: each phase and wave once, states from the readiness view, dates as plan/dates.ts reads them', () => {
  assert.ok(PLANS.length > 30, `${PLANS.length} plans`);
  for (const file of PLANS) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const today of ['2025-01-01', TODAY, '2030-01-01']) {
      const { tl, analysis, view } = timeline(text, { today });
      const at = `${file} on ${today}`;
      const rows = [...tl.items, ...tl.unscheduled];
      assert.equal(new Set(rows.map(r => r.key)).size, rows.length, `${at}: keys are unique`);
      const expectedLines = view.phases.flatMap(p => [p.line, ...p.waves.map(w => w.line)]).sort((a, b) => a - b);
      assert.deepEqual(rows.map(r => r.line).sort((a, b) => a - b), expectedLines, `${at}: no phase or wave lost`);

      const phaseRows = rows.filter(r => r.key.startsWith('phase:')).sort((a, b) => a.line - b.line);
      view.phases.forEach((pv, i) => {
        const phase = analysis.model.phases[i];
        const row = phaseRows[i];
        assert.equal(row.line, pv.line, at);
        if (!('kind' in row)) {
          for (const date of [phase.start, phase.end, phase.decidedOn, phase.window?.start, phase.window?.end]) {
            assert.equal(dayOf(date), undefined, `${at}: ${row.key} has a readable date yet is not scheduled (${row.reason})`);
          }
          return;
        }
        const end = parseDate(row.kind === 'bar' ? [row.start, row.end].sort()[1] : row.until ?? row.at)!;
        const expected = pv.state === 'done' || pv.state === 'blocked' || end >= parseDate(today)! ? pv.state : 'late';
        assert.equal(row.state, expected, `${at}: state of ${row.key}`);
        assert.equal(row.owner?.id, pv.owner, at);
        if (row.kind === 'bar') {
          assert.deepEqual(row.progress, pv.progress, at);
          if (dayOf(phase.start) !== undefined) assert.equal(parseDate(row.start), dayOf(phase.start), `${at}: ${row.key} start`);
          if (dayOf(phase.end) !== undefined) assert.equal(parseDate(row.end), dayOf(phase.end), `${at}: ${row.key} end`);
          assert.equal(row.outOfOrder === true, parseDate(row.end)! < parseDate(row.start)!, `${at}: ${row.key} out of order`);
        } else if (pv.type === 'gate') {
          if (dayOf(phase.decidedOn) !== undefined) assert.equal(parseDate(row.at), parseDate(phase.decidedOn!.value), at);
          assert.equal(row.verdict, pv.gate!.decision === 'go' || pv.gate!.decision === 'no-go' ? pv.gate!.decision : pv.gate!.ready ? 'ready' : 'not-ready', at);
        } else if (dayOf(phase.window?.start) !== undefined) {
          assert.equal(parseDate(row.at), parseDate(phase.window!.start!.value), at);
          if (dayOf(phase.window?.end) !== undefined) assert.equal(parseDate(row.until!), parseDate(phase.window!.end!.value), at);
        }
      });
      for (const link of tl.links) assert.ok(tl.items.some(i => i.key === link.from) && tl.items.some(i => i.key === link.to), `${at}: link ${link.from} → ${link.to} drawn`);
    }
  }
});

test('the example: bars, milestones with verdict and window, waves under their phase with scope and champion, links, range', () => {
  const { tl } = timeline(fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8'), { locale: 'fr' });
  assert.deepEqual(tl.items.map(i => `${i.key}:${i.kind}`), [
    'phase:pilote:bar', 'phase:go-no-go:milestone', 'phase:mise-en-production:milestone', 'phase:deploiement:bar',
    'wave:deploiement/vague-france:bar', 'wave:deploiement/vague-international:bar', 'phase:exploitation:bar',
  ]);
  assert.equal(tl.language, 'fr');
  assert.equal(tl.today, TODAY);
  const gate = milestone(tl, 'phase:go-no-go');
  assert.deepEqual([gate.at, gate.dateSource, gate.verdict, gate.verdictLabel, gate.state, gate.stateLabel], ['2026-10-06', 'decidedOn', 'go', 'go', 'done', 'terminée']);
  const golive = milestone(tl, 'phase:mise-en-production');
  assert.deepEqual([golive.at, golive.until, golive.dateSource], ['2027-01-16T22:00', '2027-01-17T04:00', 'window'], 'the window, date-times kept');
  const wave = bar(tl, 'wave:deploiement/vague-international');
  assert.deepEqual([wave.parent, wave.scope, wave.owner, wave.start, wave.end, wave.typeLabel], ['phase:deploiement', ['Belgique', 'Suisse'], { id: 'marc', name: 'Marc Vidal' }, '2027-04-06', '2027-05-28', 'vague']);
  assert.deepEqual(bar(tl, 'phase:pilote').owner, { id: 'ines', name: 'Inès Roux' });
  const run = bar(tl, 'phase:exploitation');
  assert.deepEqual([run.start, run.end, run.dateSource], ['2027-06-01', '2027-06-30', 'contents'], 'no end: its checklist’s last due date');
  assert.deepEqual(tl.links.map(l => `${l.from}→${l.to}`), ['phase:pilote→phase:go-no-go', 'phase:go-no-go→phase:mise-en-production', 'phase:mise-en-production→phase:deploiement', 'phase:deploiement→phase:exploitation']);
  assert.deepEqual(tl.range, { start: '2026-06-01', end: '2027-06-30' });
});

test('a gate is placed at its decidedOn, else right after the latest end of its dependencies', () => {
  const { tl } = timeline(plan(`  - { id: a, type: pilot, start: 2027-01-04, end: 2027-02-26 }
  - { id: b, type: planning, start: 2027-01-04, end: 2027-03-12 }
  - { id: g, type: gate, after: [a, b], start: 2027-03-15, decidedOn: 2027-03-16 }
  - { id: h, type: gate, after: [a, b] }
`));
  assert.deepEqual([milestone(tl, 'phase:g').at, milestone(tl, 'phase:g').dateSource], ['2027-03-16', 'decidedOn']);
  assert.deepEqual([milestone(tl, 'phase:h').at, milestone(tl, 'phase:h').dateSource], ['2027-03-12', 'after']);
});

test('a phase with only `after` starts when its dependencies end and ends with its waves or its last due date, else lasts a day', () => {
  const { tl } = timeline(plan(`  - { id: a, type: pilot, start: 2027-01-04, end: 2027-02-26 }
  - id: golive
    type: go-live
    after: [a]
    window: { start: 2027-03-06T22:00, end: 2027-03-07T04:00 }
  - id: waves
    type: scale-up
    after: [golive]
    waves:
      - { id: w1, champion: marie, start: 2027-03-15, end: 2027-04-30 }
      - { id: w2, champion: marie }
  - id: tasks
    type: generalization
    after: [a]
    checklist: [{ task: T, owner: marie, due: 2027-05-14 }]
  - { id: bare, type: run, after: [a] }
`));
  const waves = bar(tl, 'phase:waves');
  assert.deepEqual([waves.start, waves.end, waves.dateSource], ['2027-03-07', '2027-04-30', 'after'], 'from the go-live window’s end to its last wave’s end');
  assert.equal(reasonOf(tl, 'wave:waves/w2'), 'no start or end date', 'a wave without dates is not scheduled, its phase still is');
  assert.deepEqual([bar(tl, 'phase:tasks').start, bar(tl, 'phase:tasks').end], ['2027-02-26', '2027-05-14']);
  assert.deepEqual([bar(tl, 'phase:bare').start, bar(tl, 'phase:bare').end], ['2027-02-26', '2027-02-26'], 'a one-day bar');
});

test('a scale-up with dated waves only spans them; a go-live with only `after` is at its dependencies’ end', () => {
  const { tl } = timeline(plan(`  - id: s
    type: scale-up
    waves:
      - { id: w1, champion: marie, start: 2027-05-03, end: 2027-05-28 }
      - { id: w2, champion: marie, start: 2027-04-06, checklist: [{ task: T, owner: marie, due: 2027-06-11 }] }
  - { id: g, type: go-live, after: [s] }
`));
  const s = bar(tl, 'phase:s');
  assert.deepEqual([s.start, s.end, s.dateSource], ['2027-04-06', '2027-06-11', 'contents']);
  const w2 = bar(tl, 'wave:s/w2');
  assert.deepEqual([w2.start, w2.end, w2.dateSource], ['2027-04-06', '2027-06-11', 'contents'], 'a wave with a start ends at its last due date');
  assert.deepEqual([milestone(tl, 'phase:g').at, milestone(tl, 'phase:g').dateSource], ['2027-06-11', 'after']);
});

test('what nothing places is listed apart with the reason in words, in the reader’s language', () => {
  const text = plan(`  - { id: nothing, type: planning }
  - { id: follows, type: pilot, after: [nothing] }
  - { id: ghost, type: pilot, after: [nowhere] }
  - { id: gate, type: gate }
  - { id: golive, type: go-live }
  - { id: bad, type: pilot, start: 2027-02-30 }
`);
  const { tl } = timeline(text);
  assert.deepEqual(tl.items, []);
  assert.equal(tl.range, undefined);
  assert.deepEqual(Object.fromEntries(tl.unscheduled.map(u => [u.key, u.reason])), {
    'phase:nothing': 'no start or end date',
    'phase:follows': 'after a phase that is not scheduled: `nothing`',
    'phase:ghost': 'after a phase that does not exist: `nowhere`',
    'phase:gate': 'no decision date (`decidedOn`), no date and no phase before it',
    'phase:golive': 'no window, no date and no phase before it',
    'phase:bad': 'its date “2027-02-30” is not a valid date (YYYY-MM-DD)',
  });
  const fr = timeline(text, { locale: 'fr' }).tl;
  assert.equal(reasonOf(fr, 'phase:follows'), 'après une phase qui n’est pas planifiée\u00a0: `nothing`');
});

test('late: the end has passed and it is not done; done and blocked win', () => {
  const text = plan(`  - { id: open, type: pilot, start: 2027-01-04, end: 2027-02-26, checklist: [{ task: T, owner: marie }] }
  - { id: finished, type: pilot, start: 2027-01-04, end: 2027-02-26, checklist: [{ task: T, owner: marie, done: true }] }
  - { id: waiting, type: planning, after: [open], start: 2027-02-01, end: 2027-02-20 }
`);
  const states = (today: string) => Object.fromEntries(timeline(text, { today }).tl.items.map(i => [i.key, i.state]));
  assert.deepEqual(states('2027-02-26'), { 'phase:open': 'in-progress', 'phase:finished': 'done', 'phase:waiting': 'blocked' });
  assert.deepEqual(states('2027-02-27'), { 'phase:open': 'late', 'phase:finished': 'done', 'phase:waiting': 'blocked' });
  assert.equal(timeline(text, { today: '2027-02-27', locale: 'fr' }).tl.items[0].stateLabel, 'en retard');
});

test('blocked: a phase started while a dependency is not done, its started waves, a no-go gate; verdicts and reasons', () => {
  const text = plan(`  - { id: pilote, type: pilot, start: 2027-01-04, end: 2027-02-26, checklist: [{ task: Former les pilotes, owner: marie }] }
  - { id: gate, type: gate, after: [pilote], decidedOn: 2027-03-01 }
  - { id: nogo, type: gate, after: [pilote], decision: no-go, decidedOn: 2027-03-01 }
  - id: s
    type: scale-up
    after: [pilote]
    waves:
      - { id: early, champion: marie, start: 2027-02-01, end: 2027-03-31 }
      - { id: later, champion: marie, start: 2027-04-01, end: 2027-04-30 }
`);
  const { tl } = timeline(text, { today: '2027-02-10' });
  assert.equal(item(tl, 'phase:s').state, 'not-started', 'as the readiness view says: no item done, no start date of its own');
  assert.equal(item(tl, 'wave:s/early').state, 'blocked', 'started while `pilote` is not done');
  assert.equal(item(tl, 'wave:s/later').state, 'not-started');
  const nogo = milestone(tl, 'phase:nogo');
  assert.deepEqual([nogo.state, nogo.verdict, nogo.verdictLabel, nogo.reasons], ['blocked', 'no-go', 'no-go', undefined]);
  const gate = milestone(tl, 'phase:gate');
  assert.deepEqual([gate.verdict, gate.verdictLabel, gate.reasons], ['not-ready', 'not ready', ['Task “Former les pilotes” in phase `pilote` is not done.']]);
  const ready = milestone(timeline(text.replace('owner: marie }] }', 'owner: marie, done: true }] }')).tl, 'phase:gate');
  assert.deepEqual([ready.verdict, ready.reasons], ['ready', undefined]);
});

test('dates out of order are kept and flagged, never dropped', () => {
  const { tl } = timeline(plan(`  - { id: a, type: pilot, start: 2027-03-01, end: 2027-02-01 }
  - { id: g, type: go-live, window: { start: 2027-03-06T22:00, end: 2027-03-06T04:00 } }
  - id: s
    type: scale-up
    waves: [{ id: w, champion: marie, start: 2027-05-01, end: 2027-04-01 }]
`));
  const a = bar(tl, 'phase:a');
  assert.deepEqual([a.start, a.end, a.outOfOrder], ['2027-03-01', '2027-02-01', true]);
  assert.deepEqual([milestone(tl, 'phase:g').until, milestone(tl, 'phase:g').outOfOrder], ['2027-03-06T04:00', true]);
  assert.equal(bar(tl, 'wave:s/w').outOfOrder, true);
  assert.equal(bar(tl, 'phase:s').outOfOrder, undefined, 'an inferred span is in order');
  assert.deepEqual(tl.range, { start: '2027-02-01', end: '2027-05-01' });
});

test('a plan with a syntax error still draws what it can, with the error on its phase', () => {
  const { tl } = timeline(plan(`  - { id: a, type: planning, owner: marie, start: 2027-01-04, end: 2027-02-26 }
  - id: b
    type: planning
    after: [a}
    start: 2027-03-01
  - { id: c, type: run, owner: marie, start: 2027-04-01, end: 2027-04-30 }
`));
  assert.deepEqual([bar(tl, 'phase:a').findings, bar(tl, 'phase:c').findings], [{ count: 0 }, { count: 0 }]);
  assert.ok(tl.items.length + tl.unscheduled.length >= 2, JSON.stringify(tl));
  const broken = [...tl.items, ...tl.unscheduled].filter(r => !['phase:a', 'phase:c'].includes(r.key));
  assert.ok(broken.some(r => 'findings' in r && r.findings.worst === 'error'), `the broken phase carries its error: ${JSON.stringify(broken)}`);
});

test('findings on each item: count and worst severity, wave findings on their phase too', () => {
  const { tl } = timeline(plan(`  - id: s
    type: scale-up
    start: 2027-01-04
    end: 2027-02-26
    waves: [{ id: w, start: 2027-01-04, end: 2027-01-29 }]
  - { id: p, type: pilot, owner: marie, start: 2027-03-01, end: 2027-03-31, exitCriteria: [nowhere] }
`));
  assert.deepEqual(bar(tl, 'wave:s/w').findings, { count: 1, worst: 'warning' }, 'a wave without champion');
  assert.deepEqual(bar(tl, 'phase:s').findings, { count: 2, worst: 'warning' }, 'its own missing owner and its wave’s');
  assert.deepEqual(bar(tl, 'phase:p').findings, { count: 1, worst: 'error' }, 'an undefined criterion');
});

test('through the front door: the findings follow the config’s severities', async () => {
  const text = plan('  - { id: s, type: planning, start: 2027-01-04, end: 2027-02-26 }\n');
  const workspace = new MemoryWorkspace({ [URI]: text, 'file:///test/rollout-plan.config.json': '{ "rules": { "missing-owner": "error" } }' });
  const service = createLanguageService({ workspace, today: () => TODAY });
  const doc = docOf(text, URI);
  await service.diagnostics(doc);
  const tl = service.timeline(doc);
  assert.deepEqual(bar(tl, 'phase:s').findings, { count: 1, worst: 'error' });
  assert.equal(tl.language, 'en');
});

test('a cycle of `after` links does not loop: dated phases are drawn, the others say why', () => {
  const { tl } = timeline(cyclePlan(3));
  assert.deepEqual(tl.unscheduled.map(u => `${u.key}: ${u.reason}`), [
    'phase:p0: only after phases of a dependency cycle it is part of: `p1`',
    'phase:p1: only after phases of a dependency cycle it is part of: `p2`',
    'phase:p2: only after phases of a dependency cycle it is part of: `p0`',
  ]);
  const dated = timeline(chainPlan(3, i => ({ after: [`p${(i + 1) % 3}`], type: 'planning', lines: i === 0 ? ['start: 2027-01-04', 'end: 2027-01-29'] : [] }))).tl;
  assert.deepEqual(dated.items.map(i => i.key), ['phase:p0']);
  const outside = timeline(chainPlan(3, i => ({ after: i === 2 ? ['p1', 'p0'] : i === 1 ? ['p2'] : [], type: 'planning', lines: i === 0 ? ['start: 2027-01-04', 'end: 2027-01-29'] : [] }))).tl;
  assert.deepEqual(outside.items.map(i => `${i.key}:${(i as TimelineBar).start}`), ['phase:p0:2027-01-04', 'phase:p2:2027-01-29'], 'a link leaving the cycle still places it');
});

test('duplicate ids keep unique keys, and links go to the phase the id names', () => {
  const { tl } = timeline(plan(`  - { id: a, type: pilot, start: 2027-01-04, end: 2027-01-29 }
  - { id: a, type: pilot, start: 2027-02-01, end: 2027-02-26 }
  - { id: b, type: run, after: [a] }
`));
  assert.deepEqual(tl.items.map(i => i.key), ['phase:a', 'phase:#1', 'phase:b']);
  assert.deepEqual(tl.links, [{ from: 'phase:a', to: 'phase:b' }]);
  assert.equal(bar(tl, 'phase:b').start, '2027-01-29');
});

test('a 1,000-phase plan is built in under a second', () => {
  const text = chainPlan(1000, i => ({ lines: i === 0 ? ['start: 2027-01-04', 'end: 2027-01-29'] : [`checklist: [{ task: T${i}, owner: marie, due: 2027-02-01 }]`] }));
  const s = service();
  const analysis = s.analyze(docOf(text));
  const started = performance.now();
  const tl = buildTimeline(URI, analysis, { t: s.translate, locale: 'en', today: TODAY });
  const elapsed = performance.now() - started;
  assert.equal(tl.items.length, 1000);
  assert.equal(tl.links.length, 999);
  assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
});
