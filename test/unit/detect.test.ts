// One plan-detection rule for the editor and the CLI (`declaresPlan`, from the service's entry), and
// the manifest's `firstLine` regex, which VS Code applies to a file's first line, agreeing with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { declaresPlan } from '../../server/src/service';
import { planFiles, ROOT } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const firstLine = new RegExp(manifest.contributes.languages.find((l: { id: string }) => l.id === 'rollout-plan').firstLine);

const PLANS = [
  'apiVersion: plan-as-code/v1\nmetadata: {}\n',
  'apiVersion: "plan-as-code/v1"\n',
  "apiVersion: 'plan-as-code/v1' # the format\n",
  'kind: RolloutPlan\n',
  '# a comment first\napiVersion: plan-as-code/v1\n',
  'metadata:\n  id: x\nkind: "RolloutPlan"  # declared late\n',
];
const NOT_PLANS = [
  'apiVersion: apps/v1\nkind: Deployment\n',
  'metadata:\n  kind: RolloutPlan\n',
  '  apiVersion: plan-as-code/v1\n',
  'kind: RolloutPlans\n',
  'kind: RolloutPlan-draft\n',
  '# apiVersion: plan-as-code/v1\n',
  '',
];

test('a plan declares itself by a top-level kind or apiVersion, on any line', () => {
  for (const text of PLANS) assert.ok(declaresPlan(text), JSON.stringify(text));
  for (const text of NOT_PLANS) assert.ok(!declaresPlan(text), JSON.stringify(text));
});

test('every example, defect fixture and the plain-YAML fixture declares a plan', () => {
  const files = [...planFiles('examples'), ...planFiles('test/fixtures/defects'), path.join(ROOT, 'test/fixtures/kind-only.yaml')];
  for (const file of files) assert.ok(declaresPlan(fs.readFileSync(file, 'utf8')), file);
});

test('the manifest’s firstLine agrees with the rule on a first line', () => {
  const texts = [...PLANS, ...NOT_PLANS, ...planFiles('examples').map(f => fs.readFileSync(f, 'utf8'))];
  for (const text of texts) {
    const [line] = text.split('\n');
    // firstLine is the apiVersion branch (a kind comes after it in a plan): it must not claim more
    if (firstLine.test(line)) assert.ok(declaresPlan(line), JSON.stringify(line));
    if (line.startsWith('apiVersion') && declaresPlan(line)) assert.ok(firstLine.test(line), JSON.stringify(line));
  }
});
