// rollout-plan.config.json severities, `off`, bad config files, and suppression comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseConfig } from '../../server/src/service';
import { docOf, ROOT, service } from './helpers';

const fixture = fs.readFileSync(path.join(ROOT, 'test/fixtures/defects/missing-owner.rollout.yaml'), 'utf8');
const check = (text: string, configText: string) => service().diagnostics(docOf(text), parseConfig(configText).config);

test('a rule set to `off` disappears and another severity is applied', () => {
  assert.ok(check(fixture, '{}').some(d => d.code === 'missing-owner' && d.severity === DiagnosticSeverity.Warning));
  assert.ok(!check(fixture, '{"rules": {"missing-owner": "off"}}').some(d => d.code === 'missing-owner'));
  const errors = check(fixture, '{"rules": {"missing-owner": "error"}}').filter(d => d.code === 'missing-owner');
  assert.ok(errors.length > 0 && errors.every(d => d.severity === DiagnosticSeverity.Error));
});

test('a config that is not JSON, or names an unknown code, is reported and defaults apply', () => {
  const broken = parseConfig('{ rules: ');
  assert.match(broken.problems[0], /not valid JSON/);
  const unknown = parseConfig('{"rules": {"missing-ownr": "off", "overdue-task": "loud"}}');
  assert.equal(unknown.problems.length, 2);
  assert.match(unknown.problems[0], /unknown check code "missing-ownr"/);
  assert.match(unknown.problems[1], /"overdue-task" must be one of/);
});

test('`# rollout-plan-disable-next-line <code>` silences that code on the next line only', () => {
  const lines = fixture.split('\n');
  const target = lines.findIndex(l => l.includes('# expect: missing-owner'));
  const indent = /^\s*/.exec(lines[target])![0];
  const before = check(fixture, '{}').filter(d => d.code === 'missing-owner').length;
  lines.splice(target, 0, `${indent}# rollout-plan-disable-next-line missing-owner, overdue-task`);
  const after = check(lines.join('\n'), '{}').filter(d => d.code === 'missing-owner');
  assert.equal(after.length, before - 1);
  assert.ok(!after.some(d => d.range.start.line === target + 1));
});

test('a suppression comment for another code does not silence this one', () => {
  const lines = fixture.split('\n');
  const target = lines.findIndex(l => l.includes('# expect: missing-owner'));
  lines.splice(target, 0, '# rollout-plan-disable-next-line unused-criterion');
  assert.ok(check(lines.join('\n'), '{}').some(d => d.code === 'missing-owner' && d.range.start.line === target + 1));
});
