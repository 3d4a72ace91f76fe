// `npm run fuzz`: the random-edit campaign for as long as asked, seed after seed.
//   node dist/test/fuzz/run.js [--seconds 300] [--seed 1] [--edits 200] [--shrink-seconds 60]
// Prints each failure shrunk to a small repro (seed, texts before and after the edit) and exits 1
// if there was one; CI runs a fixed list of seeds instead (test/unit/random-edits.test.ts).
import { parseArgs } from 'node:util';
import { describe, runSeed, shrink, startTexts } from './campaign';

const { values } = parseArgs({
  options: {
    'seconds': { type: 'string', default: '300' },
    'seed': { type: 'string', default: String(Date.now() % 1_000_000) },
    'edits': { type: 'string', default: '200' },
    'shrink-seconds': { type: 'string', default: '60' },
    'max-failures': { type: 'string', default: '5' },
  },
});
const number = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number, not ${values[name]}`);
  return n;
};

const starts = startTexts();
const end = performance.now() + number('seconds') * 1000;
const edits = number('edits');
let failures = 0;
let seed = number('seed');
let runs = 0;
console.log(`fuzz: seeds from ${seed}, ${edits} edits each, ${number('seconds')} s, ${starts.length} start plans`);
for (; performance.now() < end && failures < number('max-failures'); seed++, runs++) {
  const found = runSeed(seed, edits, starts);
  if (!found) continue;
  failures++;
  console.log(`\nFAILURE ${failures}: ${describe(shrink(found, { deadline: performance.now() + number('shrink-seconds') * 1000 }))}`);
}
console.log(`\nfuzz: ${runs} seeds (${runs * edits} edits), ${failures} failing; next seed ${seed}`);
process.exitCode = failures > 0 ? 1 : 0;
