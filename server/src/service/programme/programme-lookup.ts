// What the checks across plans look up in a programme (plans by id and URI, go-lives by date,
// waves by champion, the phase graph and its cycles), made once per `Programme` object and shared
// by every plan's checks: the membership gives all plans of a programme the same object until the
// index changes, so checking each of n plans costs what the plan holds, not n times the programme.
import { suggesterFor, type Suggester } from '../shared/suggest';
import { championedWaves, type ChampionedWave } from './champion-load';
import { linkedPlanOf } from './dependents';
import { intervalOf, type Interval } from './intervals';
import { phaseCycles, type PhaseCycles } from './phase-cycles';
import type { FileSummary, PhaseSummary, Programme } from './programme-types';

/** A phase of the programme, named `plan/phase`. */
export interface PhaseNode {
  plan: FileSummary;
  phase: PhaseSummary;
  name: string;
}

/** A dated go-live window of a plan of the programme. */
export interface GoLive {
  plan: FileSummary;
  /** the plan's rank in the programme and the phase's in the plan: findings keep that order */
  planIndex: number;
  phaseIndex: number;
  phase: PhaseSummary;
  dates: Interval;
}

export const windowOf = (phase: PhaseSummary) => phase.window && intervalOf(phase.window.start, phase.window.end);

/** What a lookup computes, given ready-made when it is derived from the lookup before an edit (programme/lookup-edit.ts). */
export interface KnownLookups {
  byId?: Map<string, FileSummary>;
  byUri?: Map<string, FileSummary>;
  members?: Set<FileSummary>;
  planIds?: Suggester;
  goLives?: { sorted: GoLive[]; longest: number };
  champions?: Map<string, ChampionedWave[]>;
  nodes?: Map<string, PhaseNode>;
  cycles?: PhaseCycles<PhaseNode>;
}

export class ProgrammeLookup {
  constructor(private readonly programme: Programme, private readonly known: KnownLookups = {}) {}

  /** What this lookup has computed so far (a derived lookup starts from it). */
  get computed(): KnownLookups {
    const names = ['byId', 'byUri', 'members', 'planIds', 'goLives', 'champions', 'nodes', 'cycles'] as const;
    return Object.fromEntries(names.filter(name => Object.hasOwn(this, name)).map(name => [name, this[name]]));
  }

  /** The plans by id, the first by URI order for an id used twice (duplicate-id reports the others). */
  get byId(): Map<string, FileSummary> {
    if (this.known.byId) return this.keep('byId', this.known.byId);
    const byId = new Map<string, FileSummary>();
    for (const plan of this.programme.plans) if (plan.id && !byId.has(plan.id.value)) byId.set(plan.id.value, plan);
    return this.keep('byId', byId);
  }

  get byUri(): Map<string, FileSummary> {
    return this.keep('byUri', this.known.byUri ?? new Map(this.programme.plans.map(p => [p.uri, p])));
  }

  get members(): Set<FileSummary> {
    return this.keep('members', this.known.members ?? new Set(this.programme.plans));
  }

  /** "did you mean" over the programme's plan ids */
  get planIds(): Suggester {
    return this.keep('planIds', this.known.planIds ?? suggesterFor([...this.byId.keys()]));
  }

  /** every dated go-live window, by start; `longest`: the longest one, which bounds a search by date */
  get goLives(): { sorted: GoLive[]; longest: number } {
    if (this.known.goLives) return this.keep('goLives', this.known.goLives);
    const sorted: GoLive[] = [];
    this.programme.plans.forEach((plan, planIndex) => plan.phases.forEach((phase, phaseIndex) => {
      const dates = windowOf(phase);
      if (dates) sorted.push({ plan, planIndex, phase, phaseIndex, dates });
    }));
    sorted.sort((a, b) => a.dates.start - b.dates.start);
    const longest = sorted.reduce((max, g) => Math.max(max, g.dates.end - g.dates.start), 0);
    return this.keep('goLives', { sorted, longest });
  }

  /** the go-live windows that overlap `dates`, in no particular order */
  goLivesDuring(dates: Interval): GoLive[] {
    const { sorted, longest } = this.goLives;
    // a window that overlaps starts after dates.start - longest: the first such one, by bisection
    let lo = 0;
    for (let hi = sorted.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].dates.start > dates.start - longest) hi = mid;
      else lo = mid + 1;
    }
    const found: GoLive[] = [];
    for (let i = lo; i < sorted.length && sorted[i].dates.start < dates.end; i++) {
      if (dates.start < sorted[i].dates.end) found.push(sorted[i]);
    }
    return found;
  }

  /** every dated wave with a champion, by champion, in programme order */
  get champions(): Map<string, ChampionedWave[]> {
    return this.keep('champions', this.known.champions ?? championedWaves(this.programme.plans));
  }

  /** the programme's phases by `plan/phase` (the first plan with an id, the first phase with a name) */
  get nodes(): Map<string, PhaseNode> {
    if (this.known.nodes) return this.keep('nodes', this.known.nodes);
    const nodes = new Map<string, PhaseNode>();
    for (const [planId, plan] of this.byId) for (const phase of plan.phases) {
      const name = `${planId}/${phase.id}`;
      if (!nodes.has(name)) nodes.set(name, { plan, phase, name });
    }
    return this.keep('nodes', nodes);
  }

  /** the phase an `after` item of `from` names, in its plan or another */
  target(from: PhaseNode, after: string): PhaseNode | undefined {
    return this.nodes.get(linkedPlanOf(after) === undefined ? `${from.plan.id!.value}/${after}` : after);
  }

  /** the phase graph's strongly connected components: a link is in a cycle only inside one */
  get cycles(): PhaseCycles<PhaseNode> {
    return this.keep('cycles', this.known.cycles ?? phaseCycles([...this.nodes.values()], node => node.phase.after.flatMap(a => this.target(node, a.value) ?? [])));
  }

  /** Replaces a getter by its value on this object: each is computed once. */
  private keep<T>(name: string, value: T): T {
    Object.defineProperty(this, name, { value });
    return value;
  }
}

const lookups = new WeakMap<Programme, ProgrammeLookup>();

/** `programme`'s lookup, from what is known of it already (derived from its lookup before an edit). */
export function setLookup(programme: Programme, known: KnownLookups): void {
  lookups.set(programme, new ProgrammeLookup(programme, known));
}

/** The lookup of `programme` if any was made (an edit derives the next one from it). */
export const existingLookup = (programme: Programme): ProgrammeLookup | undefined => lookups.get(programme);

export function lookupOf(programme: Programme): ProgrammeLookup {
  let lookup = lookups.get(programme);
  if (!lookup) lookups.set(programme, lookup = new ProgrammeLookup(programme));
  return lookup;
}
