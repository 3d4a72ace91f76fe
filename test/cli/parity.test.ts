// The CLI gives the same diagnostics as the language service (what the editor shows) for every
// example and defect fixture, with the same config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createFsWorkspace } from '../../server/src/node/fs-workspace';
import { createLanguageService } from '../../server/src/service';
import { cli, json, ROOT } from './cli-helpers';

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const pos = (p: { line: number; character: number }) => ({ line: p.line + 1, column: p.character + 1 });

/** A related location's file as the CLI names it: relative to the repository (another plan of the programme). */
const fileOf = (uri: string, file: string) => (uri.startsWith('file:') ? path.relative(ROOT, fileURLToPath(uri)).split(path.sep).join('/') : file);

function expected(file: string, diagnostics: Diagnostic[]) {
  return [...diagnostics]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map(d => ({
      code: d.code,
      severity: SEVERITY[d.severity ?? 1],
      message: d.message,
      range: { start: pos(d.range.start), end: pos(d.range.end) },
      docs: d.codeDescription?.href,
      relatedInformation: (d.relatedInformation ?? []).map(r => ({
        file: fileOf(r.location.uri, file), message: r.message, range: { start: pos(r.location.range.start), end: pos(r.location.range.end) },
      })),
    }));
}

for (const [dir, locale] of [['examples', 'en'], ['test/fixtures/defects', 'en'], ['test/fixtures/defects', 'fr']] as const) {
  test(`CLI and language service agree on every plan in ${dir} (${locale})`, async () => {
    // recursive: a check across plans has its defect fixture as a folder (a programme)
    const files = fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter(f => /\.rollout\.ya?ml$/.test(f))
      .map(f => `${dir}/${f.split(path.sep).join('/')}`).sort();
    assert.ok(files.length >= 4);
    const r = await cli(['check', '--format', 'json', '--locale', locale, dir]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const got = json(r.stdout);
    assert.deepEqual(got.map((f: any) => f.file), files);
    // the nearest config at or above each plan, as the editor's workspace finds it
    const workspace = createFsWorkspace({ boundary: dir => path.parse(dir).root, roots: () => [ROOT] });
    const service = createLanguageService({ workspace, locale });
    for (const file of files) {
      const abs = path.join(ROOT, file);
      const doc = TextDocument.create(pathToFileURL(abs).href, 'rollout-plan', 1, fs.readFileSync(abs, 'utf8'));
      const mine = got.find((f: any) => f.file === file).diagnostics;
      assert.deepEqual(mine, expected(file, await service.diagnostics(doc)), file);
    }
    if (dir === 'examples') assert.ok(got.every((f: any) => f.diagnostics.length === 0), 'the examples are clean');
  });
}
