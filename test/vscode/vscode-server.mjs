// Starts the VS Code server bundled in code-server (see vscode-install.mjs) on a free local port,
// with fresh data folders, and builds workbench URLs carrying a development/test payload.
// Shared by test/vscode/run.mjs (tests) and scripts/start.mjs (a person trying the extension).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const START_TIMEOUT_MS = 60_000;
const PORT_ATTEMPTS = 5;

/** A port the OS reports free right now (another process may still take it before we bind it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `serverNode serverMain` and resolves once GET /version answers.
 *   logFile: receives the server's stdout and stderr.
 *   env:     extra environment for the server; its extension host (and so the tests) inherits it.
 * Returns { base, workbenchUrl(options), stop() }.
 */
export async function startVSCodeServer({ serverMain, serverNode, logFile, env = {} }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-vscode-'));
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  // The OS hands out a free port; if someone grabs it before the server binds, try another one.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = spawnServer({ serverMain, serverNode, logFile, env, tmp, port });
    const base = `http://127.0.0.1:${port}`;
    const started = await waitForServer(base, server);
    if (started) return serverHandle(server, base, port, tmp, path.dirname(logFile));
    await server.stop();
    const portTaken = fs.readFileSync(logFile, 'utf8').includes('EADDRINUSE');
    if (!portTaken || attempt === PORT_ATTEMPTS) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new Error(`the VS Code server did not start (exit code ${server.exitCode}); see ${logFile}`);
    }
  }
}

function spawnServer({ serverMain, serverNode, logFile, env, tmp, port }) {
  const log = fs.openSync(logFile, 'a');
  const args = [
    serverMain, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--telemetry-level', 'off', '--disable-workspace-trust',
    // Needed for a built VS Code to honour extensionDevelopmentPath/extensionTestsPath in the URL payload,
    // and to call window.codeAutomationLog/codeAutomationExit, which the test runner listens to.
    '--enable-smoke-test-driver',
    '--server-data-dir', path.join(tmp, 'server-data'),
    '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
  ];
  const child = spawn(serverNode, args, {
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data'), ...env },
    stdio: ['ignore', log, log],
    detached: true, // own process group: stop() ends the server with its extension hosts and language servers
  });
  fs.closeSync(log);
  const exited = new Promise(resolve => child.once('exit', resolve));
  return {
    get exitCode() { return child.exitCode; },
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = signal => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
      kill('SIGTERM');
      const force = setTimeout(() => kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    },
  };
}

async function waitForServer(base, server) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited = false;
  server.exited.then(() => { exited = true; });
  while (!exited && Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/version`)).ok) return true;
    } catch { /* not listening yet */ }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  return false;
}

function serverHandle(server, base, port, tmp, artifacts) {
  const remote = p => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    base,
    exited: server.exited,
    /** URL opening `folder`, with the extension at `extensionDevelopmentPath` and, for a test run, the suite at `extensionTestsPath`. */
    workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath }) {
      const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['skipWelcome', 'true']];
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    async stop() {
      await server.stop();
      // the server's logs, with the extensions' output channels (the language server's errors): <artifacts>/logs
      const logs = path.join(tmp, 'user-data/logs');
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(artifacts, 'logs'), { recursive: true });
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
