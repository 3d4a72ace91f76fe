// The readiness view's commands: open a node's line, tick/untick, assign an owner, filters,
// collapse all, refresh, export the report, create a plan from the template, and reveal a phase
// (the code lens's command). Edits are computed by the server for the exact document version the
// editor holds and applied as a WorkspaceEdit, so undo works and unsaved text is never lost.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  AssignOwnerMethod, isPersonId, NewPlanMethod, ReportMethod, RevealPhaseCommand, ToggleTaskMethod,
  type AssignOwnerParams, type EditResult, type NewOwner, type NewPlanParams, type NewPlanResult, type OwnerTarget, type ReportParams, type ToggleTaskParams,
} from '../../server/src/protocol';
import { isPlanId, planIdFrom, type PersonView } from '../../server/src/service';
import type { ReadinessTreeProvider, TreeNode } from './readiness/tree';
import { OPEN_LOCATION_COMMAND } from './readiness/tree';

export const VIEW_ID = 'rolloutPlans.readiness';
const STALE_RETRIES = 20;

export function registerCommands(client: BaseLanguageClient, tree: ReadinessTreeProvider, view: vscode.TreeView<TreeNode>): vscode.Disposable[] {
  const register = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  return [
    register(OPEN_LOCATION_COMMAND, (uri: string, line: number) => openAt(vscode.Uri.parse(uri), line)),
    register('rolloutPlans.toggleTask', (node?: TreeNode) => node?.type === 'item' && setDone(client, node, !node.item.done)),
    // (node, owner?): without an owner, asks for one
    register('rolloutPlans.assignOwner', (node?: TreeNode, owner?: NewOwner) => node && assignOwner(client, tree, node, owner)),
    register('rolloutPlans.showOpenItems', () => { tree.filter = 'open'; view.description = vscode.l10n.t('only open items'); }),
    register('rolloutPlans.showMissingOwners', () => { tree.filter = 'missingOwners'; view.description = vscode.l10n.t('only missing owners'); }),
    register('rolloutPlans.showAll', () => { tree.filter = 'all'; view.description = undefined; }),
    register('rolloutPlans.collapseAll', () => vscode.commands.executeCommand(`workbench.actions.treeView.${VIEW_ID}.collapseAll`)),
    register('rolloutPlans.refresh', () => tree.store.scan()),
    register('rolloutPlans.exportReport', () => exportReport(client, tree)),
    register('rolloutPlans.newPlan', () => newPlan(client)),
    register(RevealPhaseCommand, async (uri: string, key: string) => {
      // the view must be showing its nodes before one of them can be revealed
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      await tree.store.scan();
      const node = tree.phaseNode(uri, key);
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
    }),
    view.onDidChangeCheckboxState(async e => {
      for (const [node, state] of e.items) {
        if (node.type === 'item') await setDone(client, node, state === vscode.TreeItemCheckboxState.Checked);
      }
    }),
  ];
}

async function openAt(uri: vscode.Uri, line: number): Promise<void> {
  const position = new vscode.Position(line, 0);
  const editor = await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preserveFocus: true, preview: true });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Asks the server for an edit of the document as the editor holds it now and applies it. When the
 * text changed in between (or the server has not seen the latest change yet), asks again; the edit
 * is applied only to the version it was computed for, never to another text.
 */
async function applyServerEdit(client: BaseLanguageClient, uri: vscode.Uri, ask: (version: number) => Promise<EditResult>): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (!vscode.window.visibleTextEditors.some(e => e.document === document)) {
    // never change a plan out of sight: unsaved edits must be visible
    await vscode.window.showTextDocument(document, { preserveFocus: true, preview: true });
  }
  for (let attempt = 0; attempt < STALE_RETRIES; attempt++) {
    const version = document.version;
    const result = await ask(version);
    if ('edits' in result) {
      if (document.version !== result.version) continue;
      const edit = new vscode.WorkspaceEdit();
      edit.set(uri, result.edits.map(e => client.protocol2CodeConverter.asTextEdit(e)));
      return result.edits.length === 0 || vscode.workspace.applyEdit(edit);
    }
    if (result.refused === 'shared') {
      void vscode.window.showWarningMessage(result.reason); // already in the user's language
      return false;
    }
    if (result.refused === 'not-found') break;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  void vscode.window.showWarningMessage(vscode.l10n.t('The plan changed before the edit could be made; nothing was changed. Try again.'));
  return false;
}

async function setDone(client: BaseLanguageClient, node: Extract<TreeNode, { type: 'item' }>, done: boolean): Promise<void> {
  const uri = vscode.Uri.parse(node.uri);
  const ok = await applyServerEdit(client, uri, version => client.sendRequest<EditResult>(ToggleTaskMethod,
    { uri: node.uri, version, line: node.item.line, done } satisfies ToggleTaskParams));
  if (!ok) await vscode.commands.executeCommand('rolloutPlans.refresh'); // put the checkbox back
}

function ownerTarget(node: TreeNode): OwnerTarget | undefined {
  switch (node.type) {
    case 'phase': return { kind: 'phase', line: node.phase.line };
    case 'item': return { kind: 'task', line: node.item.line };
    case 'criterion': return node.criterion.defined ? { kind: 'criterion', line: node.criterion.line } : undefined;
    case 'risk': return { kind: 'risk', line: node.risk.line };
    case 'wave': return { kind: 'wave', line: node.wave.line };
    case 'missingOwner': return { kind: node.entry.kind, line: node.entry.line };
    default: return undefined;
  }
}

interface PersonPick extends vscode.QuickPickItem {
  id?: string;
}

async function assignOwner(client: BaseLanguageClient, tree: ReadinessTreeProvider, node: TreeNode, given?: NewOwner): Promise<void> {
  const target = ownerTarget(node);
  const plan = tree.store.get(node.uri);
  if (!target || !plan) return;
  const owner = given ?? await askOwner(plan.people, target);
  if (!owner) return;
  const uri = vscode.Uri.parse(node.uri);
  await applyServerEdit(client, uri, version => client.sendRequest<EditResult>(AssignOwnerMethod,
    { uri: node.uri, version, target, owner } satisfies AssignOwnerParams));
}

/** A person of the plan from a quick pick, or a new one (id, then name when the plan keeps a roster). */
async function askOwner(people: PersonView[] | undefined, target: OwnerTarget): Promise<NewOwner | undefined> {
  const newPerson: PersonPick = { label: `$(add) ${vscode.l10n.t('New person…')}`, alwaysShow: true };
  const picks: PersonPick[] = [
    ...(people ?? []).map(p => ({ label: p.id, description: p.name, detail: p.role, id: p.id })),
    newPerson,
  ];
  const title = target.kind === 'wave' ? vscode.l10n.t('Assign a champion') : vscode.l10n.t('Assign an owner');
  const picked = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Choose a person from the plan’s people'), matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.id) return { id: picked.id };
  const known = new Set((people ?? []).map(p => p.id));
  const id = await vscode.window.showInputBox({
    title, prompt: vscode.l10n.t('Id of the new person (added to `people`)'), placeHolder: 'camille',
    validateInput: value => !isPersonId(value) ? vscode.l10n.t('Use letters, digits, dots, dashes or underscores.')
      : known.has(value) ? vscode.l10n.t('This person already exists.') : undefined,
  });
  if (!id) return undefined;
  if (!people) return { id };
  const name = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Name of {0}', id), value: id });
  return name === undefined ? undefined : { id, name };
}

async function exportReport(client: BaseLanguageClient, tree: ReadinessTreeProvider): Promise<void> {
  await tree.store.scan();
  const plans = tree.store.all().map(p => ({ uri: p.uri, name: vscode.workspace.asRelativePath(vscode.Uri.parse(p.uri)) }));
  const content = await client.sendRequest<string>(ReportMethod, { plans, format: 'markdown' } satisfies ReportParams);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
}

async function newPlan(client: BaseLanguageClient): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the plan is created in it.'));
    return;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the new plan') });
  if (!folder) return;
  const title = await vscode.window.showInputBox({ title: vscode.l10n.t('New rollout plan'), prompt: vscode.l10n.t('Title of the plan'), value: vscode.l10n.t('New rollout') });
  if (!title) return;
  const exists = async (id: string) => {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, `${id}.rollout.yaml`));
      return true;
    } catch {
      return false;
    }
  };
  const id = await vscode.window.showInputBox({
    title: vscode.l10n.t('New rollout plan'), prompt: vscode.l10n.t('Id of the plan (also its file name)'), value: planIdFrom(title),
    validateInput: async value => !isPlanId(value) ? vscode.l10n.t('Use lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.')
      : await exists(value) ? vscode.l10n.t('{0}.rollout.yaml already exists.', value) : undefined,
  });
  if (!id) return;
  const { text } = await client.sendRequest<NewPlanResult>(NewPlanMethod, { id, title } satisfies NewPlanParams);
  const uri = vscode.Uri.joinPath(folder.uri, `${id}.rollout.yaml`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(uri);
}
