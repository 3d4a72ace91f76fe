// The CLI gives the same diagnostics as the language service (what the editor shows) for every
// example and defect fixture, with the same config; and for every file of a programme, whether the
// whole folder or a single plan is named (the other plans are read either way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createFsWorkspace } from '../../server/src/node/fs-workspace';
import { createLanguageService } from '../../server/src/service';
import { PLAN_A, PLAN_B, PROGRAMME, planWithoutOwner } from '../server/programme-plans';
import { cli, json, ROOT, tempTree } from './cli-helpers';

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const pos = (p: { line: number; character: number }) => ({ line: p.line + 1, column: p.character + 1 });

/** `cwd`: where the CLI ran; a related place is named by its path from there, forward slashes */
function expected(cwd: string, diagnostics: Diagnostic[]) {
  const nameOf = (uri: string) => path.relative(cwd, fileURLToPath(uri)).split(path.sep).join('/');
  return [...diagnostics]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map(d => ({
      code: d.code,
      severity: SEVERITY[d.severity ?? 1],
      message: d.message,
      range: { start: pos(d.range.start), end: pos(d.range.end) },
      docs: d.codeDescription?.href,
      relatedInformation: (d.relatedInformation ?? []).map(r => ({ file: nameOf(r.location.uri), message: r.message, range: { start: pos(r.location.range.start), end: pos(r.location.range.end) } })),
    }));
}

for (const [dir, locale] of [['examples', 'en'], ['test/fixtures/defects', 'en'], ['test/fixtures/defects', 'fr']] as const) {
  test(`CLI and language service agree on every plan in ${dir} (${locale})`, async () => {
    // a copy in a repository of its own: the folder's plans are their own implicit programme, not one
    // with whatever else the checkout holds (the fixtures of other tests, generated bench/results/)
    const root = tempTree();
    fs.mkdirSync(path.join(root, '.git'));
    fs.cpSync(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
    // recursive: a check across plans has its defect fixture as a folder (a programme)
    const files = fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter(f => /\.rollout\.ya?ml$/.test(f))
      .map(f => `${dir}/${f.split(path.sep).join('/')}`).sort();
    assert.ok(files.length >= 4);
    const r = await cli(['check', '--format', 'json', '--locale', locale, dir], { cwd: root });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const got = json(r.stdout);
    assert.deepEqual(got.map((f: any) => f.file), files);
    // the nearest config at or above each plan, as the editor's workspace finds it
    const workspace = createFsWorkspace({ boundary: dir => path.parse(dir).root, roots: () => [root] });
    const service = createLanguageService({ workspace, locale });
    for (const file of files) {
      const abs = path.join(root, file);
      const doc = TextDocument.create(pathToFileURL(abs).href, 'rollout-plan', 1, fs.readFileSync(abs, 'utf8'));
      const mine = got.find((f: any) => f.file === file).diagnostics;
      assert.deepEqual(mine, expected(root, await service.diagnostics(doc)), file);
    }
    if (dir === 'examples') assert.ok(got.every((f: any) => f.diagnostics.length === 0), 'the examples are clean');
  });
}

test('CLI and language service agree on every file of a programme, the folder named or one plan alone', async () => {
  const root = tempTree({
    'programme.rollout.yaml': PROGRAMME, 'erp/a.rollout.yaml': PLAN_A, 'crm/b.rollout.yaml': PLAN_B,
    'rh/c.rollout.yaml': planWithoutOwner('c'), 'rh/d.rollout.yaml': PLAN_B.replace('id: b', 'id: d').replace('[a/x]', '[a/zz]'),
  });
  fs.mkdirSync(path.join(root, '.git'));
  // the editor's view of the same folder: every plan of the workspace folder listed
  const service = createLanguageService({ workspace: createFsWorkspace({ boundary: () => root, roots: () => [root] }), locale: 'en' });
  const inEditor = async (file: string, cwd: string) => {
    const abs = path.join(root, file);
    return expected(cwd, await service.diagnostics(TextDocument.create(pathToFileURL(abs).href, 'rollout-plan', 1, fs.readFileSync(abs, 'utf8'))));
  };
  const all = json((await cli(['check', '--format', 'json', '.'], { cwd: root })).stdout);
  const files = ['crm/b.rollout.yaml', 'erp/a.rollout.yaml', 'programme.rollout.yaml', 'rh/c.rollout.yaml', 'rh/d.rollout.yaml'];
  assert.deepEqual(all.map((f: any) => f.file), files);
  for (const file of files) {
    assert.deepEqual(all.find((f: any) => f.file === file).diagnostics, await inEditor(file, root), file);
    // one plan named alone, from its own folder: the same diagnostics (related places named from there)
    const cwd = path.dirname(path.join(root, file));
    const [alone] = json((await cli(['check', '--format', 'json', path.basename(file)], { cwd })).stdout);
    assert.deepEqual(alone.diagnostics, await inEditor(file, cwd), `${file} alone`);
  }
});
