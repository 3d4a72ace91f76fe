// The Mermaid `gantt` block of the report, read back by Mermaid's own parser (test/unit/mermaid-parser.ts):
// what a reader of a pull request or a wiki page would see drawn, for hand-built timelines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { timelineToMermaid } from '../../server/src/service/features/timeline/mermaid';
import { ganttSection } from '../../server/src/service/features/timeline/gantt-section';
import { MAX_MERMAID_TEXT } from '../../server/src/service/features/timeline/mermaid-text';
import type { Timeline, TimelineBar, TimelineMilestone } from '../../server/src/service/features/timeline/timeline-types';
import { translator } from '../../server/src/service/l10n/translate';
import { ROOT } from './helpers';
import { mermaidGantt, mermaidParses } from './mermaid-parser';

const en = translator('en');
const fr = translator('fr');
const NBSP = '\u00a0';

let line = 0;
function bar(key: string, title: string, start: string, end: string, more: Partial<TimelineBar> = {}): TimelineBar {
  return {
    kind: 'bar', key, id: key.split(/[:/]/).pop(), title, line: line++, state: 'not-started', stateLabel: 'not started',
    findings: { count: 0 }, start, end, dateSource: 'plan', progress: { done: 0, total: 0 }, type: 'pilot', typeLabel: 'pilot', ...more,
  };
}
function milestone(key: string, title: string, at: string, more: Partial<TimelineMilestone> = {}): TimelineMilestone {
  return {
    kind: 'milestone', key, id: key.split(':').pop(), title, line: line++, state: 'not-started', stateLabel: 'not started',
    findings: { count: 0 }, type: 'gate', typeLabel: 'Go/No-Go', at, dateSource: 'plan', ...more,
  };
}
function timeline(items: Timeline['items'], more: Partial<Timeline> = {}): Timeline {
  return { uri: 'file:///p.rollout.yaml', title: 'Parcours de commande', language: 'fr', today: '2026-05-10', items, links: [], unscheduled: [], ...more };
}

/** A plan with every kind of row and every state. */
const FULL = timeline([
  bar('phase:cadrage', 'Cadrage', '2026-01-05', '2026-01-30', { state: 'done', stateLabel: 'done', type: 'definition' }),
  bar('phase:pilote', 'Pilote', '2026-02-02', '2026-03-27', { state: 'late', stateLabel: 'late' }),
  milestone('phase:go-no-go', 'Réunion Go/No-Go', '2026-04-03', { verdict: 'not-ready', verdictLabel: 'not ready' }),
  milestone('phase:mise-en-production', 'Mise en production', '2026-04-11T22:00', { type: 'go-live', until: '2026-04-12T04:00', dateSource: 'window' }),
  bar('phase:deploiement', 'Déploiement', '2026-04-20', '2026-06-30', { state: 'in-progress', stateLabel: 'in progress', type: 'scale-up' }),
  bar('wave:phase:deploiement/vague-rh', 'Vague RH', '2026-04-20', '2026-05-15', { state: 'done', stateLabel: 'done', type: 'wave', parent: 'phase:deploiement' }),
  bar('wave:phase:deploiement/vague-ventes', 'Vague Ventes', '2026-05-18', '2026-06-12', { state: 'blocked', stateLabel: 'blocked', type: 'wave', parent: 'phase:deploiement' }),
  bar('phase:run', 'Exploitation', '2026-07-31', '2026-07-01', { outOfOrder: true, type: 'run' }),
  bar('wave:phase:generalisation/vague-1', 'Vague 1', '2026-08-01', '2026-08-31', { type: 'wave', parent: 'phase:generalisation' }),
], {
  unscheduled: [
    { key: 'phase:generalisation', id: 'generalisation', title: 'Généralisation', line: 90, reason: 'no start or end date' },
    { key: 'wave:phase:deploiement/#2', title: 'Vague Support', line: 80, reason: 'no start or end date' },
  ],
});

test('every phase is a section, its bar or milestone first, then its waves; states as Mermaid tags', async () => {
  const gantt = await mermaidGantt(timelineToMermaid(FULL, en));
  assert.equal(gantt.title, 'Parcours de commande');
  assert.equal(gantt.accTitle, 'Timeline of Parcours de commande');
  assert.deepEqual(gantt.sections, ['Cadrage', 'Pilote', 'Réunion Go/No-Go', 'Mise en production', 'Déploiement', 'Exploitation', 'Généralisation']);
  assert.deepEqual(gantt.rows.map(r => [r.section, r.text, r.id, r.start, r.lastDay, r.tags.join(' ')]), [
    ['Cadrage', 'Cadrage', 'cadrage', '2026-01-05', '2026-01-30', 'done'],
    ['Pilote', 'Pilote (late)', 'pilote', '2026-02-02', '2026-03-27', 'crit'],
    ['Réunion Go/No-Go', 'Réunion Go/No-Go (not ready)', 'go-no-go', '2026-04-03', '2026-04-03', 'crit milestone'],
    ['Mise en production', 'Mise en production', 'mise-en-production', '2026-04-11', '2026-04-11', 'milestone'],
    ['Déploiement', 'Déploiement', 'deploiement', '2026-04-20', '2026-06-30', 'active'],
    ['Déploiement', 'Vague RH', 'vague-rh', '2026-04-20', '2026-05-15', 'done'],
    ['Déploiement', 'Vague Ventes (blocked)', 'vague-ventes', '2026-05-18', '2026-06-12', 'crit'],
    // drawn from its earlier date to its later one, and flagged
    ['Exploitation', 'Exploitation (ends before it starts)', 'run', '2026-07-01', '2026-07-31', 'crit'],
    // a wave whose phase has no dates stays under its phase's name
    ['Généralisation', 'Vague 1', 'vague-1', '2026-08-01', '2026-08-31', ''],
  ]);
});

test('gate verdicts: go is done, ready is active, not ready and no-go are critical, each said in words', async () => {
  const verdicts = (['go', 'ready', 'not-ready', 'no-go'] as const).map((verdict, i) =>
    milestone(`phase:g${i}`, `Gate ${i}`, `2026-0${i + 1}-15`, { verdict, verdictLabel: verdict.replace('-', ' ') }));
  const gantt = await mermaidGantt(timelineToMermaid(timeline(verdicts), en));
  assert.deepEqual(gantt.rows.map(r => [r.text, r.tags.join(' ')]), [
    ['Gate 0 (go)', 'done milestone'], ['Gate 1 (ready)', 'active milestone'], ['Gate 2 (not ready)', 'crit milestone'], ['Gate 3 (no go)', 'crit milestone'],
  ]);
});

/** Titles Mermaid's gantt grammar reads specially, and what a reader must see. */
const TRICKY: [string, string][] = [
  ['Go/No-Go : décision', 'Go/No-Go : décision'],
  ['Étape "pilote" de l\'été', 'Étape "pilote" de l\'été'],
  ['#1 priorité', '#1 priorité'],
  ['#35; written as a code', '#35; written as a code'],
  ['a; b', 'a; b'],
  ['Bascule à 5 % du trafic', 'Bascule à 5 % du trafic'],
  ['5% first', '5% first'],
  ['%% not a comment', '%% not a comment'],
  ['Section RH', 'Section RH'],
  ['title case', 'title case'],
  ['click here', 'click here'],
  ['excludes weekends', 'excludes weekends'],
  ['accDescr { x }', 'accDescr { x }'],
  ['2026-01-01 kick-off', '2026-01-01 kick-off'],
  ['<b>gras</b> & co', '<b>gras</b> & co'],
  ['Vague 🚀 Île-de-France', 'Vague 🚀 Île-de-France'],
  ['  espaces  autour  ', 'espaces autour'],
  ['Deux\nlignes', 'Deux lignes'],
  ['```', '```'],
];

test('titles with colons, quotes, #, ;, %, keywords, dates, HTML, accents and emoji show as written', async () => {
  const items = TRICKY.flatMap(([title], i) => [
    bar(`phase:p${i}`, title, '2026-01-05', '2026-01-09'),
    bar(`wave:phase:p${i}/w${i}`, title, '2026-01-12', '2026-01-16', { type: 'wave', parent: `phase:p${i}` }),
  ]);
  const plan = timeline(items, { title: 'Plan : « été » #2; 100 %' });
  const gantt = await mermaidGantt(timelineToMermaid(plan, en));
  assert.equal(gantt.title, 'Plan : « été » #2; 100 %');
  assert.deepEqual(gantt.sections, TRICKY.map(([, shown]) => shown));
  assert.deepEqual(gantt.rows.map(r => r.text), TRICKY.flatMap(([, shown]) => [shown, shown]));
  assert.deepEqual(gantt.rows.map(r => r.start), TRICKY.flatMap(() => ['2026-01-05', '2026-01-12']));
});

test('a very long title is cut on the chart, an emoji never halved', async () => {
  const long = `${'Déploiement progressif '.repeat(5)}🚀🚀🚀`;
  const gantt = await mermaidGantt(timelineToMermaid(timeline([bar('phase:long', long, '2026-01-05', '2026-02-05')]), en));
  const shown = gantt.rows[0]!.text;
  assert.ok(shown.endsWith('…') && long.startsWith(shown.slice(0, -1)), shown);
  assert.ok(Array.from(shown).length <= MAX_MERMAID_TEXT);
  assert.ok(!/[\ud800-\udbff]$/.test(shown.slice(0, -1)), 'no lone surrogate before the ellipsis');
});

test('ids: made of safe characters, never a tag word, unique; a row without an id gets one from its key', async () => {
  const items = [
    bar('phase:done', 'A', '2026-01-05', '2026-01-09'),
    bar('phase:a.b', 'B', '2026-01-05', '2026-01-09'),
    bar('phase:a_b', 'C', '2026-01-05', '2026-01-09'),
    bar('phase:été', 'D', '2026-01-05', '2026-01-09'),
    bar('phase:#5', 'E', '2026-01-05', '2026-01-09', { id: undefined }),
    bar('phase:crit', 'F', '2026-01-05', '2026-01-09', { state: 'done', stateLabel: 'done' }),
  ];
  const gantt = await mermaidGantt(timelineToMermaid(timeline(items), en));
  assert.deepEqual(gantt.rows.map(r => [r.text, r.id, r.tags.join(' ')]), [
    ['A', 'done_', ''], ['B', 'a_b', ''], ['C', 'a_b_2', ''], ['D', '_t_', ''], ['E', 'phase__5', ''], ['F', 'crit_', 'done'],
  ]);
});

test('an empty timeline is still a valid block; the report says there is nothing to draw', async () => {
  const empty = timeline([], { title: '' });
  await mermaidParses(timelineToMermaid(empty, en));
  assert.deepEqual(ganttSection(empty, en), ['### Timeline', '', 'Nothing to draw yet: no phase or wave has dates.', '']);
});

test('the report section: the fenced block, then every unscheduled item, in English and in French', () => {
  const md = ganttSection(FULL, en);
  assert.deepEqual(md.slice(0, 3), ['### Timeline', '', '```mermaid']);
  assert.equal(md[3], timelineToMermaid(FULL, en));
  assert.deepEqual(md.slice(4), [
    '```', '', 'Not on the chart (no dates yet):', '',
    '- Généralisation (`generalisation`) (line 91): no start or end date',
    '- Vague Support (line 81): no start or end date', '',
  ]);
  const french = ganttSection(FULL, fr);
  assert.equal(french[0], '### Calendrier');
  assert.ok(french.includes(`Absents du graphique (pas encore de dates)${NBSP}:`));
  assert.ok(french.includes(`- Vague Support (ligne 81)${NBSP}: no start or end date`));
  assert.ok(timelineToMermaid(FULL, fr).includes('accTitle: Calendrier de Parcours de commande'));
});

test('no line inside the block can close the Markdown fence', () => {
  const block = timelineToMermaid(timeline([bar('phase:x', '```', '2026-01-05', '2026-01-09')], { title: '``` fence' }), en);
  assert.ok(block.split('\n').slice(1).every(l => l.startsWith('    ')), block);
});

test('mermaidParses fails on a syntax error, a bad date, and a row Mermaid reads as something else', async () => {
  const block = (row: string) => `gantt\n    dateFormat YYYY-MM-DD\n    section A\n        ${row}\n`;
  await mermaidParses(block('Row :a, 2026-01-05, 2026-01-09'));
  await assert.rejects(mermaidParses(block('Row :a, 2026-01-05, 2026-01-09 # note')), /Parse error/);
  await assert.rejects(mermaidParses(block('Row :a, 2026-99-99, 2026-01-09')), /Invalid date/);
  await assert.rejects(mermaidParses(block('5% first :a, 2026-01-05, 2026-01-09')), /read 1 sections and 0 rows/);
  await assert.rejects(mermaidParses(block('Section B :a, 2026-01-05, 2026-01-09')), /read 2 sections and 0 rows/);
  await assert.rejects(mermaidParses('flowchart LR\n    a --> b\n'), /not a gantt block/);
});

test('the example block of docs/readiness.md parses and shows its rows as written', async () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/readiness.md'), 'utf8');
  const block = /```mermaid\n([\s\S]*?)\n```/.exec(doc)?.[1];
  assert.ok(block, 'docs/readiness.md has a mermaid block');
  const gantt = await mermaidGantt(block);
  assert.equal(gantt.rows[0]!.text, 'Pilote : 10 % du trafic');
  assert.deepEqual(gantt.rows.map(r => r.tags.join(' ')), ['done', 'done milestone', 'milestone', 'active', 'crit']);
});
