// A programme in a real VS Code: a programme file with a roster and two plans linked by
// `after: [erp-finance/cadrage]`, in a folder of the workspace. Go to definition on the link opens
// the other plan at the phase; completion in `after` offers it and hover shows it; renaming the
// phase edits both files in one step, comments kept.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceRoot } from './helpers';

const FILES: Record<string, string> = {
  'programme.rollout.yaml': `apiVersion: plan-as-code/v1
kind: Programme
metadata:
  id: transformation-2027
  title: Programme 2027
  owner: pmo
people:
  pmo: { name: Nadia Benali, role: Directrice de programme }
`,
  'erp.rollout.yaml': `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: erp-finance
  title: ERP Finance
  owner: pmo
phases:
  - id: cadrage
    type: definition
    title: Cadrage ERP
    owner: pmo
    start: 2026-09-01
    end: 2026-10-15
`,
  'crm.rollout.yaml': `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: crm
  title: CRM Ventes
  owner: pmo
phases:
  - id: lancement
    type: definition
    title: Lancement du CRM
    owner: pmo
    start: 2026-11-02
    end: 2026-11-30
    after: [erp-finance/cadrage] # waits for the ERP's scoping
`,
};

suite('Programmes across files', () => {
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'programme-ws');
  const uri = (name: string) => vscode.Uri.joinPath(folder(), name);
  const write = (file: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));

  suiteSetup(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const [name, text] of Object.entries(FILES)) await write(uri(name), text);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true });
  });

  test('go to definition on `erp-finance/cadrage` opens the ERP plan at its phase', async () => {
    const crm = await vscode.workspace.openTextDocument(uri('crm.rollout.yaml'));
    await vscode.window.showTextDocument(crm);
    const line = crm.getText().split('\n').findIndex(l => l.includes('after: [erp-finance/cadrage]'));
    const position = new vscode.Position(line, crm.lineAt(line).text.indexOf('cadrage') + 2);
    const found = await waitFor('the definition in the other plan', async () => {
      const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', crm.uri, position);
      return locations.length > 0 && locations;
    });
    const target = 'targetUri' in found[0] ? { uri: found[0].targetUri, range: found[0].targetSelectionRange ?? found[0].targetRange } : found[0];
    assert.equal(target.uri.toString(), uri('erp.rollout.yaml').toString());
    const erp = await vscode.workspace.openTextDocument(target.uri);
    assert.equal(erp.getText(target.range), 'cadrage');
    assert.match(erp.lineAt(target.range.start.line).text, /- id: cadrage/);
  });

  test('in `after`, completion offers the other plan\'s phase with its plan\'s title; hover on the link shows the phase in its plan', async () => {
    const crm = await vscode.workspace.openTextDocument(uri('crm.rollout.yaml'));
    const editor = await vscode.window.showTextDocument(crm);
    const line = crm.getText().split('\n').findIndex(l => l.includes('after: [erp-finance/cadrage]'));
    const link = crm.lineAt(line).text.indexOf('erp-finance/cadrage');
    const hovered = await waitFor('the hover on the link', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', crm.uri, new vscode.Position(line, link + 14));
      const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
      return text.includes('Cadrage ERP') && text;
    });
    assert.match(hovered, /Phase `erp-finance\/cadrage`/);
    assert.match(hovered, /ERP Finance/);
    // the link typed again, half way: `after: [erp-f]` (a phase already listed is not proposed)
    try {
      assert.ok(await editor.edit(b => b.replace(new vscode.Range(line, link, line, link + 'erp-finance/cadrage'.length), 'erp-f')));
      const at = new vscode.Position(line, link + 'erp-f'.length);
      const item = await waitFor('the other plan\'s phase proposed', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', crm.uri, at);
        return list.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'erp-finance/cadrage');
      });
      assert.match(String(item.detail), /^ERP Finance · definition · 2026-09-01 → 2026-10-15$/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('renaming the phase in the ERP plan edits the CRM plan\'s link too, in one edit, comments kept', async () => {
    const erp = await vscode.workspace.openTextDocument(uri('erp.rollout.yaml'));
    await vscode.window.showTextDocument(erp);
    const line = erp.getText().split('\n').findIndex(l => l.includes('- id: cadrage'));
    const position = new vscode.Position(line, erp.lineAt(line).text.indexOf('cadrage') + 1);
    // the CRM plan was reverted just before: the language client may send that change after this request
    const edit = await waitFor('the rename across the plans', async () => {
      const found = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', erp.uri, position, 'cadrage-erp');
      return found.entries().length > 1 && found;
    });
    assert.deepEqual(edit.entries().map(([u]) => u.path.slice(u.path.lastIndexOf('/') + 1)).sort(), ['crm.rollout.yaml', 'erp.rollout.yaml'], 'both plans are edited');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const crm = await vscode.workspace.openTextDocument(uri('crm.rollout.yaml'));
    assert.match(crm.getText(), /after: \[erp-finance\/cadrage-erp\] # waits for the ERP's scoping/);
    assert.match(erp.getText(), /- id: cadrage-erp\n/);
    await vscode.workspace.saveAll(false);
  });

  // The sidebar asks about the new plan file at once, the language client reports its creation 250 ms
  // later: the service must keep the plan in its programme either way (issue 18, once flaky).
  test('with rolloutPlans.diagnostics.closedPlans on, a closed plan that an edit breaks shows the problem; off, it goes', async () => {
    const late = uri('late.rollout.yaml');
    await write(late, FILES['crm.rollout.yaml'].replace('id: crm', 'id: late').replace('erp-finance/cadrage', 'erp-finance/cadrage-erp'));
    const settings = vscode.workspace.getConfiguration('rolloutPlans');
    const onLate = () => vscode.languages.getDiagnostics(late).filter(d => d.code === 'undefined-phase' || (typeof d.code === 'object' && d.code.value === 'undefined-phase'));
    const erp = await vscode.workspace.openTextDocument(uri('erp.rollout.yaml'));
    await vscode.window.showTextDocument(erp);
    const line = erp.getText().split('\n').findIndex(l => l.includes('- id: cadrage-erp'));
    const idRange = new vscode.Range(line, erp.lineAt(line).text.indexOf('cadrage-erp'), line, erp.lineAt(line).text.length);
    try {
      await settings.update('diagnostics.closedPlans', true, vscode.ConfigurationTarget.Workspace);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(erp.uri, idRange, 'scoping');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const shown = await waitFor('the closed plan\'s broken link in the Problems', () => onLate().length > 0 && onLate());
      assert.match(shown[0].message, /cadrage-erp/);
      await settings.update('diagnostics.closedPlans', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the closed plan\'s problems gone with the setting off', () => vscode.languages.getDiagnostics(late).length === 0);
    } finally {
      await settings.update('diagnostics.closedPlans', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
