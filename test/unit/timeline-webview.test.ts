// The timeline webview's page and script, outside VS Code: the Content-Security-Policy (nonce, nothing
// from the network), the toolbar in the server's language, and the bundled script in jsdom: a drawing
// swapped in keeps the focused item, a click or Enter on an item asks for its line, the zoom and
// export buttons send their requests, the Plan / Programme toggle asks for a mode, a row of another
// plan asks for its file, and the state (plan, zoom, mode) is saved for a restore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { timelineHtml } from '../../client/src/timeline/html';
import type { FromWebview, TimelineViewState, ToWebview } from '../../client/src/timeline/messages';
import { timelineWords } from '../../client/src/timeline/renderer';
import { ROOT } from './helpers';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SCRIPT = `${CSP_SOURCE}/ext/dist/timeline-webview.js`;
const page = (language = 'en') => timelineHtml({ cspSource: CSP_SOURCE } as never, { toString: () => SCRIPT } as never, timelineWords(language), language);

test('the page has a strict Content-Security-Policy: a nonce for its one script and one style, nothing from the network', () => {
  const html = page();
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  const nonce = /script-src 'nonce-([^']+)'/.exec(csp ?? '')?.[1];
  assert.ok(nonce && nonce.length >= 16, `a nonce in ${csp}`);
  assert.equal(csp, `default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}'`);
  assert.deepEqual([...html.matchAll(/<script nonce="([^"]+)" src="([^"]+)"/g)].map(m => [m[1], m[2]]), [[nonce, SCRIPT]]);
  assert.equal([...html.matchAll(/<style nonce="([^"]+)"/g)].map(m => m[1]).join(), nonce);
  assert.deepEqual(html.match(/https?:\/\/[^\s"';)]+/g)?.filter(url => !url.startsWith(CSP_SOURCE)) ?? [], [], 'no other address');
  assert.notEqual(/'nonce-([^']+)'/.exec(page())?.[1], nonce, 'a new nonce for each page');
});

test('the toolbar speaks the server’s language', () => {
  const en = new JSDOM(page('en')).window.document;
  assert.deepEqual([...en.querySelectorAll('button')].map(b => b.textContent), ['Plan', 'Programme', 'Fit', 'Week', 'Month', 'Quarter', 'Export SVG', 'Export PNG']);
  const fr = new JSDOM(page('fr')).window.document;
  assert.equal(fr.documentElement.lang, 'fr');
  assert.deepEqual([...fr.querySelectorAll('button')].map(b => b.textContent), ['Plan', 'Programme', 'Ajuster', 'Semaine', 'Mois', 'Trimestre', 'Exporter en SVG', 'Exporter en PNG']);
  assert.deepEqual([...fr.querySelectorAll('[role=toolbar] span:not(.spacer)')].map(e => e.textContent), ['Afficher\u00a0:', 'Zoom\u00a0:']);
});

/** The page with its bundled script running in jsdom, and what the script sent and saved. */
function runWebview(saved?: TimelineViewState) {
  const dom = new JSDOM(page(), { runScripts: 'outside-only' });
  const { window } = dom;
  const posted: FromWebview[] = [];
  let state = saved;
  Object.assign(window, {
    acquireVsCodeApi: () => ({ postMessage: (m: FromWebview) => posted.push(m), getState: () => state, setState: (s: TimelineViewState) => { state = s; } }),
    ResizeObserver: class { observe() {} },
  });
  window.eval(fs.readFileSync(path.join(ROOT, 'dist/timeline-webview.js'), 'utf8'));
  const send = (message: ToWebview) => window.dispatchEvent(new window.MessageEvent('message', { data: message }));
  // what the page sent, as plain objects (jsdom's own realm makes them fail deepStrictEqual)
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return { window, document: window.document, posted, send, state: () => plain(state), sent: () => plain(posted) };
}

const chart = (title: string) => '<svg xmlns="http://www.w3.org/2000/svg">'
  + `<g class="item bar" role="listitem" tabindex="0" aria-label="${title}" data-key="phase:pilote" data-line="70"><title>${title}</title><rect class="track"/></g>`
  + '<g class="item milestone" role="listitem" tabindex="0" data-key="phase:go" data-line="108"><path/></g></svg>';

test('the script swaps drawings in, keeps the focused item, and acknowledges each drawing', () => {
  const view = runWebview();
  assert.deepEqual(view.sent().map(m => m.type), ['ready']);
  view.send({ type: 'show', uri: 'file:///a.rollout.yaml', zoom: 'month', mode: 'plan', markup: chart('Pilote, from 1 June'), seq: 1 });
  assert.match(view.document.getElementById('chart')!.innerHTML, /from 1 June/);
  assert.deepEqual(view.sent().at(-1), { type: 'shown', seq: 1 });
  assert.equal(view.document.querySelector('button[data-zoom=month]')?.getAttribute('aria-pressed'), 'true');
  assert.equal(view.document.querySelector('button[data-zoom=fit]')?.getAttribute('aria-pressed'), 'false');

  view.document.querySelector('[data-key="phase:go"]')!.focus();
  view.send({ type: 'show', uri: 'file:///a.rollout.yaml', zoom: 'month', mode: 'plan', markup: chart('Pilote, from 1 July'), seq: 2 });
  assert.match(view.document.getElementById('chart')!.innerHTML, /from 1 July/);
  assert.doesNotMatch(view.document.getElementById('chart')!.innerHTML, /from 1 June/);
  assert.equal(view.document.activeElement?.getAttribute('data-key'), 'phase:go', 'the focus stays on the same item');
  assert.deepEqual(view.state(), { uri: 'file:///a.rollout.yaml', zoom: 'month', mode: 'plan', scrollLeft: 0, scrollTop: 0 });
});

test('a click or Enter on an item asks for its line; the buttons ask for a zoom or an export', () => {
  const view = runWebview();
  view.send({ type: 'show', uri: 'file:///a.rollout.yaml', zoom: 'fit', mode: 'plan', markup: chart('Pilote'), seq: 1 });
  view.posted.length = 0;
  const { window, document } = view;
  document.querySelector('[data-key="phase:pilote"] rect')!.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
  document.querySelector('[data-key="phase:go"]')!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  document.querySelector('[data-key="phase:go"]')!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'a', bubbles: true }));
  document.getElementById('chart')!.dispatchEvent(new window.MouseEvent('click', { bubbles: true })); // not on an item
  document.querySelector('button[data-zoom=quarter]')!.click();
  document.querySelector('button[data-export=png]')!.click();
  document.querySelector('button[data-export=svg]')!.click();
  assert.deepEqual(view.sent(), [
    { type: 'reveal', line: 70 }, { type: 'reveal', line: 108 },
    { type: 'zoom', zoom: 'quarter' }, { type: 'export', format: 'png' }, { type: 'export', format: 'svg' },
  ]);
});

test('a restored webview starts from its saved state', () => {
  const view = runWebview({ uri: 'file:///a.rollout.yaml', zoom: 'week', mode: 'programme', scrollLeft: 300, scrollTop: 40 });
  assert.equal(view.document.querySelector('button[data-zoom=week]')?.getAttribute('aria-pressed'), 'true');
  assert.equal(view.document.querySelector('button[data-mode=programme]')?.getAttribute('aria-pressed'), 'true');
  assert.equal(view.document.querySelector('button[data-mode=plan]')?.getAttribute('aria-pressed'), 'false');
  // another plan starts at the top and left
  view.send({ type: 'show', uri: 'file:///b.rollout.yaml', zoom: 'week', mode: 'plan', markup: chart('B'), seq: 1 });
  assert.deepEqual(view.state(), { uri: 'file:///b.rollout.yaml', zoom: 'week', mode: 'plan', scrollLeft: 0, scrollTop: 0 });
});

test('a state saved before the programme mode starts in the plan mode', () => {
  const view = runWebview({ uri: 'file:///a.rollout.yaml', zoom: 'week', scrollLeft: 0, scrollTop: 0 } as unknown as TimelineViewState);
  assert.equal(view.document.querySelector('button[data-mode=plan]')?.getAttribute('aria-pressed'), 'true');
});

test('the Plan / Programme toggle asks for a mode and shows the one drawn; a row of another plan asks for its file', () => {
  const view = runWebview();
  const { window, document } = view;
  document.querySelector('button[data-mode=programme]')!.click();
  assert.deepEqual(view.sent().at(-1), { type: 'mode', mode: 'programme' });
  const programme = '<svg xmlns="http://www.w3.org/2000/svg"><g class="lane" data-lane="erp" data-uri="file:///erp.rollout.yaml">'
    + '<g role="list"><g class="item bar" role="listitem" tabindex="0" data-key="erp/phase:cadrage" data-line="12"><rect class="track"/></g></g></g></svg>';
  view.send({ type: 'show', uri: 'file:///a.rollout.yaml', zoom: 'fit', mode: 'programme', markup: programme, seq: 1 });
  assert.equal(document.querySelector('button[data-mode=programme]')?.getAttribute('aria-pressed'), 'true');
  assert.equal(view.state()?.mode, 'programme');
  document.querySelector('[data-key="erp/phase:cadrage"] rect')!.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
  assert.deepEqual(view.sent().at(-1), { type: 'reveal', line: 12, uri: 'file:///erp.rollout.yaml' });
});
