#!/usr/bin/env node
// Over 400 lines on purpose: one scenario run strictly in order (launch, open, edits, completion, memory) with its summary, read top to bottom.
// `npm run bench` (= npm run build && node bench/run.mjs): latency and memory of our language server
// (node dist/server.js --stdio) against the Red Hat YAML language server configured with our JSON
// Schema, on the same generated plans, in the same run, plus the in-process `yaml` parse floor.
//
//   node bench/run.mjs [--sizes 10,100,1000] [--k 10] [--launches 2] [--yls-launches 1] [--reopens 10] [--servers ours,yls]
//                      [--seed 42] [--quiet-ms 150] [--profile] [--trace]
//
// Raw samples go to bench/results/bench-<date>.json (and latest.json); a Markdown summary to stdout.
// Everything runs strictly one thing at a time (the target machine has 2 cores).
import { mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { planText } from './gen-plan.mjs';
import { LspClient, Doc, CLIENT_CAPABILITIES, memOf, summ, sleep, expandDotted } from './lsp-client.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const RESULTS = join(ROOT, 'bench', 'results');
const SCHEMA = join(ROOT, 'schemas', 'rollout-plan.schema.json');
const SNAPSHOT = join(RESULTS, 'snapshot', 'server.js');
// the Node options the VS Code client starts our server with
const OUR_NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'node-flags.json'), 'utf8')).execArgv;
const PHASE_KEYS = new Set(Object.keys(JSON.parse(readFileSync(SCHEMA, 'utf8')).definitions.phase.properties));
const MB = (kibOrMiB) => kibOrMiB * 1048576 / 1e6; // MiB -> MB (10^6 bytes)

// ---------------------------------------------------------------- options
const o = { sizes: [10, 100, 1000], k: 10, launches: 2, ylsLaunches: 1, reopens: 10, servers: ['ours', 'yls'], seed: 42, quietMs: 150,
  burst: 8, burstIntervalMs: 120, timeoutMs: 120000, profile: false, trace: false, floorRuns: 15, floorWarmup: 3 };
{
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    const v = () => a[++i];
    switch (a[i]) {
      case '--sizes': o.sizes = v().split(',').map(Number); break;
      case '--k': o.k = +v(); break;
      case '--launches': o.launches = +v(); break;
      case '--yls-launches': o.ylsLaunches = +v(); break;
      case '--reopens': o.reopens = +v(); break;
      case '--servers': o.servers = v().split(',').map((s) => s.trim()); break;
      case '--seed': o.seed = +v(); break;
      case '--quiet-ms': o.quietMs = +v(); break;
      case '--burst': o.burst = +v(); break;
      case '--floor-runs': o.floorRuns = +v(); break;
      case '--profile': o.profile = true; break;
      case '--trace': o.trace = true; break;
      case '-h': case '--help':
        console.log('usage: node bench/run.mjs [--sizes 10,100,1000] [--k 10] [--launches 2] [--yls-launches 1] [--reopens 10] [--servers ours,yls] [--seed 42] [--quiet-ms 150] [--burst 8] [--floor-runs 15] [--profile] [--trace]');
        process.exit(0);
      // eslint-disable-next-line no-fallthrough
      default: console.error(`unknown argument ${a[i]}`); process.exit(2);
    }
  }
}
const log = (s) => console.error(s); // progress on stderr, the Markdown summary on stdout

// ---------------------------------------------------------------- servers
const SERVERS = {
  ours: {
    label: 'Rollout Plans',
    // a copy of dist/server.js taken at start (the bundle is self-contained), so a rebuild by
    // someone else during the run cannot mix two versions of the server in one set of figures;
    // started as the VS Code client starts it (server/src/node-flags.json)
    argv: () => [process.execPath, ...OUR_NODE_FLAGS, SNAPSHOT, '--stdio'],
    languageId: 'rollout-plan',
    settings: {},
    settleMs: 300,
    assertClean: true,
  },
  yls: {
    label: 'yaml-language-server',
    argv: () => [process.execPath, join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
    languageId: 'yaml',
    // as shared/reference/lsp-bench/yls-settings.json, with OUR schema file
    settings: expandDotted({
      'yaml.schemas': { [pathToFileURL(SCHEMA).href]: '*.rollout.yaml' },
      'yaml.validate': true, 'yaml.completion': true, 'yaml.hover': true,
      'yaml.schemaStore.enable': false, 'yaml.format.enable': false,
      '[yaml]': { 'editor.tabSize': 2 }, http: { proxy: '', proxyStrictSSL: false },
    }),
    settleMs: 1500, // it pulls its configuration after `initialized`
    assertClean: false,
  },
};

// ---------------------------------------------------------------- positions in a generated plan
function locate(text) {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  const nearest = (pred) => {
    for (let d = 0; d < lines.length; d++) for (const i of [mid + d, mid - d]) if (i >= 0 && i < lines.length && pred(lines[i], i)) return i;
    return -1;
  };
  const typeLine = nearest((l) => /^ {4}type: pilot$/.test(l));
  if (typeLine < 0) throw new Error('no `type: pilot` line in the plan');
  // the pilot phase's own lines: title, owner and exitCriteria
  let end = typeLine + 1;
  while (end < lines.length && !/^ {2}- /.test(lines[end])) end++;
  const find = (re) => { for (let i = typeLine; i < end; i++) if (re.test(lines[i])) return i; throw new Error(`no ${re} in the pilot phase`); };
  const titleLine = find(/^ {4}title: \S/);
  const ownerLine = find(/^ {4}owner: \S/);
  const descriptionLine = find(/^ {4}description: \S/);
  const exitLine = find(/^ {4}exitCriteria: \[.+\]$/);
  const criterionIds = [];
  let inCrit = false;
  for (const l of lines) {
    if (/^criteria:\s*$/.test(l)) { inCrit = true; continue; }
    if (inCrit && /^\S/.test(l)) inCrit = false;
    if (inCrit) { const m = /^ {2}([a-z0-9][a-z0-9._-]*):/.exec(l); if (m) criterionIds.push(m[1]); }
  }
  return {
    type: { line: typeLine, character: lines[typeLine].indexOf('type: ') + 6, value: 'pilot' },
    title: { line: titleLine, character: lines[titleLine].indexOf('title: ') + 7 },
    owner: { line: ownerLine, eol: lines[ownerLine].length },
    description: { line: descriptionLine, text: lines[descriptionLine] },
    exit: { line: exitLine, close: lines[exitLine].lastIndexOf(']') },
    criterionIds,
  };
}

// ---------------------------------------------------------------- one server launch
async function runLaunch(key, file, text, launchNo, { profileDir } = {}) {
  const S = SERVERS[key];
  const fileUri = pathToFileURL(file).href;
  const dirUri = pathToFileURL(dirname(file)).href;
  const argv = S.argv();
  if (profileDir) argv.splice(1, 0, '--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  const c = new LspClient(argv, { settings: S.settings, trace: o.trace, cwd: ROOT });
  c.workspaceFolders = [{ uri: dirUri, name: 'plans' }];
  const R = { server: key, launch: launchNo, errors: [] };
  const init = await c.request('initialize', {
    processId: process.pid, clientInfo: { name: 'rollout-plans-bench', version: '1' }, locale: 'en',
    rootUri: dirUri, rootPath: dirname(file), workspaceFolders: c.workspaceFolders,
    capabilities: CLIENT_CAPABILITIES, initializationOptions: { locale: 'en' }, trace: 'off',
  }, o.timeoutMs);
  R.initializeMs = init.t - c.tSpawn; // spawn -> initialize response
  const caps = init.msg.result?.capabilities || {};
  R.serverInfo = init.msg.result?.serverInfo ?? null;
  const sync = typeof caps.textDocumentSync === 'number' ? caps.textDocumentSync : caps.textDocumentSync?.change ?? 0;
  R.syncKind = ['none', 'full', 'incremental'][sync] ?? String(sync);
  R.completionProvider = !!caps.completionProvider;
  c.notify('initialized', {});
  if (Object.keys(S.settings).length) c.notify('workspace/didChangeConfiguration', { settings: S.settings });
  await sleep(S.settleMs);
  R.memIdle = memOf(c.pid);

  const doc = new Doc(text);
  const P = locate(text);
  const send = (edit) => c.notify('textDocument/didChange', { textDocument: { uri: fileUri, version: doc.version },
    contentChanges: sync === 2 ? [edit] : [{ text: doc.text }] });
  const waitD = (t0, extra = {}) => c.waitDiagnostics(fileUri, { tAfter: t0, version: doc.version, timeoutMs: o.timeoutMs, ...extra });
  const onLine = (ev, line) => ev.diagnostics.some((d) => d.range.start.line <= line && d.range.end.line >= line);
  const open = () => c.notify('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: S.languageId, version: doc.version, text: doc.text } });

  // open -> diagnostics, cold (first open in this process)
  let t0 = open();
  let ev = await waitD(t0);
  R.coldOpenMs = ev.t - t0;
  R.baseDiagCount = ev.diagnostics.length;
  R.baseDiagSample = ev.diagnostics.slice(0, 5).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${d.code ?? ''}] ${d.message}`);
  R.memAfterOpen = memOf(c.pid);
  log(`  ${key} launch ${launchNo}: init ${R.initializeMs.toFixed(0)} ms, sync ${R.syncKind}, cold open ${R.coldOpenMs.toFixed(1)} ms, ${R.baseDiagCount} diagnostics`);
  if (R.baseDiagCount) {
    const msg = `${S.label} reports ${R.baseDiagCount} diagnostics on the generated ${file}:\n    ${R.baseDiagSample.join('\n    ')}`;
    if (S.assertClean) { await c.shutdown(); throw new Error(`ABORT: ${msg}`); }
    log(`  WARNING: ${msg}`);
  }
  const clean = (e) => e.diagnostics.length === R.baseDiagCount;

  // warm reopen: didClose + didOpen in the same process
  R.reopenMs = [];
  for (let i = 0; i < o.reopens; i++) {
    await c.quiet(o.quietMs);
    c.notify('textDocument/didClose', { textDocument: { uri: fileUri } });
    await sleep(o.quietMs);
    await c.quiet(o.quietMs);
    doc.version++;
    t0 = open();
    ev = await waitD(t0, { pred: clean });
    R.reopenMs.push(ev.t - t0);
  }

  // open of a plan this server has not analysed yet (the same text under another name), server warm:
  // the honest "open" figure for a server that, like ours, keeps the analysis of a reopened plan
  // Each open is paired with a floor sample taken just before it, server idle: this VM's speed drifts
  // during a run, and a ratio of two samples of the same moment is steadier than one against a
  // floor measured minutes earlier.
  R.newOpenMs = []; R.pairedFloorMs = [];
  for (let i = 0; i < o.reopens; i++) {
    await c.quiet(o.quietMs);
    R.pairedFloorMs.push(parseMs(doc.text));
    // outside the workspace folder: a copy beside the plan would be a second plan of its programme
    // with the same id (a cross-plan problem, so never the clean publish waited for)
    const otherUri = `${dirUri}-copies/plan.copy-${launchNo}-${i}.rollout.yaml`;
    t0 = c.notify('textDocument/didOpen', { textDocument: { uri: otherUri, languageId: S.languageId, version: 1, text: doc.text } });
    ev = await c.waitDiagnostics(otherUri, { tAfter: t0, version: 1, timeoutMs: o.timeoutMs, pred: clean });
    R.newOpenMs.push(ev.t - t0);
    c.notify('textDocument/didClose', { textDocument: { uri: otherUri } });
  }

  // neutral edit: 1 character inserted in / deleted from the middle pilot's title
  R.editMs = []; R.skipped = 0;
  for (let i = 0; i < 2 * o.k; i++) {
    await c.quiet(o.quietMs);
    const ins = i % 2 === 0;
    t0 = send(doc.apply(P.title.line, P.title.character + 1, ins ? 0 : 1, ins ? 'x' : ''));
    ev = await waitD(t0);
    R.editMs.push(ev.t - t0); R.skipped += ev.skipped;
    if (ev.diagnostics.length !== R.baseDiagCount) R.errors.push(`neutral edit changed the diagnostics: ${ev.diagnostics.length}`);
  }

  // an edit introducing an error: `type: pilot` -> `type: pliot`, timed to the publish that shows it; then its revert
  R.errorShownMs = []; R.errorClearedMs = []; R.errorMessage = null;
  const { line: tl, character: tc } = P.type;
  for (let i = 0; i < o.k; i++) {
    await c.quiet(o.quietMs);
    t0 = send(doc.apply(tl, tc + 1, 2, 'li'));
    ev = await waitD(t0, { pred: (e) => onLine(e, tl) });
    R.errorShownMs.push(ev.t - t0); R.skipped += ev.skipped;
    if (!R.errorMessage) R.errorMessage = ev.diagnostics.filter((d) => d.range.start.line === tl).map((d) => `[${d.code ?? ''}] ${d.message}`).join(' | ');
    await c.quiet(o.quietMs);
    t0 = send(doc.apply(tl, tc + 1, 2, 'il'));
    ev = await waitD(t0, { pred: (e) => !onLine(e, tl) });
    R.errorClearedMs.push(ev.t - t0); R.skipped += ev.skipped;
    if (ev.diagnostics.length !== R.baseDiagCount) R.errors.push(`revert left ${ev.diagnostics.length} diagnostics`);
  }

  // typing burst: N keystrokes in the title, burstIntervalMs apart
  if (o.burst > 0) {
    await c.quiet(o.quietMs);
    const nBefore = c.publishes.length;
    let tFirst = 0, tLast = 0;
    for (let i = 0; i < o.burst; i++) {
      tLast = send(doc.apply(P.title.line, P.title.character + 1 + i, 0, 'abcdefghijklmnop'[i % 16]));
      if (i === 0) tFirst = tLast;
      if (i < o.burst - 1) await sleep(o.burstIntervalMs);
    }
    ev = await waitD(tLast);
    const mine = c.publishes.slice(nBefore).filter((p) => p.uri === fileUri);
    R.burst = { keystrokes: o.burst, intervalMs: o.burstIntervalMs, lastKeyToDiagMs: ev.t - tLast,
      publishesDuringBurst: mine.filter((p) => p.t >= tFirst && p.t <= tLast).length,
      publishesUntilFinal: mine.filter((p) => p.t <= ev.t).length, finalVersion: ev.version ?? null, expectedVersion: doc.version };
    t0 = send(doc.apply(P.title.line, P.title.character + 1, o.burst, ''));
    await waitD(t0);
  }

  // completion
  R.completion = {};
  const complete = async (name, position, setup, undo, judge) => {
    let t = setup ? send(setup()) : null;
    if (t) await waitD(t);
    await c.quiet(o.quietMs);
    const ms = []; let first = null;
    const n = R.completionProvider ? o.k : 1; // unsupported: one probe only
    for (let i = 0; i < n; i++) {
      const r = await c.request('textDocument/completion', { textDocument: { uri: fileUri }, position, context: { triggerKind: 1 } }, o.timeoutMs);
      ms.push(r.ms);
      if (!first) first = r;
    }
    const res = first.msg.result;
    const items = Array.isArray(res) ? res : res?.items || [];
    const labels = items.map((it) => (typeof it.label === 'string' ? it.label : it.label?.label));
    const implemented = R.completionProvider && !first.msg.error && items.length > 0;
    R.completion[name] = { position, lineText: doc.line(position.line), ms: implemented ? ms : [], probeMs: ms,
      implemented, count: items.length, labels: labels.slice(0, 30), error: first.msg.error ?? null,
      why: implemented ? null : !R.completionProvider ? 'no completionProvider capability' : first.msg.error ? `error ${first.msg.error.code}: ${first.msg.error.message}` : 'empty result',
      relevant: judge(labels) };
    if (undo) { t = send(undo()); await waitD(t); }
  };
  // at a key: the pilot's `description:` line emptied to its indentation, so that key is missing
  // (the generated phase has every key its type allows: a new line after them has nothing to offer)
  await complete('key', { line: P.description.line, character: 4 },
    () => doc.apply(P.description.line, 0, P.description.text.length, '    '),
    () => doc.apply(P.description.line, 0, 4, P.description.text),
    (labels) => labels.filter((l) => PHASE_KEYS.has(String(l).trim())).length);
  // at an enum value: `type: |pilot`
  await complete('type', { line: tl, character: tc }, null, null,
    (labels) => labels.filter((l) => ['definition', 'planning', 'pilot', 'gate', 'go-live', 'scale-up', 'generalization', 'run'].includes(String(l).trim())).length);
  // inside exitCriteria: `exitCriteria: [a, b, |]`
  const ids = new Set(P.criterionIds);
  const exitLine = P.exit.line, close = P.exit.close;
  await complete('exitCriteria', { line: exitLine, character: close + 2 },
    () => doc.apply(exitLine, close, 0, ', '),
    () => doc.apply(exitLine, close, 2, ''),
    (labels) => labels.filter((l) => ids.has(String(l).trim())).length);

  // responsiveness under load: a completion sent right behind an edit, while that edit is being checked
  R.completionUnderLoadMs = [];
  if (R.completionProvider) {
    for (let i = 0; i < o.k; i++) {
      await c.quiet(o.quietMs);
      const checked = waitD(send(doc.apply(P.title.line, P.title.character + 1, 0, 'x')));
      const r = await c.request('textDocument/completion', { textDocument: { uri: fileUri }, position: { line: tl, character: tc }, context: { triggerKind: 1 } }, o.timeoutMs);
      R.completionUnderLoadMs.push(r.ms);
      await checked;
      await waitD(send(doc.apply(P.title.line, P.title.character + 1, 1, '')));
    }
  }

  // the text the server holds still equals ours: one more error toggle must show and clear on that line
  await c.quiet(o.quietMs);
  t0 = send(doc.apply(tl, tc + 1, 2, 'li'));
  ev = await waitD(t0, { timeoutMs: 30000 });
  R.finalCheck = { detected: onLine(ev, tl) };
  t0 = send(doc.apply(tl, tc + 1, 2, 'il'));
  ev = await waitD(t0, { pred: (e) => !onLine(e, tl) });
  R.finalCheck.backToBase = ev.diagnostics.length === R.baseDiagCount;

  await sleep(1000);
  await c.quiet(o.quietMs);
  R.memEnd = memOf(c.pid); // settled RSS; hwm = peak over the whole launch
  R.serverRequests = c.serverRequests;
  await c.shutdown();
  R.stderrTail = c.stderr.slice(-1000);
  return R;
}

// ---------------------------------------------------------------- floor: yaml.parseDocument in-process
function parseMs(text) {
  const t = performance.now();
  require('yaml').parseDocument(text);
  return performance.now() - t;
}

function floor(text) {
  const xs = []; let first = null;
  for (let i = 0; i < o.floorWarmup + o.floorRuns; i++) {
    const ms = parseMs(text);
    if (i === 0) first = ms;
    if (i >= o.floorWarmup) xs.push(ms);
  }
  return { ...summ(xs), first, runs: o.floorRuns, warmup: o.floorWarmup, yaml: require('yaml/package.json').version };
}

// ---------------------------------------------------------------- client bundle load (activation, without VS Code)
function clientBundleLoadMs() {
  // dist/client.js requires `vscode`; stub it with a permissive proxy and time the require.
  const script = `
    const Module = require('module'); const { performance } = require('perf_hooks');
    const h = { get: (t, p) => p === '__esModule' ? true : p === Symbol.toPrimitive ? () => '' : p === 'prototype' ? t.prototype : prox,
      apply: () => prox, construct: () => prox };
    const prox = new Proxy(class {}, h);
    const load = Module._load; Module._load = function (r, ...a) { return r === 'vscode' ? prox : load.call(this, r, ...a); };
    const t = performance.now(); require(${JSON.stringify(join(ROOT, 'dist', 'client.js'))}); console.log(performance.now() - t);`;
  const xs = [];
  try {
    for (let i = 0; i < 5; i++) xs.push(+execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
    return summ(xs);
  } catch (e) { return { n: 0, error: String(e.message).slice(0, 200) }; }
}

// ---------------------------------------------------------------- CPU profile summary (self time)
export function profileSummary(file, top = 20) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0; total += dt;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
  }
  let map = null;
  try { map = new SourceMap(JSON.parse(readFileSync(`${SNAPSHOT}.map`, 'utf8'))); } catch { /* no map */ }
  const where = (cf) => {
    if (!cf.url) return '';
    if (map && cf.url.endsWith('server.js')) {
      const e = map.findEntry(cf.lineNumber, cf.columnNumber);
      if (e?.originalSource) return `${e.originalSource.replace(/^.*?\/(node_modules\/|server\/src\/)/, '$1')}:${e.originalLine + 1}`;
    }
    return `${cf.url.replace(/^.*\//, '')}:${cf.lineNumber + 1}`;
  };
  const agg = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const k = `${cf.functionName || '(anonymous)'} ${where(cf)}`.trim();
    agg.set(k, (agg.get(k) ?? 0) + us);
  }
  const idle = [...agg].filter(([k]) => /^\(idle\)/.test(k)).reduce((a, [, v]) => a + v, 0);
  return { totalMs: total / 1000, busyMs: (total - idle) / 1000,
    top: [...agg].filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k) || k.startsWith('(garbage'))
      .sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ fn: k, selfMs: us / 1000, pctBusy: (100 * us) / Math.max(1, total - idle) })) };
}

// ---------------------------------------------------------------- summary
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
const f1 = (x) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(1) : x.toFixed(0)) : 'n/a');
const pp = (s) => (s && s.n ? `${f1(s.p50)} / ${f1(s.p95)}` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function summarize(launches) {
  const pool = (f) => launches.flatMap(f);
  const L = launches[0];
  const s = {
    serverInfo: L.serverInfo, syncKind: L.syncKind, baseDiagCount: L.baseDiagCount, launches: launches.length,
    initializeMs: summ(pool((l) => [l.initializeMs])),
    coldOpenMs: summ(pool((l) => [l.coldOpenMs])),
    reopenMs: summ(pool((l) => l.reopenMs)),
    newOpenMs: summ(pool((l) => l.newOpenMs)),
    pairedFloorMs: summ(pool((l) => l.pairedFloorMs)),
    editMs: summ(pool((l) => l.editMs)),
    errorShownMs: summ(pool((l) => l.errorShownMs)),
    errorClearedMs: summ(pool((l) => l.errorClearedMs)),
    burstLastKeyMs: summ(pool((l) => (l.burst ? [l.burst.lastKeyToDiagMs] : []))),
    completionUnderLoadMs: summ(pool((l) => l.completionUnderLoadMs ?? [])),
    burstPublishesDuring: pool((l) => (l.burst ? [l.burst.publishesDuringBurst] : [])),
    burstPublishesUntilFinal: pool((l) => (l.burst ? [l.burst.publishesUntilFinal] : [])),
    errorMessage: L.errorMessage,
    skipped: launches.reduce((a, l) => a + l.skipped, 0),
    peakRssMB: summ(pool((l) => [MB(l.memEnd.hwmMiB)])),
    settledRssMB: summ(pool((l) => [MB(l.memEnd.rssMiB)])),
    rssAfterOpenMB: summ(pool((l) => [MB(l.memAfterOpen.rssMiB)])),
    errors: pool((l) => l.errors),
    finalCheck: launches.map((l) => l.finalCheck),
    completion: {},
  };
  for (const name of Object.keys(L.completion)) {
    const c0 = L.completion[name];
    s.completion[name] = { ...summ(pool((l) => l.completion[name]?.ms ?? [])), implemented: c0.implemented, why: c0.why,
      count: c0.count, relevant: c0.relevant, labels: c0.labels, lineText: c0.lineText, probeMs: c0.probeMs[0] };
  }
  return s;
}

function markdown(R) {
  const out = [];
  const sv = R.servers;
  out.push(`## Rollout Plans language server vs yaml-language-server ${R.versions.yls ?? ''} (same run)`);
  out.push('');
  out.push(`${R.date} · ${R.machine.cpu} · ${R.machine.nproc} cores · Node ${R.machine.node} · load average at start ${R.machine.loadavgStart.map((x) => x.toFixed(2)).join(' ')}, end ${R.machine.loadavgEnd.map((x) => x.toFixed(2)).join(' ')} · commit ${R.commit} · k=${o.k}, ${o.launches} launch(es) of ours and ${o.ylsLaunches} of yaml-language-server per size, ${o.reopens} warm reopens`);
  out.push('');
  out.push('ms as p50 / p95 (pooled over launches; cold open: n = launches). Ratio = ours / theirs on p50 (< 1 means ours is faster).');
  out.push('');
  const has = (k) => o.servers.includes(k);
  for (const n of o.sizes) {
    const P = R.plans[n];
    const A = sv.ours?.[n], B = sv.yls?.[n];
    out.push(`### ${n} phases — ${P.lines} lines, ${P.bytes} bytes; floor \`yaml.parseDocument\` ${f1(P.floor.p50)} ms median (first run ${f1(P.floor.first)} ms)`);
    out.push('');
    out.push(`| measure | ${has('ours') ? 'ours p50 / p95' : ''} | ${has('yls') ? 'yaml-language-server p50 / p95' : ''} | ratio |`);
    out.push('|---|---|---|---|');
    const row = (label, get) => {
      const a = A ? get(A) : undefined, b = B ? get(B) : undefined;
      out.push(`| ${label} | ${pp(a)} | ${pp(b)} | ${ratio(a?.p50, b?.p50)} |`);
    };
    row('initialize (spawn → response)', (s) => s.initializeMs);
    row('open → diagnostics, cold', (s) => s.coldOpenMs);
    row('open → diagnostics, warm reopen (same plan again)', (s) => s.reopenMs);
    row('open → diagnostics, another plan (server warm)', (s) => s.newOpenMs);
    row('neutral edit → diagnostics', (s) => s.editMs);
    row('`pilot`→`pliot` → error shown', (s) => s.errorShownMs);
    row('revert → error cleared', (s) => s.errorClearedMs);
    row(`typing burst (${o.burst} keys @${o.burstIntervalMs} ms): last key → final publish`, (s) => s.burstLastKeyMs);
    for (const [name, label] of [['key', 'completion at a key (new line in a phase)'], ['type', 'completion `type: |pilot`'], ['exitCriteria', 'completion `exitCriteria: [a, b, |]`']]) {
      const cell = (s) => { const c = s?.completion[name]; if (!s) return 'n/a'; if (!c?.implemented) return `not implemented (${c?.why})`; return `${pp(c)} (${c.count} items, ${c.relevant} relevant)`; };
      out.push(`| ${label} | ${cell(A)} | ${cell(B)} | ${A?.completion[name]?.implemented && B?.completion[name]?.implemented ? ratio(A.completion[name].p50, B.completion[name].p50) : '–'} |`);
    }
    row('completion `type: |pilot` sent right behind an edit (while it is checked)', (s) => s.completionUnderLoadMs);
    const mem = (s, k) => (s ? `${f0(s[k].p50)} MB` : 'n/a');
    out.push(`| RSS peak (VmHWM) | ${mem(A, 'peakRssMB')} | ${mem(B, 'peakRssMB')} | ${ratio(A?.peakRssMB.p50, B?.peakRssMB.p50)} |`);
    out.push(`| RSS settled (end) | ${mem(A, 'settledRssMB')} | ${mem(B, 'settledRssMB')} | ${ratio(A?.settledRssMB.p50, B?.settledRssMB.p50)} |`);
    row('parse floor sampled just before each of these opens (bench process)', (s) => s.pairedFloorMs);
    out.push(`| open (another plan, server warm) / floor sampled with it | ${ratio(A?.newOpenMs.p50, A?.pairedFloorMs.p50)} | ${ratio(B?.newOpenMs.p50, B?.pairedFloorMs.p50)} | |`);
    out.push(`| open (another plan, server warm) / parse floor | ${ratio(A?.newOpenMs.p50, P.floor.p50)} | ${ratio(B?.newOpenMs.p50, P.floor.p50)} | |`);
    out.push(`| open (warm reopen) / parse floor | ${ratio(A?.reopenMs.p50, P.floor.p50)} | ${ratio(B?.reopenMs.p50, P.floor.p50)} | |`);
    out.push(`| open (cold) / parse floor | ${ratio(A?.coldOpenMs.p50, P.floor.p50)} | ${ratio(B?.coldOpenMs.p50, P.floor.p50)} | |`);
    out.push('');
    const notes = [];
    for (const [k, s] of [['ours', A], ['yls', B]]) {
      if (!s) continue;
      notes.push(`- ${k}: ${s.baseDiagCount} diagnostics on open; error shown as ${JSON.stringify(s.errorMessage)}; burst publishes during burst ${JSON.stringify(s.burstPublishesDuring)}, until final ${JSON.stringify(s.burstPublishesUntilFinal)}; stale/non-matching publishes skipped ${s.skipped}; final text check ${JSON.stringify(s.finalCheck)}${s.errors.length ? `; ERRORS ${JSON.stringify(s.errors.slice(0, 3))}` : ''}`);
    }
    out.push(...notes, '');
  }
  // targets
  if (sv.ours) {
    out.push('### Targets of issue 8 (our server)');
    out.push('');
    out.push('| target | 100 phases | 1,000 phases |');
    out.push('|---|---|---|');
    const T = (label, get, lim100, lim1000, unit = 'ms') => {
      const cell = (n, lim) => {
        const s = sv.ours[n]; if (!s) return 'not measured';
        const v = get(s, n);
        if (v == null || (typeof v === 'string')) return `FAIL (${v ?? 'n/a'})`;
        return `${v <= lim ? 'PASS' : 'FAIL'} ${f1(v)} ${unit} (≤ ${lim} ${unit})`;
      };
      out.push(`| ${label} | ${cell(100, lim100)} | ${cell(1000, lim1000)} |`);
    };
    T('edit → diagnostics (p50)', (s) => s.editMs.p50, 25, 100);
    T('edit introducing an error → shown (p50)', (s) => s.errorShownMs.p50, 25, 100);
    for (const name of ['key', 'type', 'exitCriteria']) {
      T(`completion ${name} (p95)`, (s) => (s.completion[name]?.implemented ? s.completion[name].p95 : `not implemented: ${s.completion[name]?.why}`), 20, 50);
    }
    T('open → diagnostics (another plan, server warm, p50) / parse floor sampled with it', (s) => s.newOpenMs.p50 / s.pairedFloorMs.p50, 1.3, 1.3, '×');
    T('(for information) the same against the floor measured before the servers ran', (s, n) => s.newOpenMs.p50 / R.plans[n].floor.p50, 1.3, 1.3, '×');
    T('(for information) open → diagnostics (cold, first open in a fresh process) / parse floor', (s, n) => s.coldOpenMs.p50 / R.plans[n].floor.p50, 1.3, 1.3, '×');
    T('peak RSS (VmHWM)', (s) => s.peakRssMB.p50, 120, 300, 'MB');
    out.push('');
    // issue 20: on one 1,000-phase plan an edit costs the edit, not the plan, and the server stays under 200 MiB
    const big = sv.ours[1000];
    if (big) {
      const line = (label, v, lim, unit) => `| ${label} | ${v <= lim ? 'PASS' : 'FAIL'} ${f1(v)} ${unit} (≤ ${lim} ${unit}) |`;
      out.push('### Targets of issue 20 (our server, one 1,000-phase plan)', '', '| target | result |', '|---|---|',
        line('edit → diagnostics (p50)', big.editMs.p50, 15, 'ms'), line('peak RSS (VmHWM)', big.peakRssMB.p50 / MB(1), 200, 'MiB'), '');
    }
  }
  out.push(`Activation without VS Code: \`dist/client.js\` load (require, \`vscode\` stubbed) ${pp(R.clientLoadMs)} ms; server spawn → initialize response: see "initialize" rows.`);
  if (R.profile) {
    out.push('', `### CPU profile of our server (${R.profile.size} phases, one launch of the same scenario): busy ${f0(R.profile.busyMs)} ms of ${f0(R.profile.totalMs)} ms`, '');
    out.push('| self ms | % of busy | function |', '|---|---|---|');
    for (const t of R.profile.top) out.push(`| ${f1(t.selfMs)} | ${t.pctBusy.toFixed(1)} | \`${t.fn}\` |`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- main
async function main() {
  const t0 = performance.now();
  mkdirSync(dirname(SNAPSHOT), { recursive: true });
  copyFileSync(join(ROOT, 'dist', 'server.js'), SNAPSHOT);
  if (existsSync(join(ROOT, 'dist', 'server.js.map'))) copyFileSync(join(ROOT, 'dist', 'server.js.map'), `${SNAPSHOT}.map`);
  const plansDir = join(RESULTS, 'plans');
  mkdirSync(plansDir, { recursive: true });
  let commit = 'unknown';
  try { commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
  let dirty = false;
  try { dirty = execFileSync('git', ['status', '--porcelain', '--', 'server', 'client', 'schemas'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0; } catch { /* ignore */ }
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  const R = {
    date: new Date().toISOString(), commit: commit + (dirty ? ' (+ uncommitted changes in server/, client/ or schemas/)' : ''),
    machine: { nproc: cpus().length, cpu, node: process.version, loadavgStart: loadavg() }, options: { ...o },
    versions: { yaml: require('yaml/package.json').version, yls: (() => { try { return require('yaml-language-server/package.json').version; } catch { return null; } })() },
    plans: {}, servers: {}, raw: {},
  };
  for (const n of o.sizes) {
    const text = planText(n, o.seed);
    // one folder per size: the server checks the other plans of an open plan's folder (its programme)
    mkdirSync(join(plansDir, String(n)), { recursive: true });
    const file = join(plansDir, String(n), `plan-${n}.rollout.yaml`);
    writeFileSync(file, text);
    R.plans[n] = { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), bytes: Buffer.byteLength(text) };
  }
  for (const n of o.sizes) {
    R.plans[n].floor = floor(readFileSync(R.plans[n].file, 'utf8'));
    log(`floor ${n} phases: parseDocument median ${R.plans[n].floor.p50.toFixed(1)} ms (first ${R.plans[n].floor.first.toFixed(1)} ms)`);
  }
  R.clientLoadMs = clientBundleLoadMs();
  for (const n of o.sizes) {
    const { file } = R.plans[n];
    const text = readFileSync(file, 'utf8');
    for (const key of o.servers) {
      if (!SERVERS[key]) throw new Error(`unknown server ${key}`);
      const launches = [];
      const nl = key === 'yls' ? o.ylsLaunches : o.launches;
      for (let i = 1; i <= nl; i++) launches.push(await runLaunch(key, file, text, i));
      (R.raw[key] ??= {})[n] = launches;
      (R.servers[key] ??= {})[n] = summarize(launches);
    }
  }
  if (o.profile && o.servers.includes('ours')) {
    const n = Math.max(...o.sizes);
    const dir = join(RESULTS, 'prof');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`profiling our server on ${n} phases`);
    await runLaunch('ours', R.plans[n].file, readFileSync(R.plans[n].file, 'utf8'), 1, { profileDir: dir });
    const prof = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    if (prof.length) R.profile = { size: n, file: join(dir, prof[0]), ...profileSummary(join(dir, prof[0])) };
  }
  R.wallSeconds = (performance.now() - t0) / 1000;
  R.machine.loadavgEnd = loadavg();
  const stamp = R.date.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `bench-${stamp}.json`), JSON.stringify(R, null, 1));
  writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(R, null, 1));
  const md = markdown(R);
  writeFileSync(join(RESULTS, 'latest.md'), md);
  console.log(md);
  console.log(`\n(${R.wallSeconds.toFixed(0)} s; raw JSON: bench/results/bench-${stamp}.json)`);
}

main().catch((e) => { console.error(e.stack || e); process.exit(1); });
