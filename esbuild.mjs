// Bundles the extension client, the language server, the CLI and the compiled tests into dist/.
//   node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

import './scripts/gen-validators.mjs';
import { NODE_ONLY_EXTERNALS, nodeOnlyImports } from './scripts/node-only-imports.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const testEntries = ['test/unit', 'test/server', 'test/cli', 'test/vscode', 'test/vscode/suite', 'test/fuzz', 'test/pre-commit']
  .flatMap(dir => fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.ts')).map(f => path.join(dir, f)) : []);

// Bundle yaml's ES module build (the one browsers get): the same code as its CommonJS build minus
// yaml's own debugging switches, which read `process.env` (a native getenv) for every token parsed,
// and minus CommonJS interop getters on every call into the library.
const yamlEsm = {
  name: 'yaml-esm',
  setup(build) {
    const esm = path.resolve('node_modules/yaml/browser/index.js');
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: esm }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'info',
  // The schema is imported as JSON so every bundle carries the same single source.
  loader: { '.json': 'json' },
  plugins: [yamlEsm],
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // the timeline's renderer and catalog, loaded by the client when a timeline is first shown
  { ...common, entryPoints: { 'timeline-renderer': 'client/src/timeline/renderer.ts' }, outdir: 'dist' },
  // the timeline webview's own script, for the browser (a strict CSP: bundled, loaded by nonce)
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', plugins: [],
    entryPoints: { 'timeline-webview': 'client/src/timeline/webview/main.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' } },
];
// The browser entries (vscode.dev, github.dev): the extension in the web worker extension host and
// the language server in its own Web Worker (a classic script: VS Code's Worker wrapper runs it with
// importScripts). Node's modules stay external, so an import of one is caught below, not bundled.
const web = { ...common, platform: 'browser', target: 'es2022', metafile: true, external: [...NODE_ONLY_EXTERNALS] };
const webBuilds = [
  { ...web, entryPoints: { client: 'client/src/extension-web.ts' }, outdir: 'dist/web', external: [...web.external, 'vscode'] },
  { ...web, format: 'iife', entryPoints: { server: 'server/src/server-web.ts' }, outdir: 'dist/web' },
];
builds.push(...webBuilds);
if (!production) {
  // eslint (test/unit/boundaries.test.ts) loads the project's lint config and its plugins at run time;
  // mermaid (test/unit/mermaid-parser.ts) is an ES module that loads its diagrams' chunks at run time
  builds.push({ ...common, entryPoints: testEntries, outdir: 'dist/test', outbase: 'test',
    external: ['vscode', 'mocha', '@vscode/test-electron', 'eslint', 'mermaid', 'jsdom'] });
  // an ES module: the bench awaits at its top level, and gen-plan.mjs reads import.meta
  builds.push({ ...common, format: 'esm', entryPoints: { 'bench/timeline': 'bench/timeline.mjs' }, outdir: 'dist', outExtension: { '.js': '.mjs' } });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map(options => esbuild.build(options)));
  fs.chmodSync('dist/cli.js', 0o755);
  const nodeOnly = webBuilds.flatMap(options => nodeOnlyImports(results[builds.indexOf(options)].metafile));
  if (nodeOnly.length) {
    console.error(`A browser bundle (dist/web/) imports Node-only modules:\n  ${nodeOnly.join('\n  ')}`);
    process.exit(1);
  }
}
