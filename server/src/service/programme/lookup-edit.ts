// An open plan's edit in a programme of thousands (issue 18 item 6, issue 20): the programme's
// lookups after the edit derived from those before it, by swapping the plan's summary, rather than
// made again over every plan. Each one is carried over only when what it is made of (the plan's id,
// go-live dates, championed waves, phase ids and links) is unchanged, else it is made afresh when
// asked: the results are the same as a lookup made from scratch (test/unit/programme-edit.test.ts).
import type { ChampionedWave } from './champion-load';
import { existingLookup, setLookup, type GoLive, type KnownLookups, type PhaseNode } from './programme-lookup';
import type { FileSummary, PhaseSummary, Programme } from './programme-types';

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) => a.length === b.length && a.every((x, i) => same(x, b[i]));
const samePhases = (before: FileSummary, after: FileSummary, same: (x: PhaseSummary, y: PhaseSummary) => boolean) => sameList(before.phases, after.phases, same);

const sameId = (before: FileSummary, after: FileSummary) => before.id?.value === after.id?.value;
const sameWindows = (before: FileSummary, after: FileSummary) =>
  samePhases(before, after, (x, y) => !x.window === !y.window && x.window?.start === y.window?.start && x.window?.end === y.window?.end);
const sameWaves = (before: FileSummary, after: FileSummary) =>
  samePhases(before, after, (x, y) => sameList(x.waves, y.waves, (v, w) => v.champion?.value === w.champion?.value && v.start === w.start && v.end === w.end));
const sameGraph = (before: FileSummary, after: FileSummary) =>
  sameId(before, after) && samePhases(before, after, (x, y) => x.id === y.id && sameList(x.after, y.after, (a, b) => a.value === b.value));

/** `next` is `old` with the plan `before` swapped for `after`: its lookup starts from what `old`'s had computed. */
export function carryLookups(old: Programme, next: Programme, before: FileSummary, after: FileSummary): void {
  const lookup = existingLookup(old);
  if (lookup) setLookup(next, knownAfterEdit(lookup.computed, before, after));
}

/** What the programme's lookup knows after `before` became `after` (a plan's summary, same URI), from what it knew before. */
export function knownAfterEdit(base: KnownLookups, before: FileSummary, after: FileSummary): KnownLookups {
  const known: KnownLookups = {};
  if (base.byUri) known.byUri = new Map(base.byUri).set(after.uri, after);
  if (base.members) {
    known.members = new Set(base.members);
    known.members.delete(before);
    known.members.add(after);
  }
  if (sameId(before, after)) {
    const id = after.id?.value;
    if (base.byId) known.byId = id !== undefined && base.byId.get(id) === before ? new Map(base.byId).set(id, after) : base.byId;
    if (base.planIds) known.planIds = base.planIds;
  }
  if (base.goLives && sameWindows(before, after)) {
    const swap = (g: GoLive): GoLive => (g.plan === before ? { ...g, plan: after, phase: after.phases[g.phaseIndex] } : g);
    known.goLives = { sorted: base.goLives.sorted.map(swap), longest: base.goLives.longest };
  }
  if (base.champions && sameWaves(before, after)) {
    const swap = (w: ChampionedWave): ChampionedWave => {
      if (w.plan !== before) return w;
      const p = before.phases.indexOf(w.phase);
      const phase = after.phases[p];
      return { plan: after, phase, wave: phase.waves[w.phase.waves.indexOf(w.wave)], dates: w.dates };
    };
    // only the lists of the plan's own champions hold its waves (the same champions after: sameWaves)
    known.champions = new Map(base.champions);
    for (const person of new Set(before.phases.flatMap(phase => phase.waves.flatMap(wave => (wave.champion ? [wave.champion.value] : []))))) {
      const waves = base.champions.get(person);
      if (waves) known.champions.set(person, waves.map(swap));
    }
  }
  if (base.nodes && sameGraph(before, after)) {
    const nodes = new Map(base.nodes);
    const swaps = new Map<PhaseNode, PhaseNode>();
    before.phases.forEach((phase, k) => {
      const name = `${before.id?.value}/${phase.id}`;
      const node = base.nodes!.get(name);
      if (!node || node.plan !== before || node.phase !== phase) return;
      const swapped = { plan: after, phase: after.phases[k], name };
      nodes.set(name, swapped);
      swaps.set(node, swapped);
    });
    known.nodes = nodes;
    // the same links between the same names: the same components, with the new nodes in them
    if (base.cycles) known.cycles = base.cycles.replaced(swaps);
  }
  return known;
}
