// How often the server has published diagnostics for each file (the language client's middleware sees
// every publication). For the tests, the evidence that the server has analysed a file: an empty list
// looks the same before the server spoke and after it found nothing.
import type * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

export class PublishedDiagnostics {
  private readonly counts = new Map<string, number>();

  /** the publications for `uri` since the extension started */
  count(uri: vscode.Uri): number {
    return this.counts.get(uri.toString()) ?? 0;
  }

  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      this.counts.set(uri.toString(), this.count(uri) + 1);
      next(uri, diagnostics);
    },
  };
}
