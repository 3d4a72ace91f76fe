// The checks across plans (plan-format "Checks, across plans"), over an in-memory workspace: each
// rule of the table on the file a user would see it in, with related information pointing into the
// other file, configurable and suppressible like every check, and the quick fixes that are obvious.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { docOf } from './helpers';
import { MemoryWorkspace } from './memory-workspace';
import { diagnosticsOf, lineOf, newService, planText, programmeText, withCodes } from './programme-helpers';

const ROOT = 'file:///repo/';
const PROGRAMME = `${ROOT}programme.rollout.yaml`;
const ERP = `${ROOT}erp.rollout.yaml`;
const CRM = `${ROOT}crm.rollout.yaml`;
const MDM = `${ROOT}mdm.rollout.yaml`;

const ERP_TEXT = planText('erp', [
  { id: 'pilote', start: '2027-01-04', end: '2027-02-26' },
  { id: 'go-live', window: ['2027-03-06T20:00', '2027-03-07T06:00'], start: '2027-03-06', end: '2027-03-07', after: ['pilote'] },
]);

function workspaceOf(files: Record<string, string>): MemoryWorkspace {
  return new MemoryWorkspace(files);
}

const relatedUris = (d: Diagnostic) => (d.relatedInformation ?? []).map(r => r.location.uri);

test('undefined-phase: an unknown plan gets the closest plan, an unknown phase the closest phase of that plan', async () => {
  const crm = planText('crm', [{ id: 'bascule', after: ['erpp/go-live', 'erp/go-lve', 'erp/go-live', 'inconnu/x'] }]);
  const workspace = workspaceOf({ [ERP]: ERP_TEXT, [CRM]: crm });
  const diagnostics = await diagnosticsOf(newService(workspace), workspace, CRM);
  const line = lineOf(crm, 'after:');
  assert.deepEqual(withCodes(diagnostics, 'undefined-phase'), [
    `${line}:undefined-phase No plan \`erpp\` is in this programme; did you mean \`erp\`?`,
    `${line}:undefined-phase Plan \`erp\` has no phase \`go-lve\`; did you mean \`go-live\`?`,
    `${line}:undefined-phase No plan \`inconnu\` is in this programme; fix the plan id or add that plan to the programme.`,
  ]);
  const [plan, phase] = diagnostics.filter(d => d.code === 'undefined-phase');
  assert.deepEqual(relatedUris(plan), [ERP], 'the suggested plan, in its file');
  assert.deepEqual(relatedUris(phase), [ERP]);
  assert.equal(phase.relatedInformation![0].location.range.start.line + 1, lineOf(ERP_TEXT, 'id: go-live'));
});

test('undefined-phase: the closest plan or phase is one quick fix away', async () => {
  const crm = planText('crm', [{ id: 'bascule', after: ['erp/go-lve'] }]);
  const workspace = workspaceOf({ [ERP]: ERP_TEXT, [CRM]: crm });
  const service = newService(workspace);
  const doc = docOf(crm, CRM);
  const diagnostics = (await service.diagnostics(doc)).filter(d => d.code === 'undefined-phase');
  const actions = service.codeActions(doc, diagnostics[0].range, { diagnostics });
  const fixed = applied(doc, actions[0]);
  assert.match(fixed, /after: \[erp\/go-live\]/);
  assert.deepEqual(withCodes(await service.diagnostics(docOf(fixed, CRM, 2)), 'undefined-phase'), []);
});

test('undefined-phase: a plan of another programme is named as such', async () => {
  const workspace = workspaceOf({
    [`${ROOT}a/programme.rollout.yaml`]: programmeText('a'), [`${ROOT}a/erp.rollout.yaml`]: ERP_TEXT,
    [`${ROOT}b/programme.rollout.yaml`]: programmeText('b'), [`${ROOT}b/crm.rollout.yaml`]: planText('crm', [{ id: 'bascule', after: ['erp/go-live'] }]),
  });
  const diagnostics = await diagnosticsOf(newService(workspace), workspace, `${ROOT}b/crm.rollout.yaml`);
  assert.deepEqual(withCodes(diagnostics, 'undefined-phase').map(m => m.replace(/^\d+:/, '')),
    ['undefined-phase Plan `erp` belongs to another programme; an `after` link can only name a plan of the same programme.']);
  assert.deepEqual(relatedUris(diagnostics.find(d => d.code === 'undefined-phase')!), [`${ROOT}a/erp.rollout.yaml`]);
});

test('undefined-phase: a link into a plan with syntax errors is resolved where it reads, and not reported where it does not', async () => {
  const broken = ERP_TEXT.replace('  - id: go-live', '  - id: go-live\n    title: [unclosed');
  const crm = planText('crm', [{ id: 'bascule', after: ['erp/pilote', 'erp/go-live'] }]);
  const workspace = workspaceOf({ [ERP]: broken, [CRM]: crm });
  const diagnostics = await diagnosticsOf(newService(workspace), workspace, CRM);
  assert.deepEqual(withCodes(diagnostics, 'undefined-phase', 'dependency-cycle'), []);
});

test('undefined-person: checked against the roster when only the programme has people; the plan’s own definition wins', async () => {
  const crm = planText('crm', [{ id: 'bascule', owner: 'nadia' }, { id: 'suite', owner: 'nadai' }, { id: 'fin', owner: 'local' }], { owner: 'pmo' });
  const withOwn = planText('mdm', [{ id: 'x', owner: 'local' }], { owner: 'pmo', people: ['local'] });
  const workspace = workspaceOf({ [PROGRAMME]: programmeText('p', { people: ['pmo', 'nadia'] }), [CRM]: crm, [MDM]: withOwn });
  const service = newService(workspace);
  const diagnostics = await diagnosticsOf(service, workspace, CRM);
  assert.deepEqual(withCodes(diagnostics, 'undefined-person'), [
    `${lineOf(crm, 'owner: nadai')}:undefined-person \`nadai\` is neither in this plan’s \`people\` nor in the programme’s roster; did you mean \`nadia\`?`,
    `${lineOf(crm, 'owner: local')}:undefined-person \`local\` is neither in this plan’s \`people\` nor in the programme’s roster; add this person to one of them or fix the id.`,
  ]);
  assert.deepEqual(relatedUris(diagnostics.find(d => d.code === 'undefined-person')!), [PROGRAMME], 'the roster entry');
  // `pmo` is the roster's (the plan's own `people` does not have it): not reported
  assert.deepEqual(withCodes(await diagnosticsOf(service, workspace, MDM), 'undefined-person'), []);
});

test('undefined-person: the person can be added to the programme’s roster, an edit in the programme file', async () => {
  const programme = programmeText('p', { people: ['pmo'] });
  const crm = planText('crm', [{ id: 'bascule', owner: 'zoe' }], { owner: 'pmo' });
  const workspace = workspaceOf({ [PROGRAMME]: programme, [CRM]: crm });
  const service = newService(workspace);
  const doc = docOf(crm, CRM);
  const diagnostics = (await service.diagnostics(doc)).filter(d => d.code === 'undefined-person');
  const [add] = service.codeActions(doc, diagnostics[0].range, { diagnostics });
  assert.equal(add.title, 'Add `zoe` to the programme’s roster');
  const fixed = TextDocument.applyEdits(TextDocument.create(PROGRAMME, 'rollout-plan', 0, programme), add.edit!.changes![PROGRAMME]);
  assert.match(fixed, /^ {2}pmo: \{ name: pmo \}\n {2}zoe: \{ name: Zoe \}$/m);
  workspace.files.set(PROGRAMME, fixed);
  await service.workspaceChanged([PROGRAMME]);
  assert.deepEqual(withCodes(await service.diagnostics(docOf(crm, CRM, 2)), 'undefined-person'), []);
});

test('duplicate-id: two plans with one id (the second by URI is told, pointing at the first), two freezes with one id', async () => {
  const freezes = [{ id: 'cloture', start: '2026-12-20', end: '2027-01-10' }, { id: 'cloture', start: '2027-06-01', end: '2027-06-05' }];
  const programme = programmeText('p', { freezes });
  const workspace = workspaceOf({ [PROGRAMME]: programme, [CRM]: planText('erp', [{ id: 'a' }]), [ERP]: planText('erp', [{ id: 'b' }]) });
  const service = newService(workspace);
  assert.deepEqual(withCodes(await diagnosticsOf(service, workspace, CRM), 'duplicate-id'), [], 'the first keeps the id');
  const second = await diagnosticsOf(service, workspace, ERP);
  assert.deepEqual(withCodes(second, 'duplicate-id'),
    ['4:duplicate-id Another plan of this programme already has the id `erp`; plan ids must be unique in a programme, rename one.']);
  assert.deepEqual(relatedUris(second.find(d => d.code === 'duplicate-id')!), [CRM]);
  const onProgramme = withCodes(await diagnosticsOf(service, workspace, PROGRAMME), 'duplicate-id');
  assert.equal(onProgramme.length, 1);
  assert.match(onProgramme[0], /^\d+:duplicate-id The freeze id `cloture` is already used by another freeze/);
  assert.equal(Number(onProgramme[0].split(':')[0]), programme.split('\n').lastIndexOf('  - id: cloture') + 1);
});

test('dependency-cycle: a cycle through three plans is reported on each plan’s link, every step named plan/phase', async () => {
  const workspace = workspaceOf({
    [ERP]: planText('erp', [{ id: 'a', after: ['crm/b'] }]),
    [CRM]: planText('crm', [{ id: 'b', after: ['mdm/c'] }]),
    [MDM]: planText('mdm', [{ id: 'c', after: ['erp/a'] }]),
  });
  const service = newService(workspace);
  const line = lineOf(workspace.files.get(ERP)!, 'after:');
  const erp = withCodes(await diagnosticsOf(service, workspace, ERP), 'dependency-cycle');
  assert.deepEqual(erp, [`${line}:dependency-cycle These phases depend on each other in a cycle: erp/a → crm/b → mdm/c → erp/a; remove one \`after\` link.`]);
  const mdm = withCodes(await diagnosticsOf(service, workspace, MDM), 'dependency-cycle');
  assert.deepEqual(mdm, [`${line}:dependency-cycle These phases depend on each other in a cycle: mdm/c → erp/a → crm/b → mdm/c; remove one \`after\` link.`]);
  // broken anywhere: gone everywhere
  workspace.files.set(CRM, planText('crm', [{ id: 'b' }]));
  await service.workspaceChanged([CRM]);
  assert.deepEqual(withCodes(await diagnosticsOf(service, workspace, ERP), 'dependency-cycle'), []);
});

test('starts-before-dependency: a phase starting before the end of the phase of another plan it depends on', async () => {
  const crm = planText('crm', [{ id: 'bascule', start: '2027-02-01', end: '2027-02-10', after: ['erp/pilote'] }, { id: 'apres', start: '2027-03-01', after: ['erp/pilote'] }]);
  const workspace = workspaceOf({ [ERP]: ERP_TEXT, [CRM]: crm });
  const diagnostics = await diagnosticsOf(newService(workspace), workspace, CRM);
  assert.deepEqual(withCodes(diagnostics, 'starts-before-dependency'),
    [`${lineOf(crm, 'after: [erp/pilote]')}:starts-before-dependency This phase starts on 2027-02-01, before phase \`erp/pilote\` ends on 2027-02-26; move the start or the dependency.`]);
  assert.deepEqual(relatedUris(diagnostics.find(d => d.code === 'starts-before-dependency')!), [ERP]);
});

test('go-live-in-freeze: a window overlapping a freeze that applies to the plan, named with its dates; the fix moves it after the freeze', async () => {
  const programme = programmeText('p', { freezes: [
    { id: 'cloture', start: '2027-03-01', end: '2027-03-06' },
    { id: 'autre', start: '2027-03-01', end: '2027-03-10', plans: ['crm'] },
  ] });
  const workspace = workspaceOf({ [PROGRAMME]: programme, [ERP]: ERP_TEXT });
  const service = newService(workspace);
  const doc = docOf(ERP_TEXT, ERP);
  const diagnostics = (await service.diagnostics(doc)).filter(d => d.code === 'go-live-in-freeze');
  assert.deepEqual(withCodes(diagnostics, 'go-live-in-freeze'),
    [`${lineOf(ERP_TEXT, 'window:')}:go-live-in-freeze This go-live window overlaps the freeze \`cloture\` (Freeze cloture, from 2027-03-01 to 2027-03-06); no go-live may take place during it, move the window.`]);
  assert.deepEqual(relatedUris(diagnostics[0]), [PROGRAMME]);
  const [move] = service.codeActions(doc, diagnostics[0].range, { diagnostics });
  assert.equal(move.title, 'Move the go-live window to start on 2027-03-07');
  const moved = applied(doc, move);
  assert.match(moved, /window: \{ start: 2027-03-07T20:00, end: 2027-03-08T06:00 \}/, 'the length and the times of day are kept');
  assert.deepEqual(withCodes(await service.diagnostics(docOf(moved, ERP, 2)), 'go-live-in-freeze'), []);
});

test('overlapping-go-lives: two plans’ windows that overlap, each told of the other', async () => {
  const crm = planText('crm', [{ id: 'bascule', window: ['2027-03-07T04:00', '2027-03-07T08:00'] }]);
  const mdm = planText('mdm', [{ id: 'bascule', window: ['2027-03-08', '2027-03-09'] }]);
  const workspace = workspaceOf({ [ERP]: ERP_TEXT, [CRM]: crm, [MDM]: mdm });
  const service = newService(workspace);
  const diagnostics = await diagnosticsOf(service, workspace, CRM);
  assert.deepEqual(withCodes(diagnostics, 'overlapping-go-lives'),
    [`${lineOf(crm, 'window:')}:overlapping-go-lives This go-live window overlaps the go-live of \`erp/go-live\` (from 2027-03-06T20:00 to 2027-03-07T06:00); stagger them so that two go-lives do not land together.`]);
  assert.deepEqual(relatedUris(diagnostics.find(d => d.code === 'overlapping-go-lives')!), [ERP]);
  assert.equal(withCodes(await diagnosticsOf(service, workspace, ERP), 'overlapping-go-lives').length, 1);
  assert.deepEqual(withCodes(await diagnosticsOf(service, workspace, MDM), 'overlapping-go-lives'), [], 'the next day does not overlap');
});

test('overloaded-champion: one person championing two waves at once, in one plan and across plans', async () => {
  const erp = planText('erp', [{ id: 'deploiement', waves: [
    { id: 'v1', champion: 'lea', start: '2027-01-04', end: '2027-01-29' },
    { id: 'v2', champion: 'lea', start: '2027-01-25', end: '2027-02-12' },
    { id: 'v3', champion: 'lea', start: '2027-03-01', end: '2027-03-12' },
  ] }]);
  const crm = planText('crm', [{ id: 'vagues', waves: [{ id: 'siege', champion: 'lea', start: '2027-03-12', end: '2027-03-19' }] }]);
  const workspace = workspaceOf({ [ERP]: erp, [CRM]: crm });
  const service = newService(workspace);
  const messages = withCodes(await diagnosticsOf(service, workspace, ERP), 'overloaded-champion');
  assert.deepEqual(messages.map(m => m.replace(/ \(from.*/, '')), [
    `${lineOf(erp, '- id: v1') + 1}:overloaded-champion \`lea\` is also the champion of wave \`erp/deploiement/v2\``,
    `${lineOf(erp, '- id: v2') + 1}:overloaded-champion \`lea\` is also the champion of wave \`erp/deploiement/v1\``,
    `${lineOf(erp, '- id: v3') + 1}:overloaded-champion \`lea\` is also the champion of wave \`crm/vagues/siege\``,
  ]);
  const across = (await diagnosticsOf(service, workspace, CRM)).filter(d => d.code === 'overloaded-champion');
  assert.deepEqual(across.map(relatedUris), [[ERP]]);
});

test('cross-plan findings follow the plan’s config severities and its suppression comments', async () => {
  const crm = planText('crm', [{ id: 'bascule', window: ['2027-03-07T04:00', '2027-03-07T08:00'], after: ['erp/go-lve'] }]);
  const suppressed = crm.replace('    window:', '    # rollout-plan-disable-next-line overlapping-go-lives\n    window:');
  const workspace = workspaceOf({ [ERP]: ERP_TEXT, [CRM]: suppressed, [`${ROOT}rollout-plan.config.json`]: '{ "rules": { "undefined-phase": "warning" } }' });
  const diagnostics = await diagnosticsOf(newService(workspace), workspace, CRM);
  assert.deepEqual(withCodes(diagnostics, 'overlapping-go-lives'), [], 'suppressed');
  assert.deepEqual(diagnostics.filter(d => d.code === 'undefined-phase').map(d => d.severity), [2], 'a warning, as configured');
});

test('in French, with no-break spaces before the punctuation', async () => {
  const crm = planText('crm', [{ id: 'bascule', after: ['erp/go-lve'] }]);
  const workspace = workspaceOf({ [ERP]: ERP_TEXT, [CRM]: crm });
  const [message] = withCodes(await diagnosticsOf(newService(workspace, 'fr'), workspace, CRM), 'undefined-phase');
  assert.match(message, /Le plan `erp` n’a pas de phase `go-lve`\u00a0; vouliez-vous dire `go-live`\u00a0\?$/);
});

function applied(doc: TextDocument, action: CodeAction): string {
  const edits = action.edit!.changes![doc.uri];
  return TextDocument.applyEdits(doc, edits);
}
