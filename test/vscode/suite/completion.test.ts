// Completion and hover in a real VS Code, through the language server: enum values, references in a
// flow list, keys filtered by the phase type, a new phase from the method, each template once (no
// contributed snippet beside it), the whole plan in an empty file, and hover on a reference.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceRoot } from './helpers';

/** A fresh plan of its own (a copy of an example), so other suites never see these edits. */
async function scratchPlan(name: string): Promise<vscode.TextDocument> {
  const source = vscode.Uri.joinPath(workspaceRoot(), 'examples/intune-pilote.rollout.yaml');
  const target = vscode.Uri.joinPath(workspaceRoot(), `${name}.rollout.yaml`);
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  return document;
}

function lineOf(document: vscode.TextDocument, pattern: RegExp): number {
  for (let i = 0; i < document.lineCount; i++) if (pattern.test(document.lineAt(i).text)) return i;
  throw new Error(`no line matches ${pattern}`);
}

async function labelsAt(document: vscode.TextDocument, position: vscode.Position, what: string, accept: (labels: string[]) => boolean): Promise<vscode.CompletionItem[]> {
  return waitFor(what, async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const items = list?.items ?? [];
    return accept(items.map(label)) && items;
  });
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('Completion and hover', () => {
  test('phase types are proposed as values of `type:`', async () => {
    const document = await scratchPlan('completion-types');
    const line = lineOf(document, /^ {4}type: pilot$/);
    const items = await labelsAt(document, new vscode.Position(line, document.lineAt(line).text.length), 'phase types', l => l.includes('gate'));
    for (const type of ['definition', 'pilot', 'gate', 'go-live', 'scale-up', 'run']) assert.ok(items.some(i => label(i) === type), type);
  });

  test('criterion ids in a flow list, without those already listed', async () => {
    const document = await scratchPlan('completion-refs');
    const line = lineOf(document, /^ {4}type: pilot$/);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(line, document.lineAt(line).text.length), '\n    exitCriteria: [taux-enrolement, ]');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const position = new vscode.Position(line + 1, '    exitCriteria: [taux-enrolement, '.length);
    const items = await labelsAt(document, position, 'criterion ids', l => l.includes('tickets-support'));
    const labels = items.map(label);
    assert.ok(labels.includes('satisfaction-pilote'));
    assert.ok(!labels.includes('taux-enrolement'), 'already listed');
  });

  test('keys at a new line of a gate exclude keys of other phase types, and a new phase comes from the method', async () => {
    const document = await scratchPlan('completion-keys');
    const gate = lineOf(document, /^ {4}type: gate$/);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(gate, document.lineAt(gate).text.length), '\n    ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const keys = (await labelsAt(document, new vscode.Position(gate + 1, 4), 'gate keys', l => l.includes('decidedOn'))).map(label);
    assert.ok(!keys.includes('rollback') && !keys.includes('waves') && !keys.includes('type') && !keys.includes('approvers'), keys.join(', '));

    const end = document.lineCount;
    const append = new vscode.WorkspaceEdit();
    append.insert(document.uri, new vscode.Position(end, 0), '  ');
    assert.ok(await vscode.workspace.applyEdit(append));
    const last = document.lineCount - 1;
    const phases = await labelsAt(document, new vscode.Position(last, document.lineAt(last).text.length), 'new phase templates', l => l.some(x => /go-live/.test(x)));
    assert.ok(phases.length >= 8);
  });

  test('each template once, where it is valid: the contributed snippets stay out of the suggestions, Insert Snippet still has them', async () => {
    const document = await scratchPlan('completion-templates');
    const word = (item: vscode.CompletionItem) => item.filterText ?? label(item);
    const end = document.lineCount;
    const append = new vscode.WorkspaceEdit();
    append.insert(document.uri, new vscode.Position(end, 0), '  ');
    assert.ok(await vscode.workspace.applyEdit(append));
    const last = document.lineCount - 1;
    const items = await labelsAt(document, new vscode.Position(last, 2), 'phase templates', l => l.some(x => /go-live/.test(x)));
    for (const type of ['definition', 'planning', 'pilot', 'gate', 'go-live', 'scale-up', 'generalization', 'run']) {
      assert.equal(items.filter(i => word(i) === `phase-${type}`).length, 1, `phase-${type}: ${items.map(word).join(', ')}`);
    }
    assert.ok(!items.some(i => ['plan', 'task', 'risk', 'wave', 'criterion', 'person'].includes(word(i))), items.map(word).join(', '));

    // in a checklist: the checklist item, no phase
    const task = lineOf(document, /^ {6}- task: /);
    const indent = new vscode.WorkspaceEdit();
    indent.insert(document.uri, new vscode.Position(task, 0), '      \n');
    assert.ok(await vscode.workspace.applyEdit(indent));
    const inChecklist = await labelsAt(document, new vscode.Position(task, 6), 'checklist templates', l => l.length > 0);
    assert.equal(inChecklist.filter(i => word(i) === 'task').length, 1, inChecklist.map(word).join(', '));
    assert.ok(!inChecklist.some(i => word(i).startsWith('phase-')), inChecklist.map(word).join(', '));

    // Insert Snippet finds a phase snippet by its name
    const editor = await vscode.window.showTextDocument(document);
    const at = document.lineCount - 1;
    editor.selection = new vscode.Selection(at, 2, at, 2);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'rollout-plan', name: 'Phase: pilot' });
    await waitFor('the inserted snippet', () => document.getText().includes('  - id: pilote\n    type: pilot\n'));
  });

  test('an empty plan offers the whole plan once', async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), 'completion-empty.rollout.yaml');
    await vscode.workspace.fs.writeFile(target, new Uint8Array());
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document);
    const items = await labelsAt(document, new vscode.Position(0, 0), 'the plan template', l => l.includes('apiVersion'));
    assert.equal(items.filter(i => (i.filterText ?? label(i)) === 'plan').length, 1, items.map(label).join(', '));
  });

  test('hover on a person reference shows the person, on a key its documentation', async () => {
    const document = await scratchPlan('hover');
    const owner = lineOf(document, /^ {2}owner: claire$/);
    const hovers = await waitFor('a hover on the owner', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(owner, 10));
      return found?.length ? found : undefined;
    });
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Claire Martin/);
    const key = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(owner, 3));
    const keyText = key.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(keyText, /Person accountable for the whole plan|Personne responsable/);
  });
});
