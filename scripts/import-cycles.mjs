// Import cycles among the project's TypeScript files, type-only imports included: `import-x/no-cycle`
// skips `import type`, yet a cycle through types still ties two modules' designs together (the
// protocol and the service's edits, the CLI's files and results). Run by `npm run lint`.
//   node scripts/import-cycles.mjs [--root <folder>]     exit 1 and each cycle printed, or exit 0
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['client/src', 'server/src', 'test'];
const EXTENSIONS = ['', '.ts', '.d.ts', '/index.ts'];

function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : sourceFiles(abs);
    return /\.ts$/.test(entry.name) ? [abs] : [];
  });
}

/** The project files `file` imports (relative specifiers, `import type` and `export … from` included). */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(f => f.fileName).filter(s => s.startsWith('.')).flatMap(spec => {
    const base = path.resolve(path.dirname(file), spec);
    const found = EXTENSIONS.map(e => base + e).find(p => /\.ts$/.test(p) && fs.existsSync(p) && fs.statSync(p).isFile());
    return found ? [found] : [];
  });
}

/** Every cycle (a strongly connected component of more than one file, or a file importing itself), as paths relative to `root`. */
export function importCycles(root = ROOT, folders = FOLDERS) {
  const files = folders.flatMap(f => sourceFiles(path.join(root, f)));
  const edges = new Map(files.map(f => [f, importsOf(f)]));
  // Tarjan's algorithm, iterative (no recursion depth to worry about)
  const index = new Map(), low = new Map(), onStack = new Set(), stack = [], cycles = [];
  let next = 0;
  for (const start of files) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, next); low.set(start, next++); stack.push(start); onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      const targets = edges.get(v) ?? [];
      if (i < targets.length) {
        top[1]++;
        const w = targets[i];
        if (!index.has(w)) {
          index.set(w, next); low.set(w, next++); stack.push(w); onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
        continue;
      }
      work.pop();
      if (work.length) { const u = work[work.length - 1][0]; low.set(u, Math.min(low.get(u), low.get(v))); }
      if (low.get(v) !== index.get(v)) continue;
      const component = [];
      let w;
      do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1 || targets.includes(v)) cycles.push(component.reverse().map(f => path.relative(root, f)));
    }
  }
  return cycles;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rootAt = process.argv.indexOf('--root');
  const cycles = importCycles(rootAt > 0 ? path.resolve(process.argv[rootAt + 1]) : ROOT);
  for (const cycle of cycles) console.error(`import cycle (type imports included): ${cycle.join(' → ')} → ${cycle[0]}`);
  process.exit(cycles.length ? 1 : 0);
}
