// The timeline of a plan: one model for every renderer (the webview's Gantt chart, the Markdown
// report's Mermaid `gantt` block, the SVG export), so they cannot disagree. Pure data, JSON-safe
// (sent to the webview as is). Built by timeline.ts from the same analysis as the readiness view.

/** What a bar's or milestone's state is, as docs/readiness.md defines it; `late`: its end has passed and it is not done. */
export type TimelineState = 'done' | 'in-progress' | 'not-started' | 'late' | 'blocked';

/** A gate's verdict as the timeline shows it: decided (go / no-go) wins over ready / not ready. */
export type GateVerdict = 'ready' | 'not-ready' | 'go' | 'no-go';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * Where the dates of an item come from: written in the plan, or inferred (docs/readiness.md):
 * `after`: it starts when its dependencies end; `contents`: from its waves' dates or its checklist's due dates.
 */
export type DateSource = 'plan' | 'decidedOn' | 'after' | 'window' | 'contents';

/** The findings that sit on an item (within its range in the text): how many, and the worst. */
export interface FindingsOnItem {
  count: number;
  worst?: Severity;
}

interface TimelineItemBase {
  /** unique in the model: `phase:<id or #index>` or `wave:<phase key>/<wave id or #index>` */
  key: string;
  /** the plan's id of the item (phase id, wave id), when it has one */
  id?: string;
  title: string;
  /** 0-based line of the item in the YAML (a click reveals it) */
  line: number;
  state: TimelineState;
  /** the state in words, in the service's locale */
  stateLabel: string;
  findings: FindingsOnItem;
  /** owner (phase) or champion (wave): person id, and the person's name when the roster has one */
  owner?: { id: string; name?: string };
  /** a programme's timeline: the key of the item's lane (its plan) */
  lane?: string;
}

/** A row with a duration: a phase other than a gate or go-live, or a wave. */
export interface TimelineBar extends TimelineItemBase {
  kind: 'bar';
  /** ISO dates (YYYY-MM-DD), start <= end unless `outOfOrder` */
  start: string;
  end: string;
  /** true when the plan's end is before its start: drawn from end to start, and flagged */
  outOfOrder?: boolean;
  dateSource: DateSource;
  /** done / total over the checklist (as the readiness view counts it) */
  progress: { done: number; total: number };
  /** the phase type (`pilot`, `scale-up`…), its label; for a wave: `wave` */
  type: string;
  typeLabel: string;
  /** a wave: the key of its phase's row, and its scope (departments or sites) */
  parent?: string;
  scope?: string[];
}

/** A point in time: a gate (at decidedOn) or a go-live (its window, which may span hours). */
export interface TimelineMilestone extends TimelineItemBase {
  kind: 'milestone';
  type: 'gate' | 'go-live';
  typeLabel: string;
  /** ISO date or date-time; for a go-live its window's start and end */
  at: string;
  until?: string;
  /** true when a go-live's window ends before it starts: kept as written, and flagged */
  outOfOrder?: boolean;
  dateSource: DateSource;
  /** done / total over its checklist and post-checks */
  progress?: { done: number; total: number };
  /** a gate: its verdict, in words too, and the reasons when not ready (as the readiness view gives them) */
  verdict?: GateVerdict;
  verdictLabel?: string;
  reasons?: string[];
}

export type TimelineItem = TimelineBar | TimelineMilestone;

/** A dependency drawn as an arrow: `from` must end before `to` starts (`after` in the plan); both are keys of `items`. */
export interface TimelineLink {
  from: string;
  to: string;
  /** a programme's timeline: an `after: [plan/phase]` link, from a row of another lane */
  crossPlan?: boolean;
}

/** A programme's timeline: one lane per plan, in the programme's order. */
export interface TimelineLane {
  /** unique among the lanes: the plan's id, else its position (`#2`) */
  key: string;
  /** the plan's file: a click on one of its rows opens it at the row's line */
  uri: string;
  /** metadata.id */
  planId?: string;
  title: string;
  /** the plan the timeline was asked for: its rows are its own timeline's (states, findings, verdicts) */
  current?: boolean;
}

/** A programme's freeze (no go-live in it), shaded across the whole chart. */
export interface TimelineFreeze {
  id?: string;
  title: string;
  /** ISO dates or date-times, as the programme file writes them */
  start: string;
  end: string;
  /** the plan ids it applies to; undefined: every plan */
  plans?: string[];
  /** where it is written */
  uri: string;
  line: number;
}

export interface Timeline {
  uri: string;
  title: string;
  /** BCP 47 tag of the plan's language (metadata.language), else the service's locale: month names follow it */
  language: string;
  /** today (YYYY-MM-DD), as the service was told */
  today: string;
  /** the rows in plan order: each phase, then its waves under it */
  items: TimelineItem[];
  links: TimelineLink[];
  /** phases and waves with no date the plan gives or implies: listed apart, never dropped (`lane`: a programme's) */
  unscheduled: { key: string; id?: string; title: string; line: number; reason: string; lane?: string }[];
  /** the earliest and latest dates of the items, and of a programme's freezes (undefined when nothing is scheduled) */
  range?: { start: string; end: string };
  /** a programme's timeline (programme-timeline.ts): `items` and `unscheduled` lane by lane */
  lanes?: TimelineLane[];
  freezes?: TimelineFreeze[];
}
