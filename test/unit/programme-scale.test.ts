// A programme is analysed in time linear in its plans (issue 20): checking each of its n plans
// (as `rollout-plan check` does, and as the sidebar does for closed plans) summarises each file
// once, builds the programme once, not once per plan, and parses each plan once (the analysis its
// summary came from serves its check); the cycle search survives a long chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlanWorkspace } from '../../server/src/service';
import { SegmentCache } from '../../server/src/service/plan/parse';
import { phaseCycles } from '../../server/src/service/programme/phase-cycles';
import { docOf } from './helpers';
import { MemoryWorkspace } from './memory-workspace';
import { newService, planText, withCodes } from './programme-helpers';

const ROOT = 'file:///repo/';
const N = 40;
const uriOf = (i: number) => `${ROOT}p${i}.rollout.yaml`;

/** N plans in a chain of links, each with a go-live on its own night; the last one closes a cycle through three plans. */
function chainWorkspace(): MemoryWorkspace {
  const files: Record<string, string> = {};
  for (let i = 0; i < N; i++) {
    const after = i === 0 ? ['p2/bascule'] : [`p${i - 1}/bascule`];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    files[uriOf(i)] = planText(`p${i}`, [{ id: 'bascule', after, window: [`2027-${month}-${day}T22:00`, `2027-${month}-${day}T23:00`] }]);
  }
  return new MemoryWorkspace(files);
}

for (const [who, version] of [['the command line', 1], ['the sidebar', 0]] as const) {
  test(`${who} checking every plan of a programme summarises each file once and builds the programme once`, async () => {
    const workspace = chainWorkspace();
    let summarised = 0;
    // asked before each summary the index makes of a file as read (the command line's shared summaries)
    (workspace as PlanWorkspace).knownSummary = () => { summarised++; return undefined; };
    const service = newService(workspace);
    // every analysis parses the text once
    const parse = SegmentCache.prototype.parse;
    let parsed = 0;
    SegmentCache.prototype.parse = function (this: SegmentCache, text: string) { parsed++; return parse.call(this, text); };
    const cycles: string[] = [];
    let first;
    try {
      first = await service.programme(uriOf(0));
      for (let i = 0; i < N; i++) {
        const diagnostics = await service.diagnostics(docOf(workspace.files.get(uriOf(i))!, uriOf(i), version));
        cycles.push(...withCodes(diagnostics, 'dependency-cycle').map(c => `p${i} ${c}`));
      }
    } finally {
      SegmentCache.prototype.parse = parse;
    }
    assert.ok(summarised <= N, `${summarised} summaries for ${N} plans`);
    assert.equal(parsed, N, `each of the ${N} plans parsed once, for its summary; its check reused that analysis' findings`);
    assert.equal(await service.programme(uriOf(N - 1)), first, 'the same programme for every plan: it was not built again');
    // the findings are still there: the cycle p0 → p2 → p1 → p0, on each of its links
    assert.deepEqual(cycles.map(c => c.split(' ')[0]), ['p0', 'p1', 'p2']);
    assert.match(cycles[0], /p0\/bascule → p2\/bascule → p1\/bascule → p0\/bascule/);
  });
}

test('an edit of an open plan builds its programme again, and the others see it', async () => {
  const workspace = chainWorkspace();
  const service = newService(workspace);
  const before = await service.programme(uriOf(5));
  const edited = planText('p0', [{ id: 'bascule', after: [] }]);
  await service.diagnostics(docOf(edited, uriOf(0), 2));
  const after = await service.programme(uriOf(5));
  assert.notEqual(after, before);
  const p1 = await service.diagnostics(docOf(workspace.files.get(uriOf(1))!, uriOf(1), 1));
  assert.deepEqual(withCodes(p1, 'dependency-cycle'), [], 'the cycle is gone with the edited link');
});

test('the strongly connected components of a chain of 30,000 phases, without overflowing the stack', () => {
  const n = 30_000;
  const nodes = Array.from({ length: n }, (_, i) => i);
  // i → i + 1, and the last three close a loop
  const cycles = phaseCycles(nodes, i => (i + 1 < n ? [i + 1] : [n - 3]));
  assert.equal(cycles.members(cycles.componentOf(n - 1)!).length, 3);
  assert.equal(cycles.componentOf(n - 2), cycles.componentOf(n - 3));
  assert.notEqual(cycles.componentOf(0), cycles.componentOf(1));
  assert.equal(cycles.members(cycles.componentOf(0)!).length, 1);
});
