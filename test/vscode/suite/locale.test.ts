// French throughout: with `rolloutPlans.language` set to `fr`, the server restarts and the
// Problems panel speaks French (the web workbench here cannot switch its own display language).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../client/src/readiness/tree';
import { diagnosticCode, extensionApi, pageText, screenshot, waitFor, workspaceRoot } from './helpers';

let tree: Awaited<ReturnType<typeof extensionApi>>['readinessTree'];

const textOf = (text: string | boolean | vscode.TreeItemLabel | vscode.MarkdownString | undefined): string[] =>
  (text === undefined || typeof text === 'boolean' ? [] : typeof text === 'string' ? [text] : 'label' in text ? [text.label] : [text.value]);

/** Every label, description and tooltip of the readiness view. */
function sidebarTexts(): string[] {
  const texts: string[] = [];
  const walk = (node: TreeNode): void => {
    const item = tree.getTreeItem(node);
    for (const text of [item.label, item.description, item.tooltip]) texts.push(...textOf(text));
    tree.getChildren(node).forEach(walk);
  };
  tree.getChildren().forEach(walk);
  return texts;
}

suite('French diagnostics', () => {
  suiteSetup(async () => {
    tree = (await extensionApi()).readinessTree;
  });
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
    // the readiness view is asked again of the restarted server: every gate's reasons follow
    await waitFor('the sidebar in French', () => {
      const texts = sidebarTexts();
      return texts.some(t => t.startsWith('Le critère `')) && !texts.some(t => /^(Criterion `|Task “)/.test(t));
    });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // the view draws its provider's change a moment later: the picture waits for the French reasons
    await screenshot('french-diagnostics', { sidebarShows: 'Le critère `' });
    const drawn = await pageText('french-diagnostics', 'sidebar');
    if (drawn !== undefined) assert.ok(!/Criterion `|Task “/.test(drawn), `English reasons in the side bar as drawn:\n${drawn}`);
    await vscode.workspace.getConfiguration().update('rolloutPlans.language', 'en', vscode.ConfigurationTarget.Global);
    await waitFor('English again', () => message()?.includes('has no `rollback`'));
  });
});
