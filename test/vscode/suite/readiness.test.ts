// The "Rollout Readiness" view in a real VS Code: its content for an example plan (through the tree
// data provider the extension exports), ticking a checkbox, assigning an owner, undo, the report
// and the code lens titles. The config's exclusion and the README picture: pictures.test.ts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RolloutPlansApi } from '../../../client/src/extension';
import type { TreeNode } from '../../../client/src/readiness/tree';
import { extensionApi, waitFor, workspaceRoot } from './helpers';

const PLAN = 'examples/parcours-commande.rollout.yaml';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

suite('Rollout Readiness view', () => {
  const uri = () => vscode.Uri.joinPath(workspaceRoot(), PLAN);
  let tree: RolloutPlansApi['readinessTree'];

  const planNode = () => tree.getChildren().find(n => n.uri === uri().toString());
  const child = (node: TreeNode, text: string) => tree.getChildren(node).find(n => label(tree.getTreeItem(n)).startsWith(text));
  const phase = (key: string) => {
    const plan = planNode();
    return plan && tree.getChildren(plan).find(n => n.type === 'phase' && n.phase.key === key);
  };

  suiteSetup(async () => {
    tree = (await extensionApi()).readinessTree;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()));
    await waitFor('the example plan in the readiness tree', planNode);
  });

  test('the examples’ programme sits above its plans, with its roll-up, the next go-lives and the freezes', async () => {
    const programme = await waitFor('the programme node', () => tree.getChildren().find(n => n.type === 'programme'
      && vscode.workspace.asRelativePath(vscode.Uri.parse(n.uri)) === 'examples/programme.rollout.yaml'));
    const item = tree.getTreeItem(programme);
    assert.equal(label(item), 'Programme de transformation 2027');
    assert.match(String(item.description), /^4 plans · \d+\/\d+ tasks · \d+% · \d\/4 gates ready · \d+ missing owners$/);
    const groups = tree.getChildren(programme).map(n => label(tree.getTreeItem(n)));
    assert.deepEqual(groups.slice(0, 3), ['Plans', 'Next go-lives', 'Freezes']);
    const plans = tree.getChildren(tree.getChildren(programme)[0]).map(n => label(tree.getTreeItem(n)));
    assert.ok(plans.includes('Simplifier le parcours de commande en ligne'), plans.join(', '));
    const freezes = tree.getChildren(tree.getChildren(programme)[2]).map(n => label(tree.getTreeItem(n)));
    assert.deepEqual(freezes, ['Clôture comptable annuelle', 'Inventaire d\'été des entrepôts']);
    assert.ok(!tree.getChildren().some(n => n.type === 'plan' && n.uri === programme.uri), 'the programme file is no plan of the view');
  });

  test('lists every plan of the workspace, with phases, progress, items, criteria, gate and missing owners', async () => {
    const plans = tree.getChildren().map(n => vscode.workspace.asRelativePath(vscode.Uri.parse(n.uri)));
    for (const name of ['examples/assistant-ia.rollout.yaml', 'examples/erp-go-live.rollout.yaml', 'examples/intune-pilote.rollout.yaml', PLAN]) {
      assert.ok(plans.includes(name), `${name} is listed (not only open plans): ${plans.join(', ')}`);
    }
    // every node of every plan (fixtures with duplicate ids and broken YAML included) has a unique id
    const ids = new Set<string>();
    const walk = (nodes: TreeNode[]): void => nodes.forEach(n => {
      const item = tree.getTreeItem(n);
      assert.ok(!ids.has(item.id!), `unique id ${item.id}`);
      ids.add(item.id!);
      walk(tree.getChildren(n));
    });
    walk(tree.getChildren());
    const plan = planNode()!;
    assert.strictEqual(label(tree.getTreeItem(plan)), 'Simplifier le parcours de commande en ligne');
    const phases = tree.getChildren(plan).map(n => label(tree.getTreeItem(n)));
    assert.deepStrictEqual(phases, ['Pilote sur 10 % du trafic France', 'Réunion Go/No-Go', 'Mise en production du nouveau parcours',
      'Montée en charge par pays', 'Run du parcours de commande', 'Missing owners']);
    // after another suite's language change the view refreshes from the restarted server: wait for it
    const pilote = await waitFor('the pilot phase in English', () => {
      const item = tree.getTreeItem(phase('pilote')!);
      return String(item.description).endsWith('· done') && item;
    });
    assert.match(String(pilote.description), /^2026-06-01 → 2026-09-25 · 3\/3 · 100% · done$/);
    const item = tree.getTreeItem(child(phase('pilote')!, 'Identifier le segment')!);
    assert.strictEqual(item.checkboxState, vscode.TreeItemCheckboxState.Checked);
    assert.strictEqual(item.description, 'paul · due 2026-05-22');
    const criterion = tree.getTreeItem(child(phase('pilote')!, 'Satisfaction des utilisateurs pilotes')!);
    assert.strictEqual(criterion.description, 'met · 34 for >= 30');
    const verdict = tree.getChildren(phase('go-no-go')!)[0];
    assert.strictEqual(label(tree.getTreeItem(verdict)), 'Ready');
    const missing = tree.getChildren(plan).find(n => n.type === 'missingOwners')!;
    assert.strictEqual(tree.getTreeItem(missing).description, '0');
  });

  test('ticking a checkbox edits the right line, progress follows; undo restores the text exactly', async () => {
    const document = await vscode.workspace.openTextDocument(uri());
    const original = document.getText();
    const node = child(phase('mise-en-production')!, 'Diffuser le kit')!;
    assert.ok(node.type === 'item');
    const line = node.item.line;
    assert.match(document.lineAt(line).text, /- task: Diffuser le kit/);
    await vscode.commands.executeCommand('rolloutPlans.toggleTask', node);
    await waitFor('`done: true` under the task', () => document.lineAt(line + 4).text === '        done: true');
    assert.strictEqual(document.lineAt(line + 3).text, '        due: 2027-01-13');
    await waitFor('the phase progress to reach 1/6', () => /1\/6 · 17%/.test(String(tree.getTreeItem(phase('mise-en-production')!).description)));
    const ticked = child(phase('mise-en-production')!, 'Diffuser le kit')!;
    assert.strictEqual(tree.getTreeItem(ticked).checkboxState, vscode.TreeItemCheckboxState.Checked);

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('the text to be back', () => document.getText() === original);
    await waitFor('the progress to be back to 0/6', () => /0\/6 · 0%/.test(String(tree.getTreeItem(phase('mise-en-production')!).description)));
  });

  test('assigning an owner removes the entry from Missing owners, and adds a new person to people', async () => {
    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    const original = document.getText();
    const line = original.split('\n').findIndex(l => l.includes('task: Former les conseillers du service client'));
    // remove the task's owner: the plan gets a missing owner
    await editor.edit(b => b.delete(document.lineAt(line + 2).rangeIncludingLineBreak));
    const missingNode = () => tree.getChildren(planNode()!).find(n => n.type === 'missingOwners')!;
    await waitFor('one missing owner', () => tree.getTreeItem(missingNode()).description === '1');
    const [entry] = tree.getChildren(missingNode());
    assert.strictEqual(label(tree.getTreeItem(entry)), 'Former les conseillers du service client');

    // what the quick pick and input boxes return for a person the plan does not know yet
    await vscode.commands.executeCommand('rolloutPlans.assignOwner', entry, { id: 'nadia', name: 'Nadia Benali' });
    await waitFor('no missing owner left', () => tree.getTreeItem(missingNode()).description === '0');
    // the new person's line comes first, in `people`
    assert.strictEqual(document.lineAt(line + 3).text, '        owner: nadia');
    assert.ok(document.getText().includes('  bruno: { name: Bruno Perrin, role: Responsable service client, email: bruno.perrin@altura.example, team: Service client }\n  nadia: { name: Nadia Benali }\n'));
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    await waitFor('the original text after two undos', () => document.getText() === original);
  });

  test('the exported report has every section', async () => {
    await vscode.commands.executeCommand('rolloutPlans.exportReport');
    const report = await waitFor('the report editor', () => {
      const doc = vscode.window.activeTextEditor?.document;
      return doc?.languageId === 'markdown' && doc.isUntitled && doc;
    });
    const text = report.getText();
    for (const heading of ['# Readiness report', '## Simplifier le parcours de commande en ligne', '### Phases', '### Success criteria',
      '### Go/No-Go gates', '### Missing owners', '### Overdue tasks']) {
      assert.ok(text.includes(`${heading}`), heading);
    }
    assert.ok(text.includes('| Satisfaction des utilisateurs pilotes (`nps-pilote`) | met | 34 | >= 30 | ines |'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('code lens titles above each phase', async () => {
    const lenses = await waitFor('code lenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri());
      return found.length === 5 && found;
    });
    assert.deepStrictEqual(lenses.map(l => l.command?.title), ['3/3 done', 'ready', '0/6 done', '0/4 done', '0/2 done']);
    assert.strictEqual(lenses[0].command?.command, 'rolloutPlans.revealPhase');
    await vscode.commands.executeCommand(lenses[2].command!.command, ...lenses[2].command!.arguments!);
  });
});
