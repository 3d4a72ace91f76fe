// Navigation, outline and quick fixes in a real VS Code, through the language server.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, waitFor, workspaceRoot } from './helpers';

async function open(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relative));
  await vscode.window.showTextDocument(document);
  return document;
}

function positionOf(document: vscode.TextDocument, needle: string, at = 1): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in ${document.uri.path}`);
  return document.positionAt(offset + at);
}

suite('Navigation, outline and quick fixes', () => {
  test('the outline lists metadata, people, criteria and phases by id and title', async () => {
    const document = await open('examples/parcours-commande.rollout.yaml');
    const symbols = await waitFor('document symbols', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return found?.length ? found : undefined;
    });
    assert.deepStrictEqual(symbols.map(s => s.name), ['metadata', 'people', 'criteria', 'phases']);
    const phases = symbols[3].children;
    assert.strictEqual(phases[0].name, 'pilote — Pilote sur 10 % du trafic France');
    assert.strictEqual(phases[0].detail, 'pilot');
    assert.ok(phases[0].children.some(c => c.name === 'Identifier le segment de trafic du pilote'));
  });

  test('go to definition jumps from a gate criterion to its definition', async () => {
    const document = await open('examples/parcours-commande.rollout.yaml');
    const position = positionOf(document, 'support-pret]', 3);
    const locations = await waitFor('a definition', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
      return found?.length ? found : undefined;
    });
    const range = 'targetRange' in locations[0] ? locations[0].targetRange : locations[0].range;
    assert.strictEqual(document.lineAt(range.start.line).text, '  support-pret:');
  });

  test('rename changes the definition and every reference in one edit', async () => {
    const document = await open('examples/intune-pilote.rollout.yaml');
    const text = document.getText();
    const id = /^ {2}([a-z0-9][\w.-]*):\s*$/m.exec(text.slice(text.indexOf('\ncriteria:')))![1];
    const position = positionOf(document, `  ${id}:`, 3);
    const before = (text.match(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g')) ?? []).length;
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, `${id}-renomme`);
    assert.ok(edit, 'a rename edit');
    assert.strictEqual(edit.get(document.uri).length, before);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual((document.getText().match(new RegExp(`(?<![\\w-])${id}-renomme(?![\\w-])`, 'g')) ?? []).length, before);
    await waitFor('the renamed plan to stay clean', () => vscode.languages.getDiagnostics(document.uri).length === 0);
    await vscode.commands.executeCommand('undo');
  });

  test('a quick fix adds the missing rollback and clears the warning', async () => {
    const document = await open('test/fixtures/defects/go-live-without-rollback.rollout.yaml');
    const [diagnostic] = await waitFor('the go-live-without-rollback warning', () => {
      const found = vscode.languages.getDiagnostics(document.uri).filter(d => diagnosticCode(d) === 'go-live-without-rollback');
      return found.length > 0 && found;
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => /rollback/.test(a.title));
    assert.ok(fix?.edit, JSON.stringify(actions.map(a => a.title)));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /\n {4}rollback: .+\n/);
    await waitFor('the warning to clear', () =>
      !vscode.languages.getDiagnostics(document.uri).some(d => diagnosticCode(d) === 'go-live-without-rollback'));
    assert.ok(document.getText().includes('# plan de retour arrière à rédiger avec l\'éditeur'), 'comments kept');
  });
});
