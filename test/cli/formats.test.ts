// --format json and --format sarif: shapes, 1-based ranges, and SARIF valid against the SARIF
// 2.1.0 JSON Schema (the copy shipped by @microsoft/jest-sarif) with what GitHub code scanning needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { CHECK_CODES, docsLink } from '../../server/src/service';
import { cli, CLEAN, distinctPlan, ERRORS, json, ROOT, tempTree, WARNINGS } from './cli-helpers';

const SCHEMA_FILE = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** The schema is draft-04 (`id`); ajv 8 reads it as draft-07 once the id keyword is renamed. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // unicodeRegExp off: one `pattern` of the published schema (run.language) is not valid with the u flag
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', s => { try { return Boolean(new URL(s)); } catch { return false; } });
  ajv.addFormat('uri-reference', s => { try { return Boolean(new URL(s, 'file:///base/')); } catch { return false; } });
  ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  const validate = ajv.compile(schema);
  return (data: unknown): string => (validate(data) ? '' : JSON.stringify(validate.errors, null, 2));
}

function tree() {
  return tempTree({ 'plans/errors.rollout.yaml': ERRORS, 'plans/warnings.rollout.yaml': WARNINGS, 'plans/clean.rollout.yaml': CLEAN, 'Équipe Nord/plan d’été.rollout.yaml': distinctPlan(WARNINGS, 'plan-d-ete') });
}

test('json: every checked plan with its diagnostics, 1-based ranges, severity names, related information', async () => {
  const r = await cli(['check', '--format', 'json'], { cwd: tree() });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  const files = json(r.stdout);
  assert.deepEqual(files.map((f: any) => [f.file, f.errorCount, f.warningCount, f.diagnostics.length]), [
    ['plans/clean.rollout.yaml', 0, 0, 0],
    ['plans/errors.rollout.yaml', 2, 0, 2],
    ['plans/warnings.rollout.yaml', 0, 5, 5],
    ['Équipe Nord/plan d’été.rollout.yaml', 0, 5, 5],
  ].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const dup = files.find((f: any) => f.file === 'plans/errors.rollout.yaml').diagnostics[0];
  assert.equal(dup.code, 'duplicate-id');
  assert.equal(dup.severity, 'error');
  assert.equal(dup.range.start.line, 51);
  assert.equal(dup.range.start.column, 13);
  assert.ok(dup.range.end.line > dup.range.start.line || dup.range.end.column > dup.range.start.column);
  assert.equal(dup.docs, docsLink('duplicate-id'));
  assert.ok(dup.relatedInformation.length >= 1, 'points at the first use');
  assert.equal(dup.relatedInformation[0].file, 'plans/errors.rollout.yaml');
  assert.ok(dup.relatedInformation[0].range.start.line < 51);
  assert.match(dup.message, /preparation-postes/);
});

test('sarif: valid SARIF 2.1.0 with one rule per check code, results with ruleId, level and 1-based regions', async () => {
  const dir = tree();
  const r = await cli(['check', '--format', 'sarif'], { cwd: dir });
  assert.equal(r.code, 1);
  const log = json(r.stdout);
  assert.equal(sarifValidator()(log), '', 'valid against the SARIF 2.1.0 schema');
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  const rules = run.tool.driver.rules;
  assert.deepEqual(rules.map((x: any) => x.id), Object.keys(CHECK_CODES));
  for (const rule of rules) {
    assert.ok(rule.shortDescription.text.length > 10, rule.id);
    assert.equal(rule.helpUri, docsLink(rule.id));
    const expected = { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[CHECK_CODES[rule.id as keyof typeof CHECK_CODES]];
    assert.equal(rule.defaultConfiguration.level, expected, rule.id);
  }
  assert.equal(run.results.length, 12);
  for (const result of run.results) {
    assert.equal(rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    const { region, artifactLocation } = result.locations[0].physicalLocation;
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine && region.endColumn >= 1);
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    assert.doesNotMatch(artifactLocation.uri, /^\/|\\| /, 'relative, forward slashes, encoded');
    assert.ok(fs.existsSync(path.join(dir, decodeURIComponent(artifactLocation.uri))), artifactLocation.uri);
  }
  const dup = run.results.find((x: any) => x.ruleId === 'duplicate-id');
  assert.deepEqual({ uri: dup.locations[0].physicalLocation.artifactLocation.uri, startLine: dup.locations[0].physicalLocation.region.startLine, startColumn: dup.locations[0].physicalLocation.region.startColumn },
    { uri: 'plans/errors.rollout.yaml', startLine: 51, startColumn: 13 });
  assert.equal(dup.level, 'error');
  assert.ok(dup.relatedLocations.length >= 1);
  const accented = run.results.find((x: any) => x.locations[0].physicalLocation.artifactLocation.uri.startsWith('%C3%89quipe%20Nord/'));
  assert.ok(accented, 'paths with spaces and accents are percent-encoded');
  assert.equal(accented.level, 'warning');
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
  assert.equal(run.invocations[0].executionSuccessful, true);
});

test('sarif: information and hints are notes; I/O problems become notifications and the log stays valid', async () => {
  const dir = tempTree({
    'overdue.rollout.yaml': fs.readFileSync(path.join(ROOT, 'test/fixtures/defects/overdue-task.rollout.yaml')),
    'unused.rollout.yaml': fs.readFileSync(path.join(ROOT, 'test/fixtures/defects/unused-criterion.rollout.yaml')),
  });
  const r = await cli(['check', '--format', 'sarif', '.', 'missing.rollout.yaml'], { cwd: dir });
  assert.equal(r.code, 2);
  const log = json(r.stdout);
  assert.equal(sarifValidator()(log), '', 'valid against the SARIF 2.1.0 schema');
  const levels = log.runs[0].results.map((x: any) => `${x.ruleId}:${x.level}`);
  assert.ok(levels.includes('overdue-task:note') && levels.includes('unused-criterion:note'), levels.join());
  const invocation = log.runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  assert.match(invocation.toolExecutionNotifications[0].message.text, /no such file/);
  assert.match(r.stderr, /missing\.rollout\.yaml: no such file or folder/);
});

test('json and sarif with no plan at all are still well-formed', async () => {
  const dir = tempTree({ 'readme.txt': 'nothing here' });
  assert.deepEqual(json((await cli(['check', '--format', 'json'], { cwd: dir })).stdout), []);
  const sarif = await cli(['check', '--format', 'sarif'], { cwd: dir });
  assert.equal(sarif.code, 0);
  assert.equal(sarifValidator()(json(sarif.stdout)), '');
});
