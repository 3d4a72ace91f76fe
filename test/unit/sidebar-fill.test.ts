// The sidebar's fill analyses each closed plan once (issue 20): the analysis the programme index
// makes of a file for its summary also prepares the plan's snapshot, so the readiness requests that
// follow make it from that, without analysing the plan again; the snapshots are those of a fill that
// analyses every plan again (pieces == whole), a gate with reasons across plans and cross-plan
// findings included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RolloutPlanService } from '../../server/src/service/language-service';
import type { LanguageService } from '../../server/src/service';
import { MemoryWorkspace } from './memory-workspace';
import { newService, planText } from './programme-helpers';

const N = 40;
const uriOf = (i: number) => `file:///repo/p${String(i).padStart(2, '0')}.rollout.yaml`;

/** N plans; every 10th links to a phase of the next plan (a gate's reasons across plans), p05 to a phase that does not exist. */
function workspace(): MemoryWorkspace {
  const files: Record<string, string> = {};
  for (let i = 0; i < N; i++) {
    const after = i % 10 === 0 ? [`p${i + 1}/bascule`] : i === 5 ? ['p6/nope'] : [];
    files[uriOf(i)] = planText(`p${i}`, [{ id: 'bascule', type: 'gate', after, start: '2027-03-01', end: '2027-03-02' }]);
  }
  return new MemoryWorkspace(files);
}

/** How many times each URI was analysed anew (the engine's analyses not answered from its cache). */
function countAnalyses(): { counts: Map<string, number>; restore: () => void } {
  const counts = new Map<string, number>();
  const original = RolloutPlanService.prototype.analyze;
  RolloutPlanService.prototype.analyze = function (this: RolloutPlanService, doc: TextDocument) {
    const kept = (this as unknown as { docs: Map<string, { text: string }> }).docs.get(doc.uri);
    if (kept?.text !== doc.getText()) counts.set(doc.uri, (counts.get(doc.uri) ?? 0) + 1);
    return original.call(this, doc);
  };
  return { counts, restore: () => { RolloutPlanService.prototype.analyze = original; } };
}

async function fill(service: LanguageService) {
  const uris = Array.from({ length: N }, (_, i) => uriOf(i));
  const pages = [];
  for (let i = 0; i < N; i += 10) pages.push(...(await service.readiness(uris.slice(i, i + 10))));
  return pages;
}

test('the sidebar\'s fill analyses each closed plan once, and gives the snapshots of a fill that analyses them again', async () => {
  const { counts, restore } = countAnalyses();
  let filled;
  try {
    filled = await fill(newService(workspace()));
  } finally {
    restore();
  }
  const twice = [...counts].filter(([uri, n]) => n > 1 && !/p\d0\./.test(uri));
  assert.deepEqual(twice, [], 'analysed once: the index\'s analysis made the snapshot');
  assert.equal(counts.size, N);

  // the same fill once the programme was read before the sidebar asked: every plan analysed again
  const before = newService(workspace());
  await before.programme(uriOf(0));
  assert.deepEqual(filled, await fill(before));
  const p5 = filled.find(r => r.uri === uriOf(5));
  assert.ok(p5 && 'plan' in p5 && p5.plan.problems.errors === 1, 'the link to a phase that does not exist counts');
});

test('a sidebar that asked before the programme was first read (our client says so at start) gets each closed plan analysed once', async () => {
  const { counts, restore } = countAnalyses();
  let filled;
  try {
    const service = newService(workspace());
    service.readinessAsked();
    // the first build, as the open plan's publish starts it before the sidebar's first page
    await service.programme(uriOf(0));
    filled = await fill(service);
  } finally {
    restore();
  }
  // the plans whose gate has reasons across plans (p00, p10…, and p05's link to a phase that does not exist) are analysed again
  const twice = [...counts].filter(([uri, n]) => n > 1 && !/p(\d0|05)\./.test(uri));
  assert.deepEqual(twice, [], 'analysed once: the first build\'s analysis made the snapshot');
  assert.equal(counts.size, N);
  const again = newService(workspace());
  await again.programme(uriOf(0));
  assert.deepEqual(filled, await fill(again), 'the snapshots of a fill that analyses every plan again');
});
