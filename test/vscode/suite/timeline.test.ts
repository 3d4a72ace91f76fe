// "Rollout Plans: Show Timeline" in a real VS Code: the command opens the webview beside the plan,
// its rows name the example's phases and waves (read from the page as a person sees it, by the
// runner), typing a new date moves the bar, a click inside the webview reveals the line, and the exports
// are files that name the phases. Also the README picture `timeline`.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RolloutPlansApi } from '../../../client/src/extension';
import { clickInWebview, extensionApi, screenshot, waitFor, pageText, workspaceRoot } from './helpers';

const PLAN = 'examples/parcours-commande.rollout.yaml';
const OTHER_PLAN = 'examples/erp-go-live.rollout.yaml';
const PHASES = ['Pilote sur 10 % du trafic France', 'Réunion Go/No-Go', 'Mise en production du nouveau parcours', 'Montée en charge par pays', 'Run du parcours de commande'];
const WAVES = ['vague-france', 'vague-international'];
/** 0-based line of `start: 2026-06-01` of the pilot, and of the France wave's item */
const PILOT_START_LINE = 74;
const WAVE_LINE = 173;

/** The opening tag and `<title>` of a row of the chart: its geometry and its dates in words. */
function row(markup: string, key: string): string {
  const start = markup.indexOf(`data-key="${key}"`);
  assert.ok(start >= 0, `the chart has the row ${key}`);
  return markup.slice(start, markup.indexOf('</g>', start));
}
/** where the bar is drawn: its `x` and `width` */
const track = (rowMarkup: string) => /class="track" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(rowMarkup)?.slice(1).join(' + ');

suite('Timeline webview', () => {
  const uri = () => vscode.Uri.joinPath(workspaceRoot(), PLAN);
  let timeline: RolloutPlansApi['timeline'];
  const shownFor = (plan: vscode.Uri, has = '<svg') => {
    const shown = timeline.shown;
    return shown?.uri === plan.toString() && shown.markup.includes(has) ? shown : undefined;
  };

  suiteSetup(async () => {
    timeline = (await extensionApi()).timeline;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()), { selection: new vscode.Range(70, 0, 70, 0) });
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the command opens the timeline beside the plan; its rows name the phases and the waves', async () => {
    await vscode.commands.executeCommand('rolloutPlans.showTimeline', uri());
    const shown = await waitFor('the chart on screen', () => shownFor(uri()));
    const tab = vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('rolloutPlans.timeline'));
    assert.ok(tab, 'a webview tab is open');
    assert.notEqual(tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'beside the plan, not over it');
    for (const name of [...PHASES, ...WAVES]) assert.ok(shown.markup.includes(name), `the chart names ${name}`);

    // the README picture: the plan and its timeline, with room for the chart (`fit` redraws it wider)
    const svgWidth = (markup: string) => Number(/<svg [^>]*width="(\d+)"/.exec(markup)?.[1]);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 0.4 }, { size: 0.6 }] });
    await waitFor('the chart redrawn to the wider panel', () => timeline.shown && svgWidth(timeline.shown.markup) > svgWidth(shown.markup));
    await screenshot('timeline');
    const seen = await pageText('timeline');
    if (seen !== undefined) {
      for (const name of [...PHASES, ...WAVES]) assert.ok(seen.includes(name), `the webview shows ${name}`);
      assert.match(seen, /Export SVG/, 'the toolbar is on screen');
      assert.match(seen, /role="listitem" tabindex="0"/, 'the rows are focusable list items');
    }
  });

  test('typing a new date in the plan moves the bar', async () => {
    const before = row((await waitFor('the chart', () => shownFor(uri()))).markup, 'phase:pilote');
    const document = await vscode.workspace.openTextDocument(uri());
    const dateRange = new vscode.Range(PILOT_START_LINE, 11, PILOT_START_LINE, 21);
    assert.equal(document.getText(dateRange), '2026-06-01');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri(), dateRange, '2026-07-01');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const moved = await waitFor('the pilot starting in July', () => {
        const shown = shownFor(uri(), 'data-key="phase:pilote"');
        return shown && row(shown.markup, 'phase:pilote').includes('1 juillet 2026') && shown;
      });
      const after = row(moved.markup, 'phase:pilote');
      assert.ok(track(before), 'the pilot is drawn as a bar');
      assert.notEqual(track(after), track(before), `the bar moved: ${track(before)} → ${track(after)}`);
      assert.match(after, /1 juillet 2026/);
      await screenshot('timeline-moved');
      const seen = await pageText('timeline-moved');
      if (seen !== undefined) assert.match(row(seen, 'phase:pilote'), /1 juillet 2026/, 'the webview shows the new date');
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(uri(), dateRange, '2026-06-01');
      await vscode.workspace.applyEdit(undo);
      await document.save();
    }
  });

  test('a click on a row reveals its line in the plan', async () => {
    const shown = await waitFor('the chart', () => shownFor(uri()));
    assert.match(row(shown.markup, 'wave:deploiement/vague-france'), new RegExp(`data-line="${WAVE_LINE}"`));
    const plan = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri().toString());
    if (plan) plan.selection = new vscode.Selection(0, 0, 0, 0);
    // a real click on the wave's name inside the webview (by the runner); without it, the message a click sends
    if (!clickInWebview('[data-key="wave:deploiement/vague-france"] text')) await timeline.receive({ type: 'reveal', line: WAVE_LINE });
    const editor = await waitFor('the plan\'s editor at the wave', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === uri().toString() && active.selection.active.line === WAVE_LINE && active;
    });
    assert.ok(editor.visibleRanges.some(r => r.contains(new vscode.Position(WAVE_LINE, 0))), 'the line is scrolled into view');
  });

  test('the exported SVG and PNG exist and the SVG names the phases', async () => {
    const svgFile = vscode.Uri.joinPath(workspaceRoot(), 'timeline-export.svg');
    const pngFile = vscode.Uri.joinPath(workspaceRoot(), 'timeline-export.png');
    try {
      await vscode.commands.executeCommand('rolloutPlans.exportTimeline', svgFile, 'svg');
      const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgFile));
      assert.match(svg, /^<svg /);
      for (const name of PHASES) assert.ok(svg.includes(name), `the SVG names ${name}`);
      assert.doesNotMatch(svg, /var\(--vscode/, 'a file has fixed colours, not the editor theme’s');

      await vscode.commands.executeCommand('rolloutPlans.exportTimeline', pngFile, 'png');
      const png = await vscode.workspace.fs.readFile(pngFile);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
      assert.ok(png.length > 10_000, `a picture, not an empty canvas (${png.length} bytes)`);
    } finally {
      for (const file of [svgFile, pngFile]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  test('hidden behind another editor and shown again, the chart comes back at the zoom it had', async () => {
    await waitFor('the chart', () => shownFor(uri()));
    await timeline.receive({ type: 'zoom', zoom: 'month' });
    await waitFor('the chart at the month zoom', () => shownFor(uri(), 'data-zoom="month"'));
    const isTimeline = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && /rolloutPlans\.timeline/.test(tab.input.viewType);
    const timelineTab = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(isTimeline);
    const column = timelineTab()?.group.viewColumn;
    assert.ok(column, 'the timeline has a tab');
    // another editor in the timeline's column hides it (its page is unloaded)
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), OTHER_PLAN)), { viewColumn: column, preserveFocus: true, preview: false });
    await waitFor('the timeline hidden', () => timelineTab()?.isActive === false);
    const shownAgain = new Promise<{ markup: string }>(resolve => { const once = timeline.onDidShow(d => { once.dispose(); resolve(d); }); });
    await vscode.commands.executeCommand('rolloutPlans.showTimeline', uri());
    const back = await shownAgain;
    assert.match(back.markup, /data-zoom="month"/, 'the zoom is kept');
    await timeline.receive({ type: 'zoom', zoom: 'fit' });
    await waitFor('the chart back at fit', () => shownFor(uri(), 'data-zoom="fit"'));
  });

  test('"Programme" draws the examples\' programme: a lane per plan, the freezes shaded with their titles; "Plan" goes back', async () => {
    await waitFor('the chart', () => shownFor(uri()));
    // a real click on the toolbar's Programme button (by the runner); without it, the message the click sends
    if (!clickInWebview('button[data-mode="programme"]')) await timeline.receive({ type: 'mode', mode: 'programme' });
    const shown = await waitFor('the programme\'s chart', () => shownFor(uri(), 'class="lane-title"'));
    const lanes = [...shown.markup.matchAll(/class="lane-title"[^>]*>([^<]*)</g)].map(m => m[1]);
    assert.equal(lanes.length, 4, `one lane per plan: ${lanes.join(' | ')}`);
    assert.ok(lanes.some(l => l.includes('Simplifier le parcours de commande en ligne')), lanes.join(' | '));
    assert.match(shown.markup, /class="freeze"/, 'the freezes are shaded');
    assert.match(shown.markup, /Clôture comptable annuelle/, 'with their titles');
    await timeline.receive({ type: 'mode', mode: 'plan' });
    await waitFor('the plan\'s chart again', () => {
      const again = shownFor(uri());
      return again && !again.markup.includes('class="lane-title"');
    });
  });

  test('follows the active plan editor', async () => {
    const other = vscode.Uri.joinPath(workspaceRoot(), OTHER_PLAN);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), { viewColumn: vscode.ViewColumn.One });
    await waitFor('the other plan\'s chart', () => shownFor(other));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()), { viewColumn: vscode.ViewColumn.One });
    await waitFor('the first plan\'s chart again', () => shownFor(uri()));
  });
});
