// A minimal LSP client over stdio for the benchmark (adapted from shared/reference/lsp-bench/lsp-bench.mjs).
// Hand-rolled Content-Length framing, no client library, so timestamps are taken right before a
// message is written and when the bytes of an answer arrive: what an editor would see.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q, lo = Math.floor(pos), hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
export function summ(xs) {
  if (!xs.length) return { n: 0 };
  return { n: xs.length, p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), min: Math.min(...xs), max: Math.max(...xs) };
}

// ---------------------------------------------------------------- settings helpers
export function substitute(value, vars) {
  if (typeof value === 'string') return value.replace(/\$\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m));
  if (Array.isArray(value)) return value.map((x) => substitute(x, vars));
  if (value && typeof value === 'object') {
    const o = {};
    for (const [k, v] of Object.entries(value)) o[substitute(k, vars)] = substitute(v, vars);
    return o;
  }
  return value;
}
// "yaml.validate": true -> { yaml: { validate: true } }; keys in [brackets] are kept verbatim
export function expandDotted(flat) {
  const out = {};
  for (const [k, v] of Object.entries(flat)) {
    if (k.startsWith('[')) { out[k] = v; continue; }
    const parts = k.split('.');
    let cur = out;
    for (let i = 0; i < parts.length - 1; i++) {
      if (typeof cur[parts[i]] !== 'object' || cur[parts[i]] === null) cur[parts[i]] = {};
      cur = cur[parts[i]];
    }
    const last = parts[parts.length - 1];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur[last] && typeof cur[last] === 'object') Object.assign(cur[last], v);
    else cur[last] = v;
  }
  return out;
}
function lookupSection(settings, section) {
  if (!section) return settings;
  if (section in settings) return settings[section];
  let cur = settings;
  for (const p of section.split('.')) {
    if (cur && typeof cur === 'object' && p in cur) cur = cur[p]; else return null;
  }
  return cur;
}

// ---------------------------------------------------------------- process memory (/proc)
function procTree(rootPid) {
  const kids = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = +stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(+d);
    } catch { /* gone */ }
  }
  const out = [], stack = [rootPid];
  while (stack.length) { const p = stack.pop(); out.push(p); for (const c of kids.get(p) || []) stack.push(c); }
  return out;
}
/** VmRSS and VmHWM (peak) summed over the server's process tree, in MiB. */
export function memOf(rootPid) {
  let rss = 0, hwm = 0;
  const pids = procTree(rootPid);
  for (const p of pids) {
    try {
      const s = readFileSync(`/proc/${p}/status`, 'utf8');
      rss += +(/VmRSS:\s+(\d+)/.exec(s)?.[1] || 0);
      hwm += +(/VmHWM:\s+(\d+)/.exec(s)?.[1] || 0);
    } catch { /* gone */ }
  }
  return { rssMiB: rss / 1024, hwmMiB: hwm / 1024, pids: pids.length };
}

// ---------------------------------------------------------------- the client
export class LspClient {
  /** @param {string[]} argv  command and arguments, spawned without a shell */
  constructor(argv, { settings = {}, trace = false, cwd } = {}) {
    this.tSpawn = performance.now();
    this.proc = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], cwd });
    this.trace = trace;
    this.settings = settings;
    this.nextId = 1;
    this.pending = new Map();
    this.buf = Buffer.alloc(0);
    this.diagListeners = new Set();
    this.publishes = [];
    this.serverRequests = {};
    this.stderr = '';
    this.exited = null;
    this.workspaceFolders = null;
    this.proc.stdout.on('data', (c) => this._onData(c));
    this.proc.stderr.on('data', (c) => { this.stderr += c; if (this.stderr.length > 200000) this.stderr = this.stderr.slice(-100000); });
    this.proc.on('exit', (code, sig) => {
      this.exited = { code, sig };
      for (const [, p] of this.pending) p.reject(new Error(`server exited (${code ?? sig}) while waiting; stderr tail:\n${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
    this.proc.stdin.on('error', () => {});
  }
  get pid() { return this.proc.pid; }
  _onData(chunk) {
    const t = performance.now();
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const header = this.buf.subarray(0, sep).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad header: ${header}`);
      const len = +m[1];
      if (this.buf.length < sep + 4 + len) return;
      const body = this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(sep + 4 + len);
      this._dispatch(JSON.parse(body), t, len);
    }
  }
  _send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    if (this.trace) console.error(`>> ${JSON.stringify(msg).slice(0, 300)}`);
    const t = performance.now();
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    return t;
  }
  _dispatch(msg, t, len) {
    if (this.trace) console.error(`<< ${JSON.stringify(msg).slice(0, 300)}`);
    if ('id' in msg && !('method' in msg)) {
      const p = this.pending.get(msg.id);
      if (p) { this.pending.delete(msg.id); p.resolve({ msg, t, bytes: len }); }
      return;
    }
    if ('id' in msg) { this._answer(msg); return; }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const ev = { t, uri: msg.params.uri, version: msg.params.version, diagnostics: msg.params.diagnostics };
      this.publishes.push(ev);
      for (const l of [...this.diagListeners]) l(ev);
    }
  }
  _answer(msg) {
    this.serverRequests[msg.method] = (this.serverRequests[msg.method] || 0) + 1;
    let result = null;
    if (msg.method === 'workspace/configuration') {
      result = (msg.params.items || []).map((it) => { const v = lookupSection(this.settings, it.section); return v === undefined ? null : v; });
    } else if (msg.method === 'workspace/workspaceFolders') result = this.workspaceFolders;
    this._send({ jsonrpc: '2.0', id: msg.id, result });
  }
  /** Resolves with { msg, t0, t, ms, bytes }; an error answer resolves too (msg.error). */
  request(method, params, timeoutMs = 120000) {
    const id = this.nextId++;
    return new Promise((resolveP, reject) => {
      if (this.exited) return reject(new Error(`server exited: ${JSON.stringify(this.exited)}\n${this.stderr.slice(-2000)}`));
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`timeout: ${method}`)); }, timeoutMs);
      const t0 = this._send({ jsonrpc: '2.0', id, method, params });
      this.pending.set(id, {
        resolve: (r) => { clearTimeout(timer); resolveP({ ...r, t0, ms: r.t - t0 }); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
    });
  }
  notify(method, params) { return this._send({ jsonrpc: '2.0', method, params }); }
  /**
   * First publishDiagnostics for uri received after tAfter whose version (when the server sends
   * one) is >= version and that satisfies pred. Non-matching publishes in between are `skipped`.
   */
  waitDiagnostics(uri, { tAfter, version, pred, timeoutMs = 120000 }) {
    return new Promise((resolveP, reject) => {
      let skipped = 0;
      const check = (ev) => {
        if (ev.uri !== uri || ev.t < tAfter) return false;
        if (version != null && ev.version != null && ev.version < version) { skipped++; return false; }
        if (pred && !pred(ev)) { skipped++; return false; }
        return true;
      };
      const l = (ev) => { if (check(ev)) { done(); resolveP({ ...ev, skipped }); } };
      const timer = setTimeout(() => { done(); reject(new Error(`timeout waiting for diagnostics (version ${version})`)); }, timeoutMs);
      const onExit = () => { done(); reject(new Error(`server exited\n${this.stderr.slice(-2000)}`)); };
      const done = () => { clearTimeout(timer); this.diagListeners.delete(l); this.proc.off('exit', onExit); };
      this.proc.on('exit', onExit);
      this.diagListeners.add(l);
    });
  }
  /** Wait until no publishDiagnostics arrived for quietMs. */
  async quiet(quietMs) {
    if (!quietMs) return;
    for (;;) {
      const last = this.publishes.length ? this.publishes[this.publishes.length - 1].t : 0;
      const idle = performance.now() - last;
      if (idle >= quietMs) return;
      await sleep(quietMs - idle + 1);
    }
  }
  async shutdown() {
    try { await this.request('shutdown', null, 10000); this.notify('exit', null); } catch { /* ignore */ }
    await Promise.race([new Promise((r) => (this.exited ? r() : this.proc.on('exit', r))), sleep(10000)]);
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}

/** The client's copy of the document; apply() returns the LSP incremental change. */
export class Doc {
  constructor(text) { this.text = text; this.version = 1; }
  lines() { return this.text.split('\n'); }
  line(n) {
    let off = 0;
    for (let l = 0; l < n; l++) off = this.text.indexOf('\n', off) + 1;
    const end = this.text.indexOf('\n', off);
    return this.text.slice(off, end < 0 ? undefined : end);
  }
  offsetAt(line, ch) {
    let off = 0;
    for (let l = 0; l < line; l++) off = this.text.indexOf('\n', off) + 1;
    return off + ch;
  }
  /** replace delLen UTF-16 units at (line, ch) by insert */
  apply(line, ch, delLen, insert) {
    const off = this.offsetAt(line, ch);
    const deleted = this.text.slice(off, off + delLen);
    const nl = deleted.split('\n');
    const end = nl.length === 1 ? { line, character: ch + delLen } : { line: line + nl.length - 1, character: nl[nl.length - 1].length };
    this.text = this.text.slice(0, off) + insert + this.text.slice(off + delLen);
    this.version++;
    return { range: { start: { line, character: ch }, end }, text: insert };
  }
}

export const CLIENT_CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true, willSave: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    completion: { dynamicRegistration: false, contextSupport: true,
      completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true,
        labelDetailsSupport: true, resolveSupport: { properties: ['documentation', 'detail'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  window: { workDoneProgress: false },
};
