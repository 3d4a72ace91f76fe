#!/usr/bin/env node
// Repository scale (issues 18 and 20): the real server over stdio on a folder of generated plans.
// The sidebar is filled as the client fills it (client/src/readiness/plans.ts: pages of
// PAGE_SIZE plans, one request at a time, then the programme overviews) while one open plan is
// typed in, a keystroke every KEY_INTERVAL_MS. Printed, with PASS/FAIL:
//   keystroke → diagnostics p50/p95 while the sidebar fills   (target p95 ≤ 50 ms)
//   sidebar filled vs `rollout-plan check` on the same plans   (target ≤ 1.2×)
//   server peak RSS (VmHWM)                                    (target ≤ 300 MiB)
//
//   node bench/scale.mjs [--plans 2000] [--cpu-prof-dir DIR] [--memory-trace FILE] [--latency-trace FILE]   (after npm run build)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { memberPlanText } from './gen-plan.mjs';
import { CLIENT_CAPABILITIES, Doc, LspClient, memOf, sleep, summ } from './lsp-client.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const plans = option('--plans', 2000);
// `--cpu-prof-dir <dir>`: the server writes a CPU profile there (the profile the causes are read from)
const profileDir = args.includes('--cpu-prof-dir') ? path.resolve(args[args.indexOf('--cpu-prof-dir') + 1]) : undefined;
// `--memory-trace <file>`: the server's RSS every 250 ms with the plans answered so far (when the peak happens)
const memoryTrace = args.includes('--memory-trace') ? path.resolve(args[args.indexOf('--memory-trace') + 1]) : undefined;
// `--latency-trace <file>`: each keystroke's time, latency and the plans answered so far (which stretch of the fill the slow ones fall in)
const latencyTrace = args.includes('--latency-trace') ? path.resolve(args[args.indexOf('--latency-trace') + 1]) : undefined;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const nodeFlags = JSON.parse(fs.readFileSync(path.join(root, 'server/src/node-flags.json'), 'utf8')).execArgv;
// as the client asks (client/src/readiness/pages.ts)
const PAGE_SIZE = 10;
// a fast typist; each keystroke's diagnostics are waited for before the next one is typed
const KEY_INTERVAL_MS = 40;
const TARGETS = { keyP95Ms: 50, fillRatio: 1.2, peakMiB: 300 };
// the sidebar's first page waits for the programme's first build (the client sets no timeout)
const FILL_TIMEOUT_MS = 600_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-scale-bench-'));
const files = [];
for (let i = 0; i < plans; i++) {
  const file = path.join(dir, `plan-${String(i).padStart(4, '0')}.rollout.yaml`);
  fs.writeFileSync(file, memberPlanText(10, i)); // 10 phases ≈ 340 lines, each plan its own id, people and dates
  files.push(file);
}
const uris = files.map(f => pathToFileURL(f).href);

/** `rollout-plan check` on the same plans, one whole process (the files just written are in the page cache). */
function checkMs() {
  const started = performance.now();
  try {
    execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--format', 'json', '.'], { cwd: dir, maxBuffer: 1 << 28 });
  } catch { /* findings exit 1: the time is what counts here */ }
  return performance.now() - started;
}

async function server() {
  const client = new LspClient([process.execPath, ...nodeFlags, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), path.join(root, 'dist/server.js'), '--stdio'], { cwd: root });
  const folder = pathToFileURL(dir).href;
  client.workspaceFolders = [{ uri: folder, name: 'plans' }];
  await client.request('initialize', {
    processId: process.pid, locale: 'en', rootUri: folder, workspaceFolders: client.workspaceFolders,
    // readiness: as our client says (client/src/activate.ts), it fills the sidebar at start
    capabilities: CLIENT_CAPABILITIES, initializationOptions: { locale: 'en', readiness: true },
  });
  client.notify('initialized', {});
  return client;
}

let answered = 0;
/** The sidebar's requests, as the client makes them; resolves with how many plans were answered. */
async function fillSidebar(client) {
  answered = 0;
  for (let i = 0; i < uris.length; i += PAGE_SIZE) {
    const { msg } = await client.request('rolloutPlan/readiness', { uris: uris.slice(i, i + PAGE_SIZE) }, FILL_TIMEOUT_MS);
    if (msg.error) throw new Error(`readiness: ${msg.error.message}`);
    answered += msg.result.plans.filter(p => p.plan).length;
  }
  const { msg } = await client.request('rolloutPlan/programmes', { uris }, FILL_TIMEOUT_MS);
  if (msg.error) throw new Error(`programmes: ${msg.error.message}`);
  return answered;
}

/** Types in the open plan's title until `done()`; each keystroke's latency to its diagnostics. */
async function type(client, doc, uri, done) {
  const line = doc.lines().findIndex(l => l.startsWith('  title: '));
  const latencies = [];
  while (!done()) {
    const change = doc.apply(line, doc.line(line).length, 0, 'x');
    const t0 = client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    const ev = await client.waitDiagnostics(uri, { tAfter: t0, version: doc.version });
    latencies.push(ev.t - t0);
    if (latencyTrace) keyTrace.push(`${((t0 - started) / 1000).toFixed(2)}\t${(ev.t - t0).toFixed(1)}\t${answered}`);
    await sleep(KEY_INTERVAL_MS);
  }
  return latencies;
}

const check = checkMs();
const client = await server();
const typed = uris[0];
const doc = new Doc(fs.readFileSync(files[0], 'utf8'));
const t0 = client.notify('textDocument/didOpen', { textDocument: { uri: typed, languageId: 'rollout-plan', version: doc.version, text: doc.text } });
await client.waitDiagnostics(typed, { tAfter: t0, version: doc.version });

let filled = false;
const started = performance.now();
const trace = [];
const keyTrace = [];
const tracer = memoryTrace && setInterval(() => trace.push(`${((performance.now() - started) / 1000).toFixed(2)}\t${memOf(client.pid).rssMiB.toFixed(0)}\t${answered}`), 250);
const sidebar = fillSidebar(client).then(n => { filled = true; return { n, ms: performance.now() - started }; });
const latencies = await type(client, doc, typed, () => filled);
const fill = await sidebar;
const { hwmMiB } = memOf(client.pid);
if (tracer) {
  clearInterval(tracer);
  fs.writeFileSync(memoryTrace, `s\trss MiB\tplans answered\n${trace.join('\n')}\n`);
}
if (latencyTrace) fs.writeFileSync(latencyTrace, `s\tms\tplans answered\n${keyTrace.join('\n')}\n`);
await client.shutdown();
fs.rmSync(dir, { recursive: true, force: true });

if (fill.n !== plans) throw new Error(`the sidebar got ${fill.n} plans of ${plans}`);
const keys = summ(latencies);
const ratio = fill.ms / check;
const verdict = ok => (ok ? 'PASS' : 'FAIL');
console.log(`repository scale: ${plans} plans of ~340 lines, the sidebar filled in pages of ${PAGE_SIZE} while typing in one plan`);
console.log(`| keystroke → diagnostics while the sidebar fills | p50 ${keys.p50.toFixed(1)} ms, p95 ${keys.p95.toFixed(1)} ms (${keys.n} keystrokes; target p95 <= ${TARGETS.keyP95Ms} ms): ${verdict(keys.p95 <= TARGETS.keyP95Ms)} |`);
console.log(`| sidebar filled | ${fill.ms.toFixed(0)} ms vs rollout-plan check ${check.toFixed(0)} ms = ${ratio.toFixed(2)}x (target <= ${TARGETS.fillRatio}x): ${verdict(ratio <= TARGETS.fillRatio)} |`);
console.log(`| server peak RSS (VmHWM) | ${hwmMiB.toFixed(0)} MiB (target <= ${TARGETS.peakMiB} MiB): ${verdict(hwmMiB <= TARGETS.peakMiB)} |`);
