// "Rollout Plans: Compare with Branch…": the readiness diff of the active plan (or of the workspace
// folder) against a git ref the user picks, shown as a Markdown preview. The server reads git and
// the service compares, exactly as `rollout-plan diff --base <ref>` does; the client only asks and
// shows. The preview's source is a read-only virtual document, so closing it asks nothing.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CompareMethod, GitRefsMethod, type CompareParams, type CompareResult, type GitRefsParams, type GitRefsResult, type GitRefView } from '../../server/src/protocol';
import { LANGUAGE_ID, type PlanStore } from './readiness/plans';

export const COMPARE_COMMAND = 'rolloutPlans.compareWithBranch';
const SCHEME = 'rollout-plan-diff';

interface RefPick extends vscode.QuickPickItem {
  ref: string;
}

/** The comparisons shown so far, by their virtual document's URI. */
class DiffDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The context key of the menus: set by the Node host only (git runs there), so a web worker host hides them. */
const CAN_COMPARE = 'rolloutPlans.canCompare';

export function registerCompare(client: BaseLanguageClient, store: PlanStore): vscode.Disposable[] {
  const documents = new DiffDocuments();
  void vscode.commands.executeCommand('setContext', CAN_COMPARE, true);
  return [
    documents,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, documents),
    // (target?, base?): tests and keybindings may name both; otherwise the active plan and a picked ref
    vscode.commands.registerCommand(COMPARE_COMMAND, async (target?: vscode.Uri, base?: string) => {
      const uri = target ?? compareTarget();
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a plan or a folder to compare it with a branch.'));
        return undefined;
      }
      const ref = base ?? await pickRef(client, uri);
      if (!ref) return undefined;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Comparing with {0}…', ref) },
        async () => client.sendRequest<CompareResult>(CompareMethod, { uri: uri.toString(), plans: await plansOf(store, uri), base: ref } satisfies CompareParams),
      );
      if ('error' in result) {
        void vscode.window.showErrorMessage(result.error); // already in the user's language
        return undefined;
      }
      const shown = vscode.Uri.from({ scheme: SCHEME, path: `/${vscode.workspace.asRelativePath(uri)} ↔ ${ref}.md` });
      documents.set(shown, result.markdown);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', shown);
      return shown;
    }),
  ];
}

/** The plan itself, or every plan the readiness view lists under the folder. */
async function plansOf(store: PlanStore, target: vscode.Uri): Promise<string[]> {
  const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === target.toString());
  if (document?.languageId === LANGUAGE_ID || /\.rollout\.ya?ml$/.test(target.path)) return [target.toString()];
  await store.scan();
  const folder = target.toString().replace(/\/?$/, '/');
  return store.all().map(p => p.uri).filter(uri => uri.startsWith(folder));
}

/** The active plan, else the first workspace folder (every plan in it). */
function compareTarget(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === LANGUAGE_ID) return editor.document.uri;
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

const KIND_ORDER: Record<GitRefView['kind'], number> = { branch: 0, remote: 1, tag: 2 };

/** A ref from the repository's branches and tags, or one the user types (a commit, `HEAD~3`). */
async function pickRef(client: BaseLanguageClient, uri: vscode.Uri): Promise<string | undefined> {
  const listed = await client.sendRequest<GitRefsResult>(GitRefsMethod, { uri: uri.toString() } satisfies GitRefsParams);
  if ('error' in listed) {
    void vscode.window.showErrorMessage(listed.error);
    return undefined;
  }
  const kindLabel = (kind: GitRefView['kind']) =>
    kind === 'branch' ? vscode.l10n.t('branch') : kind === 'remote' ? vscode.l10n.t('remote branch') : vscode.l10n.t('tag');
  const refs: RefPick[] = [...listed.refs]
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name))
    .map(r => ({ label: r.name, description: r.current ? `${kindLabel(r.kind)} · ${vscode.l10n.t('current')}` : kindLabel(r.kind), ref: r.name }));
  const pick = vscode.window.createQuickPick<RefPick>();
  pick.title = vscode.l10n.t('Compare the plan’s readiness with…');
  pick.placeholder = vscode.l10n.t('A branch, a tag, or any commit (HEAD~1, a hash)');
  pick.items = refs;
  // whatever is typed can be used as is, for refs the list does not hold
  pick.onDidChangeValue(value => {
    const typed = value.trim();
    pick.items = typed && !refs.some(r => r.ref === typed)
      ? [{ label: typed, description: vscode.l10n.t('use this ref'), ref: typed, alwaysShow: true }, ...refs]
      : refs;
  });
  return new Promise(resolve => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.ref);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
