// The quality bar of the browser port: every example and defect fixture, opened in the editor, shows
// exactly the diagnostics the pure service computes from the same files, in the desktop host and in
// the web worker host alike (one shared test). The expectation is computed here, in the test, by the
// service itself over an in-memory copy of the workspace: what differs can only be the front end
// (its workspace, its transport, its settings), which is what the port changes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverLocale } from '../../../client/src/locale';
import { createLanguageService, toLocale } from '../../../server/src/service';
import { MemoryWorkspace } from '../../unit/memory-workspace';
import { diagnosticCode, extensionApi, host, waitFor, workspaceRoot } from './helpers';

/** the examples and defect fixtures, by their path in the workspace (the browser's file search matches no folder prefix) */
const PLANS = /^(examples\/|test\/fixtures\/defects\/|test\/fixtures\/[^/]+$)/;
/** what the service may read: plans (its default include) and configs */
const WORKSPACE_FILES = '**/{*.rollout.yaml,*.rollout.yml,rollout-plan.config.json}';

/** One line per diagnostic, everything a person sees of it: place, severity, code, message. */
const line = (start: { line: number; character: number }, end: { line: number; character: number }, severity: number, code: unknown, message: string) =>
  `${start.line}:${start.character}-${end.line}:${end.character} ${severity} ${code} ${message}`;

/** The workspace as the service would read it: every file that may be a plan or a config, an open editor's text first. */
async function memoryCopy(): Promise<MemoryWorkspace> {
  const memory = new MemoryWorkspace();
  // a folder URI ends in one `/` (the browser's root, vscode-test-web://mount/, already does)
  memory.folders.push(workspaceRoot().toString().replace(/\/?$/, '/'));
  for (const uri of await vscode.workspace.findFiles(WORKSPACE_FILES, '**/{node_modules,.git}/**')) {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    memory.files.set(uri.toString(), open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  }
  return memory;
}

suite(`The same diagnostics in the ${host} host as from the service`, () => {
  test('every example and defect fixture shows exactly what the service computes from it', async function () {
    this.timeout(180_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const plans = (await vscode.workspace.findFiles('**/*.rollout.{yaml,yml}')).filter(uri => PLANS.test(vscode.workspace.asRelativePath(uri, false)))
      .sort((a, b) => a.path.localeCompare(b.path));
    assert.ok(plans.length >= 25, `the examples and defect fixtures are found (${plans.length})`);
    const service = createLanguageService({ workspace: await memoryCopy(), locale: toLocale(serverLocale()) });
    const { publishedDiagnostics } = await extensionApi();
    const mismatches: string[] = [];
    let shownAtAll = 0;
    for (const uri of plans) {
      // a plan opened now must be analysed from now on; one still open (an earlier test) was analysed then
      const wasOpen = vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString());
      const before = wasOpen ? 0 : publishedDiagnostics.count(uri);
      const document = await vscode.workspace.openTextDocument(uri);
      const expected = (await service.diagnostics(TextDocument.create(uri.toString(), 'rollout-plan', document.version, document.getText())))
        // LSP counts severities from 1 (Error), VS Code from 0
        .map(d => line(d.range.start, d.range.end, (d.severity ?? 1) - 1, d.code, typeof d.message === 'string' ? d.message : d.message.value)).sort();
      const shown = () => vscode.languages.getDiagnostics(uri)
        .map(d => line(d.range.start, d.range.end, d.severity, diagnosticCode(d), d.message)).sort();
      const same = () => JSON.stringify(shown()) === JSON.stringify(expected);
      // an empty list also shows before the server spoke: only a publication for the file proves it was analysed
      const analysed = () => publishedDiagnostics.count(uri) > before;
      await waitFor(`the diagnostics of ${vscode.workspace.asRelativePath(uri)}`, () => analysed() && same(), 15_000).catch(() => undefined);
      if (!analysed()) mismatches.push(`${vscode.workspace.asRelativePath(uri)}: the server published no diagnostics for it`);
      else if (!same()) mismatches.push(`${vscode.workspace.asRelativePath(uri)}\n  expected ${JSON.stringify(expected)}\n  shown    ${JSON.stringify(shown())}`);
      if (expected.length > 0) shownAtAll++;
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepEqual(mismatches, []);
    // a comparison of empty lists proves nothing: the defect fixtures do show problems
    assert.ok(shownAtAll >= 20, `plans with diagnostics: ${shownAtAll}`);
  });
});
