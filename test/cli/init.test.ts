// `rollout-plan init`: the starter plan, never over an existing file, and clean under `check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { planIdFrom, starterPlan } from '../../server/src/service/features/starter-plan';
import { cli, json, tempTree } from './cli-helpers';

test('init writes rollout.rollout.yaml, which check passes with no diagnostic of any severity', async () => {
  const dir = tempTree();
  const r = await cli(['init'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Created rollout\.rollout\.yaml/);
  const text = fs.readFileSync(path.join(dir, 'rollout.rollout.yaml'), 'utf8');
  assert.match(text, /^apiVersion: plan-as-code\/v1$/m);
  for (const type of ['definition', 'pilot', 'gate', 'go-live', 'run']) assert.match(text, new RegExp(`type: ${type}$`, 'm'));
  const check = await cli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(check.code, 0);
  assert.deepEqual(json(check.stdout), [{ file: 'rollout.rollout.yaml', errorCount: 0, warningCount: 0, diagnostics: [] }]);
});

test('init refuses to overwrite an existing file (exit 2), and leaves it unchanged', async () => {
  const dir = tempTree({ 'mine.rollout.yaml': 'keep me\n' });
  const r = await cli(['init', 'mine.rollout.yaml'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'rollout-plan: mine.rollout.yaml already exists; init never overwrites a file (give another name)\n');
  assert.equal(fs.readFileSync(path.join(dir, 'mine.rollout.yaml'), 'utf8'), 'keep me\n');
});

test('init takes a path (folders created), an id from the file name, --id and --title', async () => {
  const dir = tempTree();
  assert.equal((await cli(['init', 'plans/Déploiement CRM.rollout.yaml', '--title', 'CRM : phase 2 # pilote'], { cwd: dir })).code, 0);
  const text = fs.readFileSync(path.join(dir, 'plans/Déploiement CRM.rollout.yaml'), 'utf8');
  assert.match(text, /^ {2}id: deploiement-crm$/m);
  assert.match(text, /^ {2}title: "CRM : phase 2 # pilote"$/m);
  fs.mkdirSync(path.join(dir, 'folder'));
  assert.equal((await cli(['init', 'folder', '--id', 'mon-projet'], { cwd: dir })).code, 0);
  assert.match(fs.readFileSync(path.join(dir, 'folder/rollout.rollout.yaml'), 'utf8'), /^ {2}id: mon-projet$/m);
  assert.equal((await cli(['check'], { cwd: dir })).code, 0);
  const bad = await cli(['init', 'x.rollout.yaml', '--id', 'Not A Slug'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /not a valid plan id/);
  assert.equal((await cli(['init', 'a.yaml', 'b.yaml'], { cwd: dir })).code, 2);
});

test('starterPlan() is clean for the service whatever the title (editor welcome view)', () => {
  const service = new RolloutPlanService({ locale: 'fr' });
  for (const title of ['Nouveau déploiement', 'yes', '2027', 'Plan: "test" #1', "L'été [bis]", '- tiret']) {
    const text = starterPlan({ id: planIdFrom(title), title });
    const diagnostics = service.diagnostics(TextDocument.create(`file:///t/${planIdFrom(title)}.rollout.yaml`, 'rollout-plan', 1, text));
    assert.deepEqual(diagnostics.map(d => `${d.range.start.line + 1}:${d.code} ${d.message}`), [], title);
    assert.ok(text.includes(`title: ${title}`) || text.includes(`title: ${JSON.stringify(title)}`), title);
  }
  assert.equal(planIdFrom('Été 2027 – Vague 1.rollout.yml'), 'ete-2027-vague-1');
  assert.equal(planIdFrom('***'), 'nouveau-plan');
});
