// What a plan author sees in the Problems panel: every check's diagnostic on the expected line,
// with its code and a link to its documentation.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, screenshot, waitFor, workspaceRoot } from './helpers';

/** `line:code` for every `# expect:` marker of a fixture (0-based lines, as VS Code counts). */
function expectations(document: vscode.TextDocument): string[] {
  const out: string[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    const m = /#\s*expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/.exec(document.lineAt(line).text);
    if (m) for (const code of m[1].split(/\s*,\s*/)) out.push(`${line}:${code}`);
  }
  return out.sort();
}

suite('Diagnostics in the Problems panel', () => {
  for (const fixture of ['undefined-criterion', 'missing-owner', 'schema.bad-values', 'dependency-cycle']) {
    test(`${fixture}: the expected codes appear on the expected lines`, async () => {
      const uri = vscode.Uri.joinPath(workspaceRoot(), `test/fixtures/defects/${fixture}.rollout.yaml`);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const expected = expectations(document);
      const shown = await waitFor(`diagnostics of ${fixture}`, () => {
        const got = vscode.languages.getDiagnostics(uri).map(d => `${d.range.start.line}:${diagnosticCode(d)}`).sort();
        return got.length === expected.length && got;
      });
      assert.deepStrictEqual(shown, expected);
      for (const d of vscode.languages.getDiagnostics(uri)) {
        assert.strictEqual(d.source, 'rollout-plan');
        assert.ok(typeof d.code === 'object' && String(d.code.target).includes(`checks.md#${d.code.value}`));
      }
    });
  }

  test('an edit that breaks a reference is flagged, undo clears it', async () => {
    const example = vscode.Uri.joinPath(workspaceRoot(), 'examples/parcours-commande.rollout.yaml');
    const document = await vscode.workspace.openTextDocument(example);
    const editor = await vscode.window.showTextDocument(document);
    const line = [...Array(document.lineCount).keys()].find(l => /exitCriteria: \[/.test(document.lineAt(l).text))!;
    const col = document.lineAt(line).text.indexOf('[') + 1;
    await editor.edit(b => b.insert(new vscode.Position(line, col), 'inconnu-'));
    const [flagged] = await waitFor('an undefined-criterion diagnostic', () => {
      const found = vscode.languages.getDiagnostics(example).filter(d => diagnosticCode(d) === 'undefined-criterion');
      return found.length > 0 && found;
    });
    assert.strictEqual(flagged.range.start.line, line);
    assert.strictEqual(flagged.range.start.character, col);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics');
    await vscode.commands.executeCommand('undo');
    await waitFor('the diagnostic to clear after undo', () => vscode.languages.getDiagnostics(example).length === 0);
    assert.ok(!document.isDirty || document.getText().indexOf('inconnu-') < 0);
  });
});
