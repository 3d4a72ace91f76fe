// Bundles the extension client, the language server, the CLI and the compiled tests into dist/.
//   node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

import './scripts/gen-validators.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const testEntries = ['test/unit', 'test/server', 'test/cli', 'test/vscode', 'test/vscode/suite']
  .flatMap(dir => fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.ts')).map(f => path.join(dir, f)) : []);

// yaml reads process.env once per token; give it a plain object instead (server/src/yaml-process.ts).
const yamlProcess = {
  name: 'yaml-process',
  setup(build) {
    const shim = path.resolve('server/src/yaml-process.ts');
    build.onResolve({ filter: /^(node:)?process$/ }, args =>
      /[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer) ? { path: shim } : undefined);
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
  plugins: [yamlProcess],
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' } },
];
if (!production) {
  builds.push({ ...common, entryPoints: testEntries, outdir: 'dist/test', outbase: 'test',
    external: ['vscode', 'mocha', '@vscode/test-electron'] });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
  fs.chmodSync('dist/cli.js', 0o755);
}
