// `rollout-plan report --format svg`: each plan's timeline as the chart the editor draws, on
// standard output for one plan, one file per plan in the --output folder, exit codes as for the
// other formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allText, descendants, parseXml } from '../unit/xml-tree';
import { CLEAN, cli, example, tempTree } from './cli-helpers';

const PARCOURS = example('parcours-commande.rollout.yaml');
const rowLabels = (svg: string) => descendants(parseXml(svg)).filter(e => e.attrs['data-key']).map(e => allText(e));

function assertNamesPhases(svg: string, yaml: string) {
  const labels = rowLabels(svg).join('\n');
  // each phase's title, as the example writes it (`- id:`, `type:`, `title:`)
  const phases = [...yaml.matchAll(/^ {2}- id: ([\w-]+)\n {4}type: [\w-]+\n {4}title: (.+)$/gm)].map(m => m[2]);
  assert.ok(phases.length >= 3, 'the example has phases');
  for (const title of phases) assert.ok(labels.includes(title), `the chart names “${title}”`);
}

test('one plan: the chart on standard output, a standalone SVG that names its phases', async () => {
  const dir = tempTree({ 'parcours.rollout.yaml': PARCOURS });
  const r = await cli(['report', '--format', 'svg'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const root = parseXml(r.stdout);
  assert.equal(root.attrs.xmlns, 'http://www.w3.org/2000/svg');
  assert.doesNotMatch(r.stdout, /var\(--vscode/, 'fixed colours, for a slide or an e-mail');
  assertNamesPhases(r.stdout, PARCOURS);
  assert.match(r.stdout, /juin 2026/, 'the months in the plan’s language (French)');
});

test('several plans and --output <folder>: one <plan>.svg each, created with the folder', async () => {
  const dir = tempTree({ 'plans/parcours.rollout.yaml': PARCOURS, 'plans/intune.rollout.yaml': CLEAN });
  const r = await cli(['report', 'plans', '--format', 'svg', '--output', 'charts'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.deepEqual(fs.readdirSync(path.join(dir, 'charts')).sort(), ['intune.svg', 'parcours.svg']);
  assertNamesPhases(fs.readFileSync(path.join(dir, 'charts/parcours.svg'), 'utf8'), PARCOURS);
  assertNamesPhases(fs.readFileSync(path.join(dir, 'charts/intune.svg'), 'utf8'), CLEAN);
});

test('plans of the same name in two folders get their path in the file name', async () => {
  const dir = tempTree({ 'a/plan.rollout.yaml': PARCOURS, 'b/plan.rollout.yaml': CLEAN });
  const r = await cli(['report', '-f', 'svg', '-o', 'out/'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['a-plan.svg', 'b-plan.svg']);
});

test('one plan and --output <file>: that file', async () => {
  const dir = tempTree({ 'parcours.rollout.yaml': PARCOURS });
  const r = await cli(['report', 'parcours.rollout.yaml', '--format=svg', '--output', 'timeline.svg'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assertNamesPhases(fs.readFileSync(path.join(dir, 'timeline.svg'), 'utf8'), PARCOURS);
});

test('exit codes as for the other formats: several plans without a folder, a missing path, an unwritable output are 2', async () => {
  const dir = tempTree({ 'a.rollout.yaml': PARCOURS, 'b.rollout.yaml': CLEAN, 'file.txt': 'x' });
  const several = await cli(['report', '--format', 'svg'], { cwd: dir });
  assert.equal(several.code, 2);
  assert.equal(several.stdout, '');
  assert.match(several.stderr, /--format svg writes one file per plan: give --output a folder for these 2 plans/);

  const missing = await cli(['report', 'a.rollout.yaml', 'nowhere.rollout.yaml', '--format', 'svg'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nowhere\.rollout\.yaml/);
  assertNamesPhases(missing.stdout, PARCOURS);

  const unwritable = await cli(['report', '--format', 'svg', '--output', 'file.txt/charts'], { cwd: dir });
  assert.equal(unwritable.code, 2);
  assert.match(unwritable.stderr, /cannot write file\.txt\/charts/);

  const badFormat = await cli(['report', '--format', 'png'], { cwd: dir });
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /markdown, json, svg/);
});

test('--locale fr and --locale plan: the chart’s words in French', async () => {
  const dir = tempTree({ 'parcours.rollout.yaml': PARCOURS });
  for (const locale of ['fr', 'plan']) {
    const r = await cli(['report', '--format', 'svg', '--locale', locale], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /aria-label="Calendrier\u00a0: Simplifier le parcours de commande en ligne"/, locale);
  }
  const english = await cli(['report', '--format', 'svg'], { cwd: dir });
  assert.match(english.stdout, /aria-label="Timeline: Simplifier/);
});
