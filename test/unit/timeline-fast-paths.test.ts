// The shortcuts taken so a 1,000-phase timeline redraws in under 100 ms (docs/performance.md, "The
// timeline (issue 16)") say exactly what the slow paths said: the catalog's templates cut once,
// dates looked up once, XML escaped only when a string needs it (once per row), the phase states and
// the readiness view kept per analysis.
import assert from 'node:assert/strict';
import test from 'node:test';
import { createLanguageService } from '../../server/src/service';
import { renderTimelineSvg } from '../../server/src/service/features/timeline/svg';
import { escapeXml } from '../../server/src/service/features/timeline/svg-xml';
import type { TimelineBar } from '../../server/src/service/features/timeline/timeline-types';
import { parseDate } from '../../server/src/service/plan/dates';
import { format, translator } from '../../server/src/service/l10n/translate';
import { docOf } from './helpers';
import { MemoryWorkspace } from './memory-workspace';

test('a translated sentence is filled the same on every call, a missing argument left visible', () => {
  const t = translator('fr');
  for (let i = 0; i < 2; i++) {
    assert.equal(t('timeline.svg.link', { from: 'Pilote', to: 'Vague 1' }), 'Pilote avant Vague 1');
    assert.equal(t('timeline.svg.link', { from: 'Cadrage' }), 'Cadrage avant {to}');
    assert.equal(t('state.late'), 'en retard');
  }
  assert.equal(format('{a} et {a}, pas {b}', { a: 'un' }), 'un et un, pas {b}');
  // a value is never read as a template itself
  assert.equal(format('« {title} »', { title: '{title}' }), '« {title} »');
  assert.equal(format('sans rien'), 'sans rien');
  assert.equal(format('{n} %', { n: 0 }), '0 %');
});

test('a date the calendar lacks stays rejected when asked again, a good one keeps its instant', () => {
  for (let i = 0; i < 2; i++) {
    assert.equal(parseDate('2027-02-30'), undefined);
    assert.equal(parseDate('pas une date'), undefined);
    assert.equal(parseDate('2027-03-01'), Date.UTC(2027, 2, 1));
    assert.equal(parseDate('2027-03-01T20:30'), Date.UTC(2027, 2, 1, 20, 30));
  }
});

test('XML text is escaped only where it must be: plain text as is, specials and forbidden characters replaced', () => {
  assert.equal(escapeXml('Déploiement – vague 1 · 3/4'), 'Déploiement – vague 1 · 3/4');
  assert.equal(escapeXml('R&D <b> "x" l\'été'), 'R&amp;D &lt;b&gt; &quot;x&quot; l&apos;été');
  assert.equal(escapeXml('bip\u0007 \ud800 fin'), 'bip\ufffd \ufffd fin');
  assert.equal(escapeXml('fusée 🚀'), 'fusée 🚀', 'a surrogate pair is a character, kept');
});

test('the timeline, the code lens and the sidebar share one view per analysis, never a stale one', async () => {
  const uri = 'file:///test/plan.rollout.yaml';
  const plan = (end: string) => `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: p, title: Plan }
phases:
  - { id: pilote, type: pilot, owner: marie, start: 2027-01-04, end: ${end}, checklist: [{ task: T, owner: marie }] }
`;
  let today = '2026-12-01';
  const service = createLanguageService({ workspace: new MemoryWorkspace({ [uri]: plan('2027-02-26') }), today: () => today });
  const state = (doc: ReturnType<typeof docOf>) => {
    const [item] = service.timeline(doc).items;
    return `${item.state} (${item.stateLabel})`;
  };
  const before = docOf(plan('2027-02-26'), uri);
  await service.diagnostics(before);
  assert.equal(service.codeLenses(before).length, 1);
  assert.equal(state(before), 'not-started (not started)');
  today = '2027-01-10';
  assert.equal(state(before), 'in-progress (in progress)', 'a new day: started without an edit');
  today = '2027-03-01';
  assert.equal(state(before), 'late (late)', 'a new day: late without an edit');
  service.setLocale('fr');
  assert.equal(state(before), 'late (en retard)', 'the reader’s language');
  const edited = docOf(plan('2027-03-31'), uri);
  await service.diagnostics(edited);
  assert.equal(state(edited), 'in-progress (en cours)', 'the edit moved the end past today');
});

test('a row label longer than its column ends in an ellipsis, counted in characters, not UTF-16 units', () => {
  const labels = (titles: string[]) => {
    const items = titles.map((title, i): TimelineBar => ({
      kind: 'bar', key: `phase:p${i}`, title, line: i, state: 'not-started', stateLabel: 'not started', findings: { count: 0 },
      start: '2027-01-04', end: '2027-01-08', dateSource: 'plan', progress: { done: 0, total: 0 }, type: 'pilot', typeLabel: 'pilot',
    }));
    const svg = renderTimelineSvg({ uri: 'file:///p.rollout.yaml', title: 'P', language: 'fr', today: '2027-01-01', items, links: [], unscheduled: [], range: { start: '2027-01-04', end: '2027-01-08' } },
      { zoom: 'fit', theme: 'light', t: translator('fr'), locale: 'fr' });
    return [...svg.matchAll(/<text x="12" y="[^"]*" fill="[^"]*" font-weight="bold">([^<]*)<\/text>/g)].map(m => m[1]);
  };
  const fits = 'x'.repeat(35);
  assert.deepEqual(labels([fits, `${fits}y`, '🚀'.repeat(35)]), [fits, `${'x'.repeat(34)}…`, '🚀'.repeat(35)]);
});

test('the sidebar after the timeline: the same states, built for the new day when the day changed', async () => {
  const uri = 'file:///test/plan.rollout.yaml';
  const text = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata: { id: p, title: Plan }
phases:
  - { id: pilote, type: pilot, owner: marie, start: 2027-01-04, end: 2027-02-26, checklist: [{ task: T, owner: marie }] }
  - { id: go, type: gate, after: [pilote], criteria: [c1] }
criteria:
  - { id: c1, title: Taux, kind: quantitative, metric: taux, target: ">= 90%" }
`;
  let today = '2026-12-01';
  const service = createLanguageService({ workspace: new MemoryWorkspace({ [uri]: text }), today: () => today });
  const doc = docOf(text, uri);
  await service.diagnostics(doc);
  const sidebar = async () => {
    const [result] = await service.readiness([uri]);
    assert.ok('plan' in result);
    return result.plan.phases.map(p => `${p.key}: ${p.stateLabel}, ${p.items.length} item(s)${p.gate ? `, ${p.gate.reasons.length} reason(s)` : ''}`);
  };
  const timeline = () => service.timeline(doc).items.map(item => `${item.key.slice('phase:'.length)}: ${item.stateLabel}`);
  assert.deepEqual(timeline(), ['pilote: not started', 'go: not started']);
  assert.deepEqual(await sidebar(), ['pilote: not started, 1 item(s)', 'go: not started, 0 item(s), 2 reason(s)']);
  today = '2027-01-10';
  assert.deepEqual(timeline(), ['pilote: in progress', 'go: not started']);
  assert.deepEqual(await sidebar(), ['pilote: in progress, 1 item(s)', 'go: not started, 0 item(s), 2 reason(s)'], 'not the view of the day before');
});

test('a row’s details are escaped once: the same text in its aria-label and its <title>, never escaped twice', () => {
  const item: TimelineBar = {
    kind: 'bar', key: 'phase:rd', title: 'R&D <pilote> "été"', line: 0, state: 'not-started', stateLabel: 'non démarrée', findings: { count: 0 },
    start: '2027-01-04', end: '2027-01-08', dateSource: 'plan', progress: { done: 0, total: 0 }, type: 'pilot', typeLabel: 'pilote',
  };
  const svg = renderTimelineSvg({ uri: 'file:///p.rollout.yaml', title: 'P', language: 'fr', today: '2027-01-01', items: [item], links: [], unscheduled: [], range: { start: '2027-01-04', end: '2027-01-08' } },
    { zoom: 'fit', theme: 'light', t: translator('fr'), locale: 'fr' });
  const row = /<g class="item bar not-started" role="listitem" tabindex="0" aria-label="([^"]*)" data-key="phase:rd" data-line="0" data-state="not-started"><title>([^<]*)<\/title>/.exec(svg);
  assert.ok(row, 'the row with its aria-label and <title>');
  const [, label, title] = row;
  assert.ok(title.startsWith('R&amp;D &lt;pilote&gt; &quot;été&quot;'), title);
  assert.equal(label, title.split('\n').join(', '));
  assert.ok(!svg.includes('&amp;amp;') && !svg.includes('&amp;lt;'));
});
