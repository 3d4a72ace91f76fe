// The browser bundles (dist/web/) must not need Node: a Web Worker has no file system, no process,
// no child processes. esbuild.mjs marks Node's built-in modules external in those builds, so an
// import of one does not fail to resolve somewhere deep in a dependency but is recorded in the
// build's metafile, and this check names the file that imports it. Run alone, it checks one entry:
//   node scripts/node-only-imports.mjs <entry.ts>   (exit 1 and the imports when there are some;
//   test/unit/web-bundles.test.ts proves it fails on such a bundle)
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** Node's modules a browser bundle may not import (with or without `node:`) */
export const NODE_ONLY = ['fs', 'path', 'child_process', 'process', 'os', 'crypto', 'url', 'worker_threads'];

/** what to mark external in a browser build so its metafile shows these imports */
export const NODE_ONLY_EXTERNALS = NODE_ONLY.flatMap(name => [name, `node:${name}`, `${name}/*`, `node:${name}/*`]);

const isNodeOnly = path => NODE_ONLY.includes(path.replace(/^node:/, '').split('/')[0]);

/** Every import of a Node-only module in a build's metafile, as "importer → module" */
export function nodeOnlyImports(metafile) {
  return Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter(i => isNodeOnly(i.path)).map(i => `${file} → ${i.original ?? i.path}`));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { metafile } = await esbuild.build({
    entryPoints: [process.argv[2]], bundle: true, platform: 'browser', write: false, metafile: true, logLevel: 'error',
    external: ['vscode', ...NODE_ONLY_EXTERNALS],
  });
  const found = nodeOnlyImports(metafile);
  for (const line of found) console.log(line);
  process.exit(found.length ? 1 : 0);
}
