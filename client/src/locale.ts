// Which language the server speaks: VS Code's display language, unless the user picks one with
// `rolloutPlans.language` (a French team on an English VS Code, or the reverse). Changing the
// setting restarts the server so every message follows at once.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

const SETTING = 'rolloutPlans.language';

export function serverLocale(): string {
  const chosen = vscode.workspace.getConfiguration().get<string>(SETTING, 'auto');
  return chosen === 'auto' ? vscode.env.language : chosen;
}

/** What Node's client calls restart, which the browser's lacks: a new server, initialized in the new language. */
async function restart(client: BaseLanguageClient): Promise<void> {
  await client.stop().catch(() => undefined);
  await client.start();
}

export function restartOnLanguageChange(client: BaseLanguageClient): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(event => {
    if (event.affectsConfiguration(SETTING)) void restart(client);
  });
}
