// French throughout: with `rolloutPlans.language` set to `fr`, the server restarts and the
// Problems panel speaks French (the web workbench here cannot switch its own display language).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, screenshot, waitFor, workspaceRoot } from './helpers';

suite('French diagnostics', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration().update('rolloutPlans.language', undefined, vscode.ConfigurationTarget.Global);
  });

  test('setting the language to fr shows French messages, and back to English', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'test/fixtures/defects/go-live-without-rollback.rollout.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const message = () => vscode.languages.getDiagnostics(uri).find(d => diagnosticCode(d) === 'go-live-without-rollback')?.message;
    await waitFor('the English diagnostic', () => message()?.includes('has no `rollback`'));
    await vscode.workspace.getConfiguration().update('rolloutPlans.language', 'fr', vscode.ConfigurationTarget.Global);
    const french = await waitFor('the French diagnostic', () => message()?.includes('plan de retour arrière') && message());
    assert.match(french, /La mise en production `[\w-]+` n’a pas de `rollback`/);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('french-diagnostics');
    await vscode.workspace.getConfiguration().update('rolloutPlans.language', 'en', vscode.ConfigurationTarget.Global);
    await waitFor('English again', () => message()?.includes('has no `rollback`'));
  });
});
