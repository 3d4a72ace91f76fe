// The programme's calendar: a go-live window in a freeze that applies to its plan
// (go-live-in-freeze), two plans' go-live windows that overlap (overlapping-go-lives), one person
// championing two waves at once, in one plan or across plans (overloaded-champion).
import { planName, waveName, type ChampionedWave } from './champion-load';
import { dayAfter, intervalOf, overlap } from './intervals';
import { rangeOf } from './places';
import type { ProgrammeContext } from './programme-finding';
import { lookupOf, windowOf, type GoLive } from './programme-lookup';
import type { WaveSummary } from './programme-types';

export function goLivesInFreezes(ctx: ProgrammeContext): void {
  const { own } = ctx;
  const freezes = (ctx.programme.file?.freezes ?? []).filter(f => !f.plans || (own.id && f.plans.some(p => p.value === own.id!.value)));
  for (const phase of own.phases) {
    const window = windowOf(phase);
    if (!window) continue;
    for (const freeze of freezes) {
      const frozen = intervalOf(freeze.start, freeze.end);
      if (!frozen || !overlap(window, frozen)) continue;
      const id = freeze.id?.value ?? freeze.title ?? '';
      ctx.report({
        code: 'go-live-in-freeze', range: rangeOf(phase.window!.place),
        message: ctx.t('go-live-in-freeze', { freeze: id, title: freeze.title ?? id, start: freeze.start!, end: freeze.end! }),
        related: [{ place: freeze.id?.place ?? freeze.place, message: ctx.t('related.freeze', { freeze: id }) }],
        data: { fix: 'move-window', after: dayAfter(frozen) },
      });
    }
  }
}

export function overlappingGoLives(ctx: ProgrammeContext): void {
  const { own } = ctx;
  const lookup = lookupOf(ctx.programme);
  for (const phase of own.phases) {
    const window = windowOf(phase);
    if (!window) continue;
    // one finding per other plan, in programme order: its first window that overlaps
    const firstOfPlan = new Map<number, GoLive>();
    for (const other of lookup.goLivesDuring(window)) {
      if (other.plan === own) continue;
      const kept = firstOfPlan.get(other.planIndex);
      if (!kept || other.phaseIndex < kept.phaseIndex) firstOfPlan.set(other.planIndex, other);
    }
    for (const { plan, phase: other } of [...firstOfPlan.values()].sort((a, b) => a.planIndex - b.planIndex)) {
      ctx.report({
        code: 'overlapping-go-lives', range: rangeOf(phase.window!.place),
        message: ctx.t('overlapping-go-lives', { plan: planName(plan), phase: other.id, start: other.window!.start!, end: other.window!.end! }),
        related: [{ place: other.window!.place, message: ctx.t('related.goLive', { plan: planName(plan), phase: other.id }) }],
      });
    }
  }
}

export function overloadedChampions(ctx: ProgrammeContext): void {
  const byChampion = lookupOf(ctx.programme).champions;
  // the plan's own dated waves, found in its champions' lists only: a map of every wave of the
  // programme would be made again after each edit (the lookup carries the lists, not such a map)
  const waves = new Set(ctx.own.phases.flatMap(phase => phase.waves));
  const mineOf = new Map<WaveSummary, ChampionedWave>();
  for (const person of new Set([...waves].flatMap(wave => (wave.champion ? [wave.champion.value] : [])))) {
    for (const entry of byChampion.get(person) ?? []) if (waves.has(entry.wave)) mineOf.set(entry.wave, entry);
  }
  for (const phase of ctx.own.phases) for (const wave of phase.waves) {
    const mine = mineOf.get(wave);
    // one finding per wave (the first other wave at the same time): a thousand waves of one champion stay a thousand findings
    const other = mine && byChampion.get(wave.champion!.value)!.find(w => w !== mine && overlap(mine.dates, w.dates));
    if (!other) continue;
    const name = waveName(other);
    ctx.report({
      code: 'overloaded-champion', range: rangeOf(wave.champion!.place),
      message: ctx.t('overloaded-champion', { person: wave.champion!.value, wave: name, start: other.wave.start!, end: other.wave.end! }),
      related: [{ place: other.wave.champion!.place, message: ctx.t('related.wave', { wave: name }) }],
    });
  }
}
