// "Rollout Plans: Compare with Branch…" in a real VS Code: a plan in a git repository, a date slipped
// in the editor (unsaved), compared with the branch it was committed on: a Markdown preview opens
// beside it and says, in the plan's terms, that the pilot slipped by nine days. A folder outside git
// gets a clear message and no preview. In the browser there is no git: the command is hidden there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, host, pageText, screenshot, suiteIn, waitFor, workspaceRoot } from './helpers';

const PLAN = 'examples/parcours-commande.rollout.yaml';
/** 0-based line of the pilot's `start: 2026-06-01` */
const PILOT_START_LINE = 74;

const previewTab = () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
  .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('markdown.preview'));

suite('Compare with Branch: only where git runs', () => {
  test('the menus show the command only when the Node host registered it; the web worker host does not', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const menus: { command: string; when?: string }[] = Object.values<{ command: string; when?: string }[]>(manifest.contributes.menus).flat();
    const entries = menus.filter(m => m.command === 'rolloutPlans.compareWithBranch');
    assert.ok(entries.length > 0, 'the command has menu entries');
    for (const entry of entries) assert.match(entry.when ?? '', /\brolloutPlans\.canCompare\b/, `shown only where it runs: ${JSON.stringify(entry)}`);
    const registered = (await vscode.commands.getCommands(true)).includes('rolloutPlans.compareWithBranch');
    assert.strictEqual(registered, host === 'desktop', `registered in the ${host} host`);
  });
});

suiteIn('desktop', 'Compare with Branch', () => {
  const repo = () => vscode.Uri.joinPath(workspaceRoot(), 'compare-repo');
  const plan = () => vscode.Uri.joinPath(repo(), 'parcours-commande.rollout.yaml');

  suiteSetup(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    (await import('./git-fixture.js')).commitPlan(repo().fsPath, vscode.Uri.joinPath(workspaceRoot(), PLAN).fsPath);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    (await import('./git-fixture.js')).removeRepo(repo().fsPath);
  });

  test('a date slipped in the editor shows as a nine-day slip against main, in a Markdown preview', async () => {
    const document = await vscode.workspace.openTextDocument(plan());
    await vscode.window.showTextDocument(document);
    const dateRange = new vscode.Range(PILOT_START_LINE, 11, PILOT_START_LINE, 21);
    assert.equal(document.getText(dateRange), '2026-06-01');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(plan(), dateRange, '2026-06-10');
    assert.ok(await vscode.workspace.applyEdit(edit));

    try {
      // the unsaved text is what is compared: the editor is the truth, not the disk
      const shown = await vscode.commands.executeCommand<vscode.Uri>('rolloutPlans.compareWithBranch', plan(), 'main');
      assert.ok(shown, 'the command shows a comparison');
      const markdown = (await vscode.workspace.openTextDocument(shown)).getText();
      assert.match(markdown, /main/, 'the summary names the base');
      assert.match(markdown, /Pilote sur 10 % du trafic France/, 'the slipped phase is named');
      assert.match(markdown, /\+9 d/, 'the slip is counted in days');
      assert.ok(document.isDirty, 'the plan was not saved by the comparison');
      assert.equal(document.getText(dateRange), '2026-06-10', 'nor its text changed');
      await waitFor('the Markdown preview', previewTab);
      // what a person reads in the preview (the runner reads the webview's text; nothing outside it)
      await waitFor('the slip on screen', async () => {
        await screenshot('compare');
        const seen = await pageText('compare');
        return seen === undefined || /Pilote sur 10 % du trafic France[^\n]*\+9 d/.test(seen);
      }, 20_000);
    } finally {
      // the preview took the focus: revert the plan's own editor, so closing it asks nothing
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(document.isDirty, false);
  });

  test('a plan outside any git repository gets a message, not a preview', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const outside = vscode.Uri.joinPath(workspaceRoot(), PLAN);
    const shown = await vscode.commands.executeCommand<vscode.Uri | undefined>('rolloutPlans.compareWithBranch', outside, 'main');
    assert.equal(shown, undefined, 'nothing to show');
    assert.equal(previewTab(), undefined, 'no preview opened');
  });
});
