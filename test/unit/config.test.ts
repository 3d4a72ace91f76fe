// rollout-plan.config.json severities, `off`, bad config files, and suppression comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { editorBoundary } from '../../server/src/node/config-search';
import { createFsWorkspace } from '../../server/src/node/fs-workspace';
import { createLanguageService, DEFAULT_CONFIG, parseConfig } from '../../server/src/service';
import { renderMessage } from '../../server/src/service/l10n/translate';
import { translator } from '../../server/src/service/l10n/translate';
import { docOf, ROOT, service } from './helpers';

const fixture = fs.readFileSync(path.join(ROOT, 'test/fixtures/defects/missing-owner.rollout.yaml'), 'utf8');
const en = translator('en');
const fr = translator('fr');
const check = (text: string, configText: string) => service().diagnostics(docOf(text), parseConfig(configText).config);

test('a rule set to `off` disappears and another severity is applied', () => {
  assert.ok(check(fixture, '{}').some(d => d.code === 'missing-owner' && d.severity === DiagnosticSeverity.Warning));
  assert.ok(!check(fixture, '{"rules": {"missing-owner": "off"}}').some(d => d.code === 'missing-owner'));
  const errors = check(fixture, '{"rules": {"missing-owner": "error"}}').filter(d => d.code === 'missing-owner');
  assert.ok(errors.length > 0 && errors.every(d => d.severity === DiagnosticSeverity.Error));
});

test('a config that is not JSON, or names an unknown code, is reported and defaults apply', () => {
  const broken = parseConfig('{\n  "rules": { rules: ');
  assert.deepEqual(broken.problems, [{ key: 'config.notJsonAt', args: { line: 2, column: 14 } }], 'where JSON.parse stopped, not its English words');
  assert.deepEqual(broken.config, DEFAULT_CONFIG);
  assert.equal(renderMessage(en, broken.problems[0]), 'not valid JSON (line 2, column 14)');
  assert.equal(renderMessage(fr, broken.problems[0]), 'JSON invalide (ligne 2, colonne 14)');
  assert.deepEqual(parseConfig('{"rules": ').problems, [{ key: 'config.notJsonEnd' }]);
  const unknown = parseConfig('{"rules": {"missing-ownr": "off", "overdue-task": "loud", "missing-owner": "hint"}}');
  assert.deepEqual(unknown.problems.map(p => [p.key, p.args?.code]), [['config.unknownCode', 'missing-ownr'], ['config.badSeverity', 'overdue-task']]);
  assert.deepEqual(unknown.config.rules, { 'missing-owner': 'hint' }, 'the rest of the file applies');
  assert.match(renderMessage(en, unknown.problems[0]), /^unknown check code "missing-ownr" \(known: .*missing-owner.*\)$/);
  assert.match(renderMessage(en, unknown.problems[1]), /^"overdue-task" must be one of error, warning/);
  assert.match(renderMessage(fr, unknown.problems[0]), /^code de vérification inconnu «\u00a0missing-ownr\u00a0» \(codes connus\u00a0: /);
  assert.match(renderMessage(fr, unknown.problems[1]), /^«\u00a0overdue-task\u00a0» doit valoir error, warning/);
});

test('every other config problem is a catalog message in both languages', () => {
  const problems = ['[]', '{"rules": []}', '{"include": "*.yaml", "exclude": [1]}'].flatMap(text => parseConfig(text).problems);
  assert.deepEqual(problems.map(p => p.key), ['config.notObject', 'config.rulesNotObject', 'config.notGlobs', 'config.notGlobs']);
  assert.deepEqual(problems.slice(2).map(p => renderMessage(en, p)), ['"include" must be a list of glob patterns', '"exclude" must be a list of glob patterns']);
  for (const p of problems) assert.doesNotMatch(renderMessage(fr, p), /\b(must|the file|list of)\b|\{\w+\}/);
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

test('markers silence the same findings whether lines end in LF or CRLF (the line above, or the whole text searched)', () => {
  const lines = fixture.split('\n');
  const targets = lines.flatMap((l, i) => (l.includes('# expect:') ? [i] : []));
  assert.ok(targets.length >= 2);
  // a marker naming the code, one after a value on the line above, one with a reason only
  const marked = lines.map((line, i) => (i === targets[0] - 1 ? `${line} # rollout-plan-disable-next-line missing-owner`
    : i === targets[1] - 1 ? `${line} #rollout-plan-disable-next-line -- reviewed` : line));
  const shown = (eol: string) => check(marked.join(eol), '{}').map(d => `${d.range.start.line}:${d.code}`).sort();
  const lf = shown('\n');
  assert.deepEqual(shown('\r\n'), lf);
  const unmarked = check(fixture, '{}').map(d => `${d.range.start.line}:${d.code}`);
  assert.ok(unmarked.some(d => d.startsWith(`${targets[0]}:`)) && !lf.some(d => d.startsWith(`${targets[0]}:`)), 'the first target is silenced');
  assert.ok(unmarked.some(d => d.startsWith(`${targets[1]}:`)) && !lf.some(d => d.startsWith(`${targets[1]}:`)), 'every code on the second target is silenced');
});

test('the service reads a config on disk again once it is created, edited or deleted, without being told', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-store-'));
  try {
    const plan = pathToFileURL(path.join(dir, 'plans', 'a.rollout.yaml')).href;
    fs.mkdirSync(path.join(dir, 'plans'));
    const workspace = createFsWorkspace({ boundary: editorBoundary(() => [dir]), roots: () => [dir] });
    const store = createLanguageService({ workspace });
    const configFor = async (uri: string) => (await store.configFor(uri)).config;
    assert.deepEqual(await configFor(plan), DEFAULT_CONFIG);
    const config = path.join(dir, 'rollout-plan.config.json');
    fs.writeFileSync(config, '{ "exclude": ["drafts/**"] }');
    assert.deepEqual((await configFor(plan)).exclude, ['drafts/**'], 'created');
    fs.writeFileSync(config, '{ "exclude": ["plans/**", "drafts/**"] }');
    assert.deepEqual((await configFor(plan)).exclude, ['plans/**', 'drafts/**'], 'edited');
    assert.equal(await configFor(plan), await configFor(plan), 'an unchanged config is not parsed again');
    fs.rmSync(config);
    assert.deepEqual(await configFor(plan), DEFAULT_CONFIG, 'deleted');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
