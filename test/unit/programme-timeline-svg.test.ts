// The SVG chart of a programme's timeline (issue 18): a lane per plan with its heading, the
// freezes shaded across the whole chart with their titles, the links between lanes, and rows of
// another plan that say which file they open. Drawn from a hand-built model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTimelineSvg, type TimelineSvgOptions } from '../../server/src/service/features/timeline/svg';
import type { Timeline, TimelineBar, TimelineMilestone } from '../../server/src/service/features/timeline/timeline-types';
import { translator } from '../../server/src/service/l10n/translate';
import { allText, descendants, hasClass, parseXml, type XmlElement } from './xml-tree';

const CRM = 'file:///ws/crm.rollout.yaml';
const ERP = 'file:///ws/erp.rollout.yaml';
const PROGRAMME = 'file:///ws/programme.rollout.yaml';
const PER_DAY = 20; // the week zoom

const bar = (key: string, lane: string, start: string, end: string, line: number): TimelineBar => ({
  kind: 'bar', key, lane, title: key.replace(/^.*:/, ''), line, state: 'not-started', stateLabel: 'not started', findings: { count: 0 },
  start, end, dateSource: 'plan', progress: { done: 0, total: 2 }, type: 'pilot', typeLabel: 'pilot',
});
const BASCULE: TimelineMilestone = {
  kind: 'milestone', key: 'erp-finance/phase:bascule', lane: 'erp-finance', title: 'Bascule ERP', line: 30, state: 'not-started', stateLabel: 'not started',
  findings: { count: 0 }, type: 'go-live', typeLabel: 'go-live', at: '2027-01-16T22:00', until: '2027-01-17T06:00', dateSource: 'window',
};

const MODEL: Timeline = {
  uri: CRM, title: 'Programme 2027', language: 'en-GB', today: '2026-11-02',
  lanes: [
    { key: 'crm', uri: CRM, planId: 'crm', title: 'CRM Ventes', current: true },
    { key: 'erp-finance', uri: ERP, planId: 'erp-finance', title: 'ERP Finance' },
  ],
  items: [bar('crm/phase:pilote', 'crm', '2027-01-25', '2027-02-20', 8), bar('erp-finance/phase:cadrage', 'erp-finance', '2026-12-01', '2026-12-15', 6), BASCULE],
  links: [{ from: 'erp-finance/phase:bascule', to: 'crm/phase:pilote', crossPlan: true }],
  unscheduled: [{ key: 'erp-finance/phase:bilan', lane: 'erp-finance', title: 'Bilan ERP', line: 40, reason: 'no start or end date' }],
  freezes: [{ id: 'cloture', title: 'Clôture comptable annuelle', start: '2026-12-20', end: '2027-01-10', plans: ['erp-finance'], uri: PROGRAMME, line: 12 }],
  range: { start: '2026-12-01', end: '2027-02-20' },
};

const draw = (model: Timeline = MODEL, options: Partial<TimelineSvgOptions> = {}) =>
  parseXml(renderTimelineSvg(model, { zoom: 'week', theme: 'light', t: translator('en'), locale: 'en', ...options }));
const find = (root: XmlElement, test: (e: XmlElement) => boolean) => descendants(root).filter(test);
const byKey = (root: XmlElement, key: string) => find(root, e => e.attrs['data-key'] === key)[0];
const num = (node: XmlElement | undefined, attr: string) => Number(node?.attrs[attr]);
const titleOf = (node: XmlElement) => node.children.find(c => c.name === 'title')?.text;
const track = (root: XmlElement, key: string) => find(byKey(root, key), e => hasClass(e, 'track'))[0];

test('one lane heading per plan, in order, each lane holding its own rows, which open their own file', () => {
  const svg = draw();
  const lanes = find(svg, e => hasClass(e, 'lane'));
  assert.deepEqual(lanes.map(l => [l.attrs['data-lane'], l.attrs['data-uri']]), [['crm', CRM], ['erp-finance', ERP]]);
  const headings = lanes.map(l => find(l, e => hasClass(e, 'lane-title')));
  assert.deepEqual(headings.map(h => h.map(e => e.text)), [['CRM Ventes'], ['ERP Finance']]);
  assert.deepEqual(lanes.map(l => find(l, e => e.attrs.role === 'list')[0]?.attrs['aria-label']), ['Plan: CRM Ventes', 'Plan: ERP Finance']);
  assert.deepEqual(lanes.map(l => find(l, e => e.attrs['data-key'] !== undefined).map(e => e.attrs['data-key'])),
    [['crm/phase:pilote'], ['erp-finance/phase:cadrage', 'erp-finance/phase:bascule']]);
  // the second lane's heading is below the first lane's rows
  const y = (e: XmlElement | undefined) => num(e?.children.find(c => c.name === 'text'), 'y');
  assert.ok(num(headings[1][0], 'y') > y(byKey(svg, 'crm/phase:pilote')));
  assert.ok(y(byKey(svg, 'erp-finance/phase:cadrage')) > num(headings[1][0], 'y'));
  // an unscheduled item of another plan names its plan and opens its file
  const bilan = byKey(svg, 'erp-finance/phase:bilan');
  assert.equal(bilan.attrs['data-uri'], ERP);
  assert.equal(bilan.attrs['aria-label'], 'Bilan ERP (ERP Finance): no start or end date');
});

test("a freeze is a shaded rect across the whole chart, from its first to its last day, titled with its name, dates and plans", () => {
  const svg = draw();
  const [freeze] = find(svg, e => hasClass(e, 'freeze'));
  assert.ok(freeze, 'a freeze is drawn');
  const label = 'Freeze “Clôture comptable annuelle”: 20 December 2026 to 10 January 2027, applies to: erp-finance';
  assert.equal(freeze.attrs['aria-label'], label);
  assert.equal(titleOf(freeze), label);
  assert.equal(find(freeze, e => hasClass(e, 'freeze-title'))[0]?.text, 'Clôture comptable annuelle');
  assert.deepEqual([freeze.attrs['data-uri'], freeze.attrs['data-line']], [PROGRAMME, '12']);
  const shade = find(freeze, e => hasClass(e, 'freeze-shade'))[0];
  // 20 Dec to 10 Jan inclusive: 22 days, from 19 days after the cadrage's start (1 Dec)
  const cadrage = track(svg, 'erp-finance/phase:cadrage');
  assert.ok(Math.abs(num(shade, 'width') - 22 * PER_DAY) < 0.01, `width ${num(shade, 'width')}`);
  assert.ok(Math.abs(num(shade, 'x') - (num(cadrage, 'x') + 19 * PER_DAY)) < 0.01);
  // over every lane: from above the first lane's heading to below the last row
  const lanes = find(svg, e => hasClass(e, 'lane-title'));
  const lastRow = byKey(svg, 'erp-finance/phase:bascule').children.find(c => c.name === 'text')!;
  assert.ok(num(shade, 'y') < num(lanes[0], 'y') && num(shade, 'y') + num(shade, 'height') > num(lastRow, 'y'));
  assert.ok(Number(shade.attrs['fill-opacity']) < 0.5, 'shaded, so the rows stay readable');
  // drawn behind the rows
  const order = descendants(svg);
  assert.ok(order.indexOf(shade) < order.indexOf(byKey(svg, 'crm/phase:pilote')));
});

test('the freeze in French, and in the theme colours of VS Code', () => {
  const svg = draw(MODEL, { t: translator('fr'), locale: 'fr' });
  const [freeze] = find(svg, e => hasClass(e, 'freeze'));
  assert.equal(freeze.attrs['aria-label'],
    'Gel «\u00a0Clôture comptable annuelle\u00a0»\u00a0: du 20 December 2026 au 10 January 2027, concerne\u00a0: erp-finance');
  const themed = draw(MODEL, { theme: 'vscode' });
  assert.match(find(themed, e => hasClass(e, 'freeze-shade'))[0].attrs.fill, /^var\(--vscode-/);
});

test('a link between lanes is an arrow from the other plan’s row, titled with both plans', () => {
  const svg = draw();
  const [link] = find(svg, e => hasClass(e, 'link'));
  assert.ok(hasClass(link, 'cross-plan'));
  assert.deepEqual([link.attrs['data-from'], link.attrs['data-to']], ['erp-finance/phase:bascule', 'crm/phase:pilote']);
  assert.equal(titleOf(link), 'Bascule ERP (ERP Finance) before pilote (CRM Ventes)');
});

test('a plan’s own timeline has no lanes and no freeze', () => {
  const { lanes: _lanes, freezes: _freezes, ...single } = MODEL;
  const svg = draw({ ...single, items: single.items.map(({ lane: _lane, ...item }) => item) });
  assert.equal(find(svg, e => hasClass(e, 'lane') || hasClass(e, 'freeze')).length, 0);
  assert.ok(!allText(svg).includes('ERP Finance'));
});
