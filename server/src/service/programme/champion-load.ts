// Who champions which waves across a programme, and who carries two waves at the same time: the
// overloaded-champion check's data and the sidebar's "overloaded champions" alike.
import { intervalOf, overlap, type Interval } from './intervals';
import type { FileSummary, PhaseSummary, Programme, WaveSummary } from './programme-types';

export interface ChampionedWave {
  plan: FileSummary;
  phase: PhaseSummary;
  wave: WaveSummary;
  dates: Interval;
}

/** Every dated wave with a champion, by champion, in programme order. */
export function championedWaves(plans: readonly FileSummary[]): Map<string, ChampionedWave[]> {
  const byChampion = new Map<string, ChampionedWave[]>();
  for (const plan of plans) for (const phase of plan.phases) for (const wave of phase.waves) {
    const dates = wave.champion && intervalOf(wave.start, wave.end);
    if (!dates) continue;
    const entry = { plan, phase, wave, dates };
    const list = byChampion.get(wave.champion!.value);
    if (list) list.push(entry);
    else byChampion.set(wave.champion!.value, [entry]);
  }
  return byChampion;
}

/** A plan as findings name it, and `plan/phase/wave`, as findings and the sidebar name a wave of the programme. */
export const planName = (plan: FileSummary) => plan.id?.value ?? plan.title ?? plan.uri;
export const waveName = ({ plan, phase, wave }: ChampionedWave) => `${planName(plan)}/${phase.id}/${wave.id ?? wave.title ?? ''}`;

/** The people who champion waves that overlap in time, with those waves. */
export function overloadedPeople(programme: Programme): { person: string; waves: string[] }[] {
  return [...championedWaves(programme.plans)].flatMap(([person, waves]) => {
    const busy = waves.filter(w => waves.some(o => o !== w && overlap(w.dates, o.dates)));
    return busy.length > 0 ? [{ person, waves: busy.map(waveName) }] : [];
  });
}
