// The README's picture of the readiness view, taken before any other suite opens a plan (index.ts
// runs this file first): the test workspace also holds the test fixtures, and a config excluding
// them, as a team excludes its drafts, leaves the four examples in the view. Deleting the config
// brings the fixtures back. Then the README's picture of the browser: a plan with a problem, the
// Problems panel and the readiness view, in the web workbench (`browser.png`; taken in both hosts),
// with the fixtures excluded in the same way.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../client/src/readiness/tree';
import { diagnosticCode, extensionApi, host, pageText, screenshot, waitFor, workspaceRoot } from './helpers';

const PLAN = 'examples/parcours-commande.rollout.yaml';

suite('README pictures', () => {
  const relative = (node: TreeNode) => vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri));
  let tree: Awaited<ReturnType<typeof extensionApi>>['readinessTree'];
  // every file on disk is a plan node or a programme node (a programme file is no plan)
  const listed = () => tree.getChildren().map(relative);
  const plans = () => tree.getChildren().filter(n => n.type === 'plan').map(relative);
  let onDisk = 0;

  suiteSetup(async () => {
    tree = (await extensionApi()).readinessTree;
    onDisk = (await vscode.workspace.findFiles('**/*.rollout.{yaml,yml}')).length;
    await waitFor('every plan of the workspace in the view', () => listed().length >= onDisk);
  });

  /** Runs `use` with a config excluding the test fixtures, as a team excludes its drafts; its removal brings them back. */
  async function withFixturesExcluded(use: () => Promise<void>): Promise<void> {
    const config = vscode.Uri.joinPath(workspaceRoot(), 'rollout-plan.config.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "exclude": ["test/**"] }\n'));
    try {
      await waitFor('only the examples in the view', () => plans().length === 4 && listed().every(p => p.startsWith('examples/')))
        .catch(error => { throw new Error(`${error}; listed: ${listed().join(', ')}`); });
      await use();
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitFor('the fixtures back in the view', () => listed().length >= onDisk);
  }

  test('a config excluding the fixtures leaves the examples in the view, and its removal brings the fixtures back', () => withFixturesExcluded(async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), PLAN);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { selection: new vscode.Range(120, 0, 120, 0) });
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    // the view's own commands (collapse all) exist once the view has been shown
    await vscode.commands.executeCommand('rolloutPlans.readiness.focus');
    await waitFor('the view shown', async () => (await vscode.commands.getCommands(true)).includes('workbench.actions.treeView.rolloutPlans.readiness.collapseAll'));
    await vscode.commands.executeCommand('rolloutPlans.collapseAll');
    await vscode.commands.executeCommand('rolloutPlans.revealPhase', uri.toString(), 'mise-en-production');
    await screenshot('readiness-sidebar');
    // what a person sees in the side bar, as the runner read it from the page
    const sidebar = await pageText('readiness-sidebar', 'sidebar');
    if (sidebar !== undefined) {
      assert.match(sidebar, /Mise en production du nouveau parcours/);
      assert.match(sidebar, /Missing owners/);
      assert.doesNotMatch(sidebar, /billion laughs/, 'the fixtures are excluded');
    }
  }));

  test(`a plan with a broken reference, its problem and the readiness view, in the ${host} workbench`, () => withFixturesExcluded(async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), PLAN);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const line = [...Array(editor.document.lineCount).keys()].find(l => /exitCriteria: \[/.test(editor.document.lineAt(l).text))!;
    await editor.edit(b => b.insert(new vscode.Position(line, editor.document.lineAt(line).text.indexOf('[') + 1), 'inconnu-'));
    try {
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
      await waitFor('the broken reference flagged', () => vscode.languages.getDiagnostics(uri).some(d => diagnosticCode(d) === 'undefined-criterion'));
      // the view asks for the plan's snapshot after the edit on its own schedule: the picture waits for it
      await waitFor('the problem counted in the readiness view', () => {
        const plan = tree.getChildren().find(n => n.uri === uri.toString());
        return plan && /1 problems$/.test(String(tree.getTreeItem(plan).description));
      });
      await vscode.commands.executeCommand('rolloutPlans.readiness.focus');
      await vscode.commands.executeCommand('rolloutPlans.collapseAll');
      await vscode.commands.executeCommand('rolloutPlans.revealPhase', uri.toString(), 'pilote');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot(`${host}-workbench`);
      const sidebar = await pageText(`${host}-workbench`, 'sidebar');
      if (sidebar !== undefined) {
        assert.match(sidebar, /Simplifier le parcours de commande en ligne.*1 problems/, 'the readiness view shows the plan and its problem');
        assert.doesNotMatch(sidebar, /billion laughs/, 'the fixtures are excluded');
      }
    } finally {
      // undo in the editor (focused again) leaves the file as saved: closing it asks nothing
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      await waitFor('the plan as saved', () => !editor.document.isDirty);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  }));
});
