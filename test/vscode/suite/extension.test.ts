// The extension inside a real VS Code: language mode, activation and language-server diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, EXTENSION_ID, extensionApi, host, screenshot, waitFor, workspaceRoot } from './helpers';

const BROKEN_FIXTURE = 'test/fixtures/broken-syntax.rollout.yaml';
const BROKEN_LINE = 13; // 0-based: `    after: [cadrage}`

function yamlSyntaxOn(uri: vscode.Uri, line: number): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri)
    .filter(d => diagnosticCode(d) === 'yaml-syntax' && d.source === 'rollout-plan' && d.range.start.line === line);
}

suite('Rollout Plans extension', () => {
  test('an example plan opens as rollout-plan and activates the extension', async () => {
    // the browser's file search matches no folder prefix: filtered here
    const example = (await vscode.workspace.findFiles('**/*.rollout.{yaml,yml}')).find(uri => vscode.workspace.asRelativePath(uri, false).startsWith('examples/'));
    assert.ok(example, 'the workspace has an example plan under examples/');
    const { publishedDiagnostics, serverReadyMs } = await extensionApi();
    const document = await vscode.workspace.openTextDocument(example);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'rollout-plan');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    await waitFor(`${EXTENSION_ID} to be active`, () => extension.isActive);
    // docs/performance.md, read from the runner's log: a plan no suite has opened yet, opened → its first diagnostics
    const fresh = vscode.Uri.joinPath(workspaceRoot(), 'test/fixtures/defects/overdue-task.rollout.yaml');
    if (!vscode.workspace.textDocuments.some(d => d.uri.toString() === fresh.toString())) {
      const before = publishedDiagnostics.count(fresh);
      const opened = Date.now();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fresh));
      await waitFor('the plan analysed', () => publishedDiagnostics.count(fresh) > before);
      console.log(`TIMING ${host}: server ready ${serverReadyMs} ms after activate; a plan's diagnostics ${Date.now() - opened} ms after it is opened`);
    }
  });

  suite('YAML syntax errors', () => {
    const uri = () => vscode.Uri.joinPath(workspaceRoot(), BROKEN_FIXTURE);

    test('a broken line gets a yaml-syntax diagnostic on that line', async () => {
      const document = await vscode.workspace.openTextDocument(uri());
      await vscode.window.showTextDocument(document);
      assert.match(document.lineAt(BROKEN_LINE).text, /after: \[cadrage\}/);
      const [diagnostic] = await waitFor('a yaml-syntax diagnostic on the broken line', () => {
        const found = yamlSyntaxOn(uri(), BROKEN_LINE);
        return found.length > 0 && found;
      });
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    });

    test('fixing the line clears the yaml-syntax diagnostic', async () => {
      const document = await vscode.workspace.openTextDocument(uri());
      await waitFor('the yaml-syntax diagnostic before the fix', () => yamlSyntaxOn(uri(), BROKEN_LINE).length > 0);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri(), document.lineAt(BROKEN_LINE).range, '    after: [cadrage]');
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
      await waitFor('no yaml-syntax diagnostic left', () =>
        !vscode.languages.getDiagnostics(uri()).some(d => diagnosticCode(d) === 'yaml-syntax'));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('problems');
    });
  });
});

suite('Plans in plain YAML files', () => {
  test('a .yaml file whose kind is RolloutPlan becomes a plan and is checked', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'test/fixtures/kind-only.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the language to switch to rollout-plan', () =>
      vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString())?.languageId === 'rollout-plan');
    const [unknown] = await waitFor('a schema diagnostic on the unknown key', () => {
      const found = vscode.languages.getDiagnostics(uri).filter(d => diagnosticCode(d) === 'schema');
      return found.length > 0 && found;
    });
    assert.strictEqual(unknown.range.start.line, 10);
  });
});
