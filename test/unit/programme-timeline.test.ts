// The timeline's programme mode (issue 18, item 5), through the front door over an in-memory
// workspace: one lane per plan in the programme's order (the open plan's rows are its own
// timeline's), another plan's rows from its summary (dates, windows, decisions, waves, in-plan
// `after`), the programme's freezes, the `after: [plan/phase]` links between lanes, and what has
// no dates listed as unscheduled in its lane.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type Locale, type Timeline, type TimelineBar, type TimelineMilestone } from '../../server/src/service';
import { MemoryWorkspace } from './memory-workspace';

const PROGRAMME = 'file:///ws/programme.rollout.yaml';
const CRM = 'file:///ws/crm.rollout.yaml';
const ERP = 'file:///ws/erp.rollout.yaml';
const TODAY = '2026-11-02';

const programmeText = (freezes = `freezes:
  - id: cloture-annuelle
    title: Clôture comptable annuelle
    start: 2026-12-20
    end: 2027-01-10
    plans: [erp-finance]
`) => `apiVersion: plan-as-code/v1
kind: Programme
metadata:
  id: transformation-2027
  title: Programme 2027
people:
  alice: { name: Alice Morin }
${freezes}`;

const TEXTS: Record<string, string> = {
  [PROGRAMME]: programmeText(),
  [ERP]: `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: erp-finance
  title: ERP Finance
phases:
  - id: cadrage
    type: definition
    title: Cadrage ERP
    start: 2026-09-01
    end: 2026-10-15
    checklist:
      - { task: Charte, done: true }
  - id: comite
    type: gate
    title: Comité ERP
    decision: go
    decidedOn: 2026-10-20
  - id: deploiement
    type: scale-up
    title: Déploiement ERP
    after: [comite]
    waves:
      - id: siege
        title: Siège
        champion: alice
        start: 2026-11-02
        end: 2026-11-20
  - id: bascule
    type: go-live
    title: Bascule ERP
    window: { start: "2027-01-16T22:00", end: "2027-01-17T06:00" }
  - id: bilan
    type: run
    title: Bilan ERP
`,
  [CRM]: `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: crm
  title: CRM Ventes
phases:
  - id: pilote
    type: pilot
    title: Pilote CRM
    start: 2027-01-25
    end: 2027-02-20
    after: [erp-finance/bascule]
`,
};

function setup(texts = TEXTS, locale: Locale = 'en') {
  const workspace = new MemoryWorkspace(texts);
  const service = createLanguageService({ workspace, locale, today: () => TODAY });
  const docOf = (uri: string) => TextDocument.create(uri, 'rollout-plan', 1, workspace.files.get(uri)!);
  return { service, docOf };
}

const row = (tl: Timeline, key: string) => {
  const found = tl.items.find(i => i.key === key);
  assert.ok(found, `${key} in ${JSON.stringify(tl.items.map(i => i.key))}`);
  return found;
};

test('one lane per plan, in the programme order, titled by the plan; the open plan is its own timeline', async () => {
  const { service, docOf } = setup();
  const doc = docOf(CRM);
  const tl = await service.programmeTimeline(doc);
  assert.deepEqual(tl.lanes?.map(l => [l.key, l.title, l.uri, l.current ?? false]), [
    ['crm', 'CRM Ventes', CRM, true],
    ['erp-finance', 'ERP Finance', ERP, false],
  ]);
  assert.equal(tl.title, 'Programme 2027');
  assert.equal(tl.uri, CRM);
  // items lane by lane; the open plan's rows are exactly its own timeline's, keyed in their lane
  const own = service.timeline(doc);
  assert.deepEqual(tl.items.filter(i => i.lane === 'crm').map(i => ({ ...i, key: i.key.replace('crm/', ''), lane: undefined })),
    own.items.map(i => ({ ...i, lane: undefined })));
  const lanesInOrder = tl.items.map(i => i.lane).filter((l, i, all) => l !== all[i - 1]);
  assert.deepEqual(lanesInOrder, ['crm', 'erp-finance']);
});

test("another plan's rows from its summary: bars with progress, a decided gate, a go-live's window, a wave with its champion, in-plan links", async () => {
  const { service, docOf } = setup();
  const tl = await service.programmeTimeline(docOf(CRM));
  const cadrage = row(tl, 'erp-finance/phase:cadrage') as TimelineBar;
  assert.deepEqual([cadrage.kind, cadrage.start, cadrage.end, cadrage.progress, cadrage.state, cadrage.typeLabel], ['bar', '2026-09-01', '2026-10-15', { done: 1, total: 1 }, 'done', 'definition']);
  assert.equal(cadrage.line, TEXTS[ERP].split('\n').findIndex(l => l.includes('id: cadrage')));
  const gate = row(tl, 'erp-finance/phase:comite') as TimelineMilestone;
  assert.deepEqual([gate.kind, gate.at, gate.verdict, gate.verdictLabel, gate.state], ['milestone', '2026-10-20', 'go', 'go', 'done']);
  const deploiement = row(tl, 'erp-finance/phase:deploiement') as TimelineBar;
  // from the gate it comes after to the end of its waves
  assert.deepEqual([deploiement.start, deploiement.end, deploiement.dateSource, deploiement.state], ['2026-10-20', '2026-11-20', 'after', 'in-progress']);
  const wave = row(tl, 'erp-finance/wave:deploiement/siege') as TimelineBar;
  assert.deepEqual([wave.parent, wave.owner, wave.start, wave.end], ['erp-finance/phase:deploiement', { id: 'alice', name: 'Alice Morin' }, '2026-11-02', '2026-11-20']);
  const bascule = row(tl, 'erp-finance/phase:bascule') as TimelineMilestone;
  assert.deepEqual([bascule.at, bascule.until, bascule.dateSource, bascule.state], ['2027-01-16T22:00', '2027-01-17T06:00', 'window', 'not-started']);
  assert.ok(tl.links.some(l => l.from === 'erp-finance/phase:comite' && l.to === 'erp-finance/phase:deploiement' && !l.crossPlan));
});

test('a cross-plan link from the other lane, both ways: the open plan depends on another, another depends on the open plan', async () => {
  const { service, docOf } = setup();
  const fromCrm = await service.programmeTimeline(docOf(CRM));
  assert.deepEqual(fromCrm.links.filter(l => l.crossPlan), [{ from: 'erp-finance/phase:bascule', to: 'crm/phase:pilote', crossPlan: true }]);
  const fromErp = await service.programmeTimeline(docOf(ERP));
  assert.deepEqual(fromErp.links.filter(l => l.crossPlan), [{ from: 'erp-finance/phase:bascule', to: 'crm/phase:pilote', crossPlan: true }]);
  assert.equal(fromErp.lanes?.find(l => l.current)?.key, 'erp-finance');
});

test("an item of another plan without dates stays listed as unscheduled, in its lane, with the reason", async () => {
  const { service, docOf } = setup();
  const tl = await service.programmeTimeline(docOf(CRM));
  assert.deepEqual(tl.unscheduled.map(u => [u.key, u.lane, u.title, u.reason]), [['erp-finance/phase:bilan', 'erp-finance', 'Bilan ERP', 'no start or end date']]);
  assert.ok(!tl.items.some(i => i.key === 'erp-finance/phase:bilan'));
  const french = setup(TEXTS, 'fr');
  const fr = await french.service.programmeTimeline(french.docOf(CRM));
  assert.equal(fr.unscheduled[0].reason, 'aucune date de début ou de fin');
});

test("the programme's freezes, with their title, dates and plans; the range reaches them", async () => {
  const { service, docOf } = setup();
  const tl = await service.programmeTimeline(docOf(CRM));
  assert.deepEqual(tl.freezes, [{
    id: 'cloture-annuelle', title: 'Clôture comptable annuelle', start: '2026-12-20', end: '2027-01-10', plans: ['erp-finance'],
    uri: PROGRAMME, line: TEXTS[PROGRAMME].split('\n').findIndex(l => l.includes('id: cloture-annuelle')),
  }]);
  assert.deepEqual(tl.range, { start: '2026-09-01', end: '2027-02-20' });
  const summer = setup({ ...TEXTS, [PROGRAMME]: programmeText('freezes:\n  - { id: ete, title: Été, start: 2027-07-01, end: 2027-08-31 }\n') });
  const late = await summer.service.programmeTimeline(summer.docOf(CRM));
  assert.deepEqual([late.freezes?.map(f => f.title), late.range?.end], [['Été'], '2027-08-31']);
});

test('a programme file with syntax errors: its freezes are not drawn; without a programme file the lanes are the folder’s plans', async () => {
  const broken = setup({ ...TEXTS, [PROGRAMME]: `${programmeText()}notes: a\nnotes: b\n` });
  assert.deepEqual((await broken.service.programmeTimeline(broken.docOf(CRM))).freezes, []);
  const { [PROGRAMME]: _, ...plans } = TEXTS;
  const implicit = setup(plans);
  const tl = await implicit.service.programmeTimeline(implicit.docOf(CRM));
  assert.deepEqual([tl.title, tl.lanes?.map(l => l.key), tl.freezes], ['Plans of the workspace folder', ['crm', 'erp-finance'], []]);
});

test('the programme file itself: every plan in its lane, none current', async () => {
  const { service, docOf } = setup();
  const tl = await service.programmeTimeline(docOf(PROGRAMME));
  assert.deepEqual(tl.lanes?.map(l => [l.key, l.current ?? false]), [['crm', false], ['erp-finance', false]]);
  assert.ok(tl.links.some(l => l.crossPlan));
});
