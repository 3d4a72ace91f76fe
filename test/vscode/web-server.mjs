// The serverless web workbench (approach C of ../shared/reference/vscode-web-worker-test/RECIPE.md).
// Shared by test/vscode/run-web.mjs (tests) and scripts/start-web.mjs (a person trying it).
// Serve the web workbench of code-server's lib/vscode as a *serverless* web build (like vscode.dev /
// @vscode/test-web serve a `vscode-web` build): no VS Code server, no remote, all extensions are web extensions
// fetched over http and run in the browser's web worker extension host. The workspace folder is a virtual file system
// (vscode-test-web://mount/) provided by @vscode/test-web's file-system-provider extension and its /static/mount routes.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const Koa = require('koa');
const mount = require('koa-mount');
const serveStatic = require('koa-static');
const { configureMounts, fsProviderExtensionPrefix, fsProviderFolderUri } = require('@vscode/test-web/out/server/mounts');

const WORKBENCH_JS = '/out/vs/code/browser/workbench/workbench.js';
const WEBVIEW_PRE = '/static/vscode/out/vs/workbench/contrib/webview/browser/pre/';

/**
 * vscodeDir: <code-server>/lib/vscode (1.100.3 or 1.139.1); extDir: the web extension under development;
 * testsPath: its bundled test entry (a .js *file* inside extDir; optional); folder: local folder to open (optional);
 * settings: configuration defaults on top of a quiet, offline workbench; artifacts: the runner's folder of
 * screenshots and page texts, readable by the tests at /harness/ (optional).
 */
export async function startWebServer({ vscodeDir, extDir, testsPath, folder, host = '127.0.0.1', port = 0, settings, artifacts }) {
  const template = fs.readFileSync(path.join(vscodeDir, 'out/vs/code/browser/workbench/workbench.html'), 'utf8');
  // code-server's workbench.js forces `remoteAuthority: location.host` (it always talks to its server).
  // Drop that, so the configuration below decides: no remoteAuthority = a pure web workbench.
  const workbenchJs = fs.readFileSync(path.join(vscodeDir, WORKBENCH_JS), 'utf8');
  const patched = patchWorkbench(workbenchJs);

  const app = new Koa();
  app.use(async (ctx, next) => {
    if (ctx.path === `/static/vscode${WORKBENCH_JS}`) { ctx.type = 'text/javascript'; ctx.body = patched; return; }
    await next();
  });
  app.use(mount('/static/vscode', serveStatic(vscodeDir, { hidden: true })));
  app.use(mount('/static/devextensions', serveStatic(extDir, { hidden: true })));
  if (artifacts) app.use(harnessFiles(artifacts));
  configureMounts({ folderMountPath: folder }, app); // /static/mount (folder) + /static/extensions/fs (the fs provider)

  app.use(async ctx => {
    if (ctx.path !== '/') { ctx.status = 404; return; }
    const origin = { scheme: ctx.protocol, authority: ctx.host };
    const config = {
      productConfiguration: {
        enableTelemetry: false,
        // product.json points webviews at https://{{uuid}}.vscode-cdn.net (offline: a blank panel). Served here,
        // on the workbench's origin as code-server does (its webview page accepts its parent's host): on an origin
        // of their own they are third-party frames, whose service worker (it loads their resources) chromium refuses.
        webviewContentExternalBaseUrlTemplate: `${ctx.protocol}://${ctx.host}${WEBVIEW_PRE}`,
        extensionEnabledApiProposals: { 'vscode.vscode-test-web-fs': ['fileSearchProvider', 'textSearchProvider'] },
      },
      developmentOptions: {
        extensions: [{ ...origin, path: '/static/devextensions' }],
        ...(testsPath ? { extensionTestsPath: { ...origin, path: path.posix.join('/static/devextensions', path.relative(extDir, testsPath)) } } : {}),
      },
      additionalBuiltinExtensions: folder ? [{ ...origin, path: fsProviderExtensionPrefix }] : [],
      ...(folder ? { folderUri: parseUri(fsProviderFolderUri) } : { workspaceUri: { scheme: 'tmp', path: '/default.code-workspace' } }),
      // code-server's workbench throws without these (its server normally provides them)
      userDataPath: '/user-data', isEnabledFileDownloads: true, isEnabledFileUploads: true, isEnabledCoderGettingStarted: false,
      configurationDefaults: { 'telemetry.telemetryLevel': 'off', ...settings },
    };
    const values = {
      WORKBENCH_WEB_CONFIGURATION: JSON.stringify(config).replace(/"/g, '&quot;'),
      WORKBENCH_WEB_BASE_URL: '/static/vscode',
      WORKBENCH_AUTH_SESSION: '',
      WORKBENCH_NLS_FALLBACK_URL: '/static/vscode/out/nls.messages.js',
      WORKBENCH_NLS_URL: '/static/vscode/out/nls.messages.js',
      WORKBENCH_SCRIPT_NONCE: '',
      BASE: '/static/vscode', VS_BASE: '/static/vscode',
    };
    ctx.type = 'text/html';
    ctx.body = template.replace(/\{\{([A-Z_]+)\}\}/g, (m, key) => values[key] ?? m);
  });

  const server = await new Promise((resolve, reject) => { const s = app.listen(port, host, () => resolve(s)); s.on('error', reject); });
  const base = `http://${host}:${server.address().port}`;
  return { base, close: () => new Promise(r => { server.closeAllConnections?.(); server.close(() => r()); }) };
}

/**
 * code-server's workbench.js is VS Code's web workbench plus code-server patches that assume its server.
 * Two small, checked edits turn it back into a serverless web workbench (like a `vscode-web` build):
 *  1. it forces `remoteAuthority: location.host`: drop that, so no remoteAuthority means no remote;
 *  2. it keeps user settings on the server (`vscode-remote:<userDataPath>/User`): use upstream's `vscode-userdata:/User`
 *     (the browser's IndexedDB).
 */
export function patchWorkbench(js) {
  const edits = [
    [',remoteAuthority:location.host}', '}'],
    [/get userRoamingDataHome\(\)\{return ([\w$]+)\(([\w$]+)\.file\(this\.userDataPath\)\.with\(\{scheme:([\w$]+)\.vscodeRemote\}\),"User"\)\}/,
      'get userRoamingDataHome(){return $2.file("/User").with({scheme:$3.vscodeUserData})}'],
  ];
  for (const [from, to] of edits) {
    const next = js.replace(from, to);
    if (next === js) throw new Error(`workbench.js: ${from} not found (unknown code-server build)`);
    js = next;
  }
  return js;
}

/**
 * What the runner saved, for a test in the web worker that waits for its screenshot (helpers.ts): nothing can be
 * sent into the worker, but it can fetch. `/harness/` answers 200 (a runner is listening), `/harness/<file>` the
 * file, or 204 while it is not written yet (a 404 would print an error in the browser console at each poll).
 */
function harnessFiles(artifacts) {
  return async (ctx, next) => {
    const m = /^\/harness\/([\w.-]*)$/.exec(ctx.path);
    if (!m) { await next(); return; }
    if (!m[1]) { ctx.body = 'listening'; return; }
    const file = path.join(artifacts, m[1]);
    if (fs.existsSync(file)) { ctx.type = 'text/plain'; ctx.body = fs.readFileSync(file); } else ctx.status = 204;
  };
}

function parseUri(s) { const u = new URL(s); return { scheme: u.protocol.slice(0, -1), authority: u.host, path: u.pathname }; }
