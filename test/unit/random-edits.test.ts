// The random-edit campaign (test/fuzz/) on a fixed list of seeds: after each edit of an example or
// fixture plan, the incremental service (same URI, next version) gives exactly what a fresh service
// gives, no throw, every range inside the text, and where the YAML is valid the piecewise parse
// gives what a whole-document parse gives. A failure is shrunk and printed as a repro.
// `npm run fuzz` runs the same campaign for minutes on other seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, runSeed, shrink, startTexts } from '../fuzz/campaign';
import { checkPiecewise } from '../fuzz/oracle';
import { ddmin, shrinkParts } from '../fuzz/shrink';

/** The seeds CI runs; a seed that once found a bug stays in the list (63: a top-level list taken for phases). */
const SEEDS = [1, 2, 3, 4, 5, 6, 63];
const EDITS = 100;
const starts = startTexts();

for (const seed of SEEDS) {
  test(`seed ${seed}: ${EDITS} random edits, incremental == fresh and piecewise == whole-document`, { timeout: 60_000 }, () => {
    const found = runSeed(seed, EDITS, starts);
    assert.equal(found && describe(shrink(found, { deadline: performance.now() + 5000 })), undefined);
  });
}

// repros found by the campaign, shrunk; each must hold once its bug is fixed
const PIECEWISE_REPROS: Record<string, string> = {
  'a top-level list other than phases, in whole-document mode (seed 63)': 's:\n -',
  // yaml's range of a map with an explicit `? key` runs into the next line's indentation; a piece ends before it
  'an explicit `? key` in a phase (yaml-test-suite JTV5, M2N8)': 'phases:\n  - description:\n      ? a\n  - id: q\n',
};
for (const [what, text] of Object.entries(PIECEWISE_REPROS)) {
  test(`piecewise == whole-document: ${what}`, () => {
    assert.equal(checkPiecewise(text)?.detail, undefined);
  });
}

test('the shrinker keeps only what the failure needs', () => {
  const budget = { deadline: performance.now() + 5000 };
  assert.deepEqual(ddmin([1, 2, 3, 4, 5, 6, 7, 8], xs => xs.includes(3) && xs.includes(7), budget), [3, 7]);
  const parts = shrinkParts(['phases:\n  - id: a\n', '  - id: b\n    type: gate\n'], p => p.join('').includes('id: b'), budget);
  assert.equal(parts.join(''), 'id: b');
});
