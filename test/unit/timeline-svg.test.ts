// The timeline's SVG chart (features/timeline/svg.ts), drawn from hand-built Timeline models: what a
// reader of the webview or of `report --format svg` sees and what a screen reader hears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTimelineSvg, type TimelineSvgOptions } from '../../server/src/service/features/timeline/svg';
import type { Timeline, TimelineBar, TimelineItem, TimelineMilestone } from '../../server/src/service/features/timeline/timeline-types';
import { translator } from '../../server/src/service/l10n/translate';
import { allText, descendants, hasClass, parseXml, type XmlElement } from './xml-tree';

const en = translator('en');
const fr = translator('fr');
const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

const bar = (key: string, start: string, end: string, more: Partial<TimelineBar> = {}): TimelineBar => ({
  kind: 'bar', key, title: key.replace(/^\w+:/, ''), line: 10, state: 'in-progress', stateLabel: 'in progress', findings: { count: 0 },
  start, end, dateSource: 'plan', progress: { done: 1, total: 4 }, type: 'pilot', typeLabel: 'pilot', ...more,
});

const GATE: TimelineMilestone = {
  kind: 'milestone', key: 'phase:go-no-go', title: 'Go/No-Go', line: 40, state: 'not-started', stateLabel: 'not started', findings: { count: 2, worst: 'warning' },
  type: 'gate', typeLabel: 'Go/No-Go gate', at: '2026-03-20', dateSource: 'decidedOn', verdict: 'not-ready', verdictLabel: 'not ready',
  reasons: ['criterion “nps” is not met', 'task “Train the support desk” is not done'],
};
const GO_LIVE: TimelineMilestone = {
  kind: 'milestone', key: 'phase:bascule', title: 'Bascule', line: 50, state: 'not-started', stateLabel: 'not started', findings: { count: 0 },
  type: 'go-live', typeLabel: 'go-live', at: '2026-04-11T20:00', until: '2026-04-12T06:00', dateSource: 'window',
};
const ITEMS: TimelineItem[] = [
  bar('phase:pilote', '2026-03-02', '2026-03-15', { owner: { id: 'marie', name: 'Marie Curie' }, line: 12 }),
  bar('wave:pilote/rh', '2026-03-02', '2026-03-08', { parent: 'phase:pilote', type: 'wave', typeLabel: 'wave', state: 'done', stateLabel: 'done', progress: { done: 2, total: 2 }, owner: { id: 'leo' }, scope: ['RH', 'Paie'], line: 20 }),
  GATE,
  bar('phase:cadrage', '2026-02-02', '2026-02-27', { state: 'late', stateLabel: 'late', line: 4 }),
  bar('phase:extension', '2026-03-23', '2026-04-10', { state: 'blocked', stateLabel: 'blocked', progress: { done: 0, total: 3 } }),
  GO_LIVE,
  bar('phase:bilan', '2026-04-20', '2026-04-13', { outOfOrder: true, progress: { done: 0, total: 0 } }),
];

const timeline = (more: Partial<Timeline> = {}): Timeline => ({
  uri: 'file:///plans/p.rollout.yaml', title: 'Plan RH', language: 'en-GB', today: '2026-03-16', items: ITEMS,
  links: [{ from: 'phase:pilote', to: 'phase:go-no-go' }, { from: 'phase:go-no-go', to: 'phase:extension' }],
  unscheduled: [{ key: 'phase:run', title: 'Exploitation', line: 60, reason: 'no start or end date' }],
  range: { start: '2026-02-02', end: '2026-04-20' }, ...more,
});

const draw = (model: Timeline = timeline(), options: Partial<TimelineSvgOptions> = {}) =>
  parseXml(renderTimelineSvg(model, { zoom: 'week', theme: 'light', t: en, locale: 'en', ...options }));

const find = (root: XmlElement, test: (e: XmlElement) => boolean) => descendants(root).filter(test);
const row = (root: XmlElement, key: string) => {
  const [found] = find(root, e => e.attrs['data-key'] === key);
  assert.ok(found, `a row for ${key}`);
  return found;
};
const part = (node: XmlElement, cls: string) => find(node, e => hasClass(e, cls))[0];
const num = (node: XmlElement | undefined, attr: string) => Number(node?.attrs[attr]);
/** coordinates are written with 2 decimals */
const near = (actual: number, expected: number, what?: string) => assert.ok(Math.abs(actual - expected) <= 0.01, `${what ?? ''} ${actual} ≉ ${expected}`);

test('a standalone SVG file that parses as XML, with a row named for every phase and wave, waves indented', () => {
  const svg = draw();
  assert.equal(svg.name, 'svg');
  assert.equal(svg.attrs.xmlns, 'http://www.w3.org/2000/svg');
  assert.equal(svg.attrs.viewBox, `0 0 ${svg.attrs.width} ${svg.attrs.height}`);
  assert.ok(num(svg, 'width') > 0 && num(svg, 'height') > 0);
  for (const item of ITEMS) {
    const g = row(svg, item.key);
    const label = g.children.find(c => c.name === 'text')!;
    assert.equal(label.text, item.title);
    assert.equal(g.attrs['data-line'], String(item.line));
  }
  const labelX = (key: string) => num(row(svg, key).children.find(c => c.name === 'text'), 'x');
  assert.ok(labelX('wave:pilote/rh') > labelX('phase:pilote'), 'the wave is indented under its phase');
  // rows in plan order, from top to bottom
  const ys = ITEMS.map(item => num(row(svg, item.key).children.find(c => c.name === 'text'), 'y'));
  assert.deepEqual(ys, [...ys].sort((a, b) => a - b));
});

test('bars start at their start date and last to their end date, at the zoom’s pixels per day', () => {
  for (const [zoom, perDay] of [['week', 20], ['month', 5], ['quarter', 1.6]] as const) {
    const svg = draw(timeline(), { zoom });
    const track = (key: string) => part(row(svg, key), 'track');
    near(num(track('phase:pilote'), 'width'), 14 * perDay, `${zoom}: 2–15 March is 14 days`);
    near(num(track('wave:pilote/rh'), 'width'), 7 * perDay);
    const gap = num(track('phase:pilote'), 'x') - num(track('phase:cadrage'), 'x');
    near(gap, days('2026-02-02', '2026-03-02') * perDay, `${zoom}: 28 days between the starts`);
  }
});

test('fit: the chart is as wide as asked, and its bars scale with that width', () => {
  const narrow = draw(timeline(), { zoom: 'fit', width: 900 });
  const wide = draw(timeline(), { zoom: 'fit', width: 1800 });
  assert.equal(narrow.attrs.width, '900');
  assert.equal(wide.attrs.width, '1800');
  const width = (svg: XmlElement) => num(part(row(svg, 'phase:pilote'), 'track'), 'width');
  assert.ok(width(wide) > 2 * width(narrow), 'the label column keeps its width, the days get the rest');
  for (const svg of [narrow, wide]) {
    for (const track of find(svg, e => hasClass(e, 'track'))) assert.ok(num(track, 'x') + num(track, 'width') <= num(svg, 'width'));
  }
});

test('progress is filled in proportion to the checklist done', () => {
  const svg = draw();
  const fill = (key: string) => num(part(row(svg, key), 'progress'), 'width') / num(part(row(svg, key), 'track'), 'width');
  near(fill('phase:pilote'), 1 / 4);
  near(fill('wave:pilote/rh'), 1);
  assert.equal(fill('phase:extension'), 0);
  assert.match(allText(row(svg, 'phase:pilote')), /1\/4/, 'the count is written beside the bar');
});

test('gates and go-lives are diamonds on their day; a go-live’s window is drawn behind its diamond', () => {
  const svg = draw();
  const pilotX = num(part(row(svg, 'phase:pilote'), 'track'), 'x');
  for (const key of ['phase:go-no-go', 'phase:bascule']) {
    const g = row(svg, key);
    assert.equal(part(g, 'track'), undefined, 'no bar');
    const points = part(g, 'diamond').attrs.points.split(' ').map(p => p.split(',').map(Number));
    assert.equal(points.length, 4);
    const [top, right, bottom, left] = points;
    assert.ok(top[0] === bottom[0] && left[1] === right[1] && top[1] < left[1] && bottom[1] > left[1], 'a diamond');
  }
  const gateX = Number(part(row(svg, 'phase:go-no-go'), 'diamond').attrs.points.split(',')[0]);
  near(gateX, pilotX + (days('2026-03-02', '2026-03-20') + 0.5) * 20, 'in the middle of 20 March');
  const window = part(row(svg, 'phase:bascule'), 'window');
  near(num(window, 'width'), (10 / 24) * 20, 'from 20:00 to 06:00 the next day');
});

test('an arrow for each `after` link, from the end of one item to the start of the next', () => {
  const svg = draw();
  const links = find(svg, e => e.name === 'path' && hasClass(e, 'link'));
  assert.equal(links.length, 2);
  assert.deepEqual(links.map(l => [l.attrs['data-from'], l.attrs['data-to']]), [['phase:pilote', 'phase:go-no-go'], ['phase:go-no-go', 'phase:extension']]);
  assert.ok(links.every(l => l.attrs['marker-end'] === 'url(#rp-arrow)'));
  assert.ok(find(svg, e => e.name === 'marker' && e.attrs.id === 'rp-arrow').length === 1, 'the arrowhead is defined');
  const pilot = part(row(svg, 'phase:pilote'), 'track');
  assert.ok(links[0].attrs.d.startsWith(`M${num(pilot, 'x') + num(pilot, 'width')},`), links[0].attrs.d);
  assert.match(allText(links[0]), /pilote before Go\/No-Go/);
  assert.equal(find(draw(timeline({ links: [{ from: 'phase:pilote', to: 'phase:nowhere' }] })), e => hasClass(e, 'link') && e.name === 'path').length, 0,
    'a link to an item not drawn is left out');
});

test('a line for today, at today; none when today is outside the months drawn', () => {
  const svg = draw();
  const [today] = find(svg, e => hasClass(e, 'today'));
  const line = today.children.find(c => c.name === 'line')!;
  const pilotX = num(part(row(svg, 'phase:pilote'), 'track'), 'x');
  near(num(line, 'x1'), pilotX + (days('2026-03-02', '2026-03-16') + 0.5) * 20);
  assert.equal(line.attrs.x1, line.attrs.x2);
  assert.match(allText(today), /Today/);
  assert.equal(today.attrs['aria-label'], 'Today, 16 March 2026');
  assert.equal(find(draw(timeline({ today: '2027-01-10' })), e => hasClass(e, 'today')).length, 0);
});

test('late, blocked and out-of-order items are hatched and say so in words, not by colour alone', () => {
  const svg = draw();
  const late = row(svg, 'phase:cadrage');
  assert.match(allText(late), /⚠ late/);
  assert.equal(part(late, 'hatch').attrs.fill, 'url(#rp-hatch)');
  const blocked = row(svg, 'phase:extension');
  assert.match(allText(blocked), /⊘ blocked/);
  assert.equal(part(blocked, 'hatch').attrs.fill, 'url(#rp-cross-hatch)');
  assert.equal(part(row(svg, 'phase:pilote'), 'hatch'), undefined, 'an item on time is not hatched');
  // out of order: drawn from its end (13 April) to its start (20 April), dashed, flagged
  const reversed = row(svg, 'phase:bilan');
  const track = part(reversed, 'track');
  near(num(track, 'width'), 8 * 20);
  near(num(track, 'x'), num(part(row(svg, 'phase:pilote'), 'track'), 'x') + days('2026-03-02', '2026-04-13') * 20);
  assert.ok(track.attrs['stroke-dasharray']);
  assert.match(allText(reversed), /⇄ dates out of order/);
  assert.match(reversed.attrs['aria-label'], /dates out of order: the end is before the start/);
});

test('each item is focusable and labelled: owner, dates, progress, state, a gate’s verdict and its reasons', () => {
  const svg = draw();
  for (const item of ITEMS) {
    const g = row(svg, item.key);
    assert.equal(g.attrs.role, 'listitem');
    assert.equal(g.attrs.tabindex, '0');
    assert.ok(g.attrs['aria-label'].startsWith(item.title), item.key);
    assert.ok(g.children[0].name === 'title' && g.children[0].text.startsWith(item.title), 'the hover shows the details');
  }
  const pilot = row(svg, 'phase:pilote').attrs['aria-label'];
  for (const words of ['pilote (pilot)', 'from 2 March 2026 to 15 March 2026', 'owner: Marie Curie', 'progress: 1/4 (25%)', 'state: in progress']) {
    assert.ok(pilot.includes(words), `${words} in “${pilot}”`);
  }
  const wave = row(svg, 'wave:pilote/rh').attrs['aria-label'];
  assert.ok(wave.includes('champion: leo') && wave.includes('scope: RH, Paie'), wave);
  const gate = row(svg, 'phase:go-no-go').children[0].text.split('\n');
  assert.deepEqual(gate, ['Go/No-Go (Go/No-Go gate)', 'on 20 March 2026', 'state: not started', 'verdict: not ready', 'why:',
    '– criterion “nps” is not met', '– task “Train the support desk” is not done', '2 problems in the plan']);
  assert.match(row(svg, 'phase:bascule').attrs['aria-label'], /from 11 April 2026 at 20:00 to 12 April 2026 at 06:00/);
  const [list] = find(svg, e => e.attrs.role === 'list' && hasClass(e, 'rows'));
  assert.equal(list.attrs['aria-label'], 'Phases and waves');
});

test('a French plan: month names, week days and dates in French, the chart’s words from the French catalog', () => {
  const svg = draw(timeline({ language: 'fr' }), { t: fr, locale: 'fr', zoom: 'month' });
  const months = find(svg, e => hasClass(e, 'month')).map(e => e.text);
  assert.deepEqual(months, ['février 2026', 'mars 2026', 'avril 2026']);
  assert.match(row(svg, 'phase:pilote').attrs['aria-label'], /du 2 mars 2026 au 15 mars 2026/);
  assert.match(row(svg, 'phase:pilote').attrs['aria-label'], /avancement\u00a0: 1\/4 \(25\u00a0%\)/);
  assert.equal(svg.attrs['aria-label'], 'Calendrier\u00a0: Plan RH');
  // an English reader of a French plan: dates follow the plan, words the reader
  const mixed = draw(timeline({ language: 'fr-FR' }), { zoom: 'quarter' });
  assert.deepEqual(find(mixed, e => hasClass(e, 'month')).map(e => e.text), ['févr. 2026', 'avr.'], 'a label naming its year is wider than a quarter-zoom month: the next one is left out, never drawn over it');
  assert.equal(find(draw(timeline({ language: 'en' }), { zoom: 'month' }), e => hasClass(e, 'month'))[0].text, 'February 2026');
  assert.doesNotThrow(() => draw(timeline({ language: 'not a language!' })), 'an invalid language falls back to the reader’s');
});

test('titles are escaped for XML: <, &, quotes and characters XML forbids', () => {
  const nasty = 'Pilote <b>R&D</b> "ventes" l\'été \u0001';
  const model = timeline({ title: nasty, items: [bar('phase:x', '2026-03-02', '2026-03-15', { title: nasty, owner: { id: 'a&b', name: '<Marie>' } })], links: [],
    unscheduled: [{ key: 'phase:"y"', title: '&amp; <y>', line: 1, reason: 'no "date"' }] });
  const text = renderTimelineSvg(model, { zoom: 'week', theme: 'light', t: en, locale: 'en' });
  const svg = parseXml(text);
  const g = row(svg, 'phase:x');
  assert.equal(g.children.find(c => c.name === 'text')!.text, 'Pilote <b>R&D</b> "ventes" l\'été \ufffd');
  assert.match(g.attrs['aria-label'], /owner: <Marie>/);
  assert.equal(row(svg, 'phase:"y"').attrs['aria-label'], '&amp; <y>: no "date"');
  assert.ok(!text.includes('<b>'));
});

test('what has no dates is listed under the chart with its reason; with nothing scheduled, the chart says so', () => {
  const svg = draw();
  const run = row(svg, 'phase:run');
  assert.equal(run.attrs.role, 'listitem');
  assert.equal(run.attrs['data-line'], '60');
  assert.match(allText(run), /Exploitation: no start or end date/);
  assert.equal(find(svg, e => e.attrs.role === 'list' && hasClass(e, 'unscheduled'))[0].attrs['aria-label'], 'Not scheduled');
  const empty = draw(timeline({ items: [], links: [], range: undefined }));
  assert.match(allText(empty), /Nothing in this plan has dates yet\./);
  assert.match(allText(empty), /Exploitation: no start or end date/);
});

test('theme vscode draws with VS Code’s colour variables (with fallbacks); light writes fixed colours', () => {
  const vscode = renderTimelineSvg(timeline(), { zoom: 'week', theme: 'vscode', t: en, locale: 'en' });
  assert.match(vscode, /fill="var\(--vscode-charts-blue, #[0-9a-f]{6}\)"/);
  assert.match(vscode, /var\(--vscode-editor-foreground, #[0-9a-f]{6}\)/);
  assert.match(vscode, /var\(--vscode-charts-red, #[0-9a-f]{6}\)/);
  assert.doesNotMatch(renderTimelineSvg(timeline(), { zoom: 'week', theme: 'light', t: en, locale: 'en' }), /var\(/);
});

test('a 1,000-row timeline draws in under a second', () => {
  const items: TimelineItem[] = Array.from({ length: 1000 }, (_, i) => {
    const start = new Date(Date.UTC(2026, 0, 1) + i * DAY).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2026, 0, 15) + i * DAY).toISOString().slice(0, 10);
    return i % 10 === 9 ? { ...GATE, key: `phase:g${i}`, at: end } : bar(`phase:p${i}`, start, end);
  });
  const links = items.slice(1).map((item, i) => ({ from: items[i].key, to: item.key }));
  const model = timeline({ items, links, range: { start: '2026-01-01', end: '2028-10-12' } });
  const started = performance.now();
  const text = renderTimelineSvg(model, { zoom: 'fit', theme: 'vscode', t: en, locale: 'en' });
  const ms = performance.now() - started;
  assert.ok(ms < 1000, `${Math.round(ms)} ms`);
  const svg = parseXml(text);
  assert.equal(find(svg, e => e.attrs.role === 'listitem').length, 1001);
  assert.equal(find(svg, e => hasClass(e, 'link') && e.name === 'path').length, 999);
});

test('month labels never overlap, even where a narrow month names its year', () => {
  // 13 months in a 700-px chart (the titles take 256): months are ~34 px wide, "01/2027" is wider
  const model = timeline({ items: [bar('phase:long', '2026-06-01', '2027-06-30')], links: [], range: { start: '2026-06-01', end: '2027-06-30' } });
  const root = draw(model, { zoom: 'fit', width: 700 });
  const labels = find(root, e => e.name === 'text' && hasClass(e, 'month')).map(e => ({ x: num(e, 'x'), text: e.text }));
  assert.ok(labels.some(l => /2027/.test(l.text)), JSON.stringify(labels));
  for (let i = 1; i < labels.length; i++) {
    const previous = labels[i - 1];
    assert.ok(labels[i].x >= previous.x + previous.text.length * 6, `"${labels[i].text}" at ${labels[i].x} overlaps "${previous.text}" at ${previous.x}`);
  }
});
