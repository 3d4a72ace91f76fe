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
  .flatMap(dir => fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.ts')).map(f => path.join(dir, f)) : [])
  .filter(file => file !== path.join('test/vscode/suite/web-index.ts')); // the browser's entry: bundled below

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

// The VS Code suites for the web worker extension host (test/vscode/suite/web-index.ts).
// `rollout:vscode-suites` imports every test file, the README pictures first (as index.ts runs them).
const SUITE_DIR = 'test/vscode/suite';
const vscodeSuites = {
  name: 'vscode-suites',
  setup(build) {
    build.onResolve({ filter: /^rollout:vscode-suites$/ }, () => ({ path: 'suites', namespace: 'vscode-suites' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-suites' }, () => {
      const first = file => (file === 'pictures.test.ts' ? 0 : 1);
      const files = fs.readdirSync(SUITE_DIR).filter(f => f.endsWith('.test.ts')).sort((a, b) => first(a) - first(b) || a.localeCompare(b));
      return { contents: files.map(f => `import ${JSON.stringify(path.resolve(SUITE_DIR, f))};`).join('\n'), resolveDir: path.resolve(SUITE_DIR), loader: 'js' };
    });
  },
};
// mocha's browser build is a UMD file in a "type": "module" package: esbuild would inline it as ESM and
// its UMD header would then overwrite the bundle's exports. Loaded in a namespace of its own, it is CommonJS.
const mochaAsCommonJS = {
  name: 'mocha-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^mocha\/mocha\.js$/ }, () => ({ path: path.resolve('node_modules/mocha/mocha.js'), namespace: 'mocha-cjs' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-cjs' }, args => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'js' }));
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
  // the same suites in a Web Worker: node:assert is replaced; the compare suite's git fixture keeps its
  // Node imports as requires that only its desktop suite reaches
  builds.push({ ...common, platform: 'browser', target: 'es2022', plugins: [yamlEsm, vscodeSuites, mochaAsCommonJS],
    entryPoints: { 'web/test/vscode/suite/web-index': `${SUITE_DIR}/web-index.ts` }, outdir: 'dist',
    external: ['vscode', 'child_process', 'fs', 'path'], alias: { assert: `./${SUITE_DIR}/web/assert-shim.ts` },
    define: { 'process.env.NODE_ENV': '"production"' } });
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
