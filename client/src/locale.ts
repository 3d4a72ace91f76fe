// Which language the server speaks: VS Code's display language, unless the user picks one with
// `rolloutPlans.language` (a French team on an English VS Code, or the reverse). Changing the
// setting restarts the server so every message follows at once.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SETTING = 'rolloutPlans.language';

export function serverLocale(): string {
  const chosen = vscode.workspace.getConfiguration().get<string>(SETTING, 'auto');
  return chosen === 'auto' ? vscode.env.language : chosen;
}

export function restartOnLanguageChange(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(event => {
    if (event.affectsConfiguration(SETTING)) void client.restart();
  });
}
