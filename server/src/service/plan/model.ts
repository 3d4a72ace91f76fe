// The plan as the checks and editor features see it: ids, references and values with their
// locations. Each phase is extracted from its own segment and memoised there, so an edit only
// re-extracts the phase it touched.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { nodeLoc, placedValue, type Loc, type ParsedPlan, type Segment } from './parse';
import { asMap, bool, entryLoc, mapItems, pairOf, resolve, scalarText, str, strList, type Str } from './nodes';

export type { Str };

export interface Task {
  task?: Str;
  id?: Str;
  owner?: Str;
  due?: Str;
  area?: Str;
  done: boolean;
  doneLoc?: Loc;
  /** the `task` entry (or the item's first entry): where item-level problems are shown */
  anchor: Loc;
  loc: Loc;
  map: YAMLMap;
}

export interface Risk {
  id?: Str;
  title?: Str;
  severity?: Str;
  likelihood?: Str;
  mitigation?: Str;
  status?: Str;
  owner?: Str;
  anchor: Loc;
  loc: Loc;
  map: YAMLMap;
}

export interface Wave {
  id?: Str;
  title?: Str;
  /** the departments or sites the wave covers */
  scope: Str[];
  champion?: Str;
  start?: Str;
  end?: Str;
  exitCriteria: Str[];
  checklist: Task[];
  anchor: Loc;
  loc: Loc;
  map: YAMLMap;
}

export interface Phase {
  id?: Str;
  type?: Str;
  title?: Str;
  owner?: Str;
  start?: Str;
  end?: Str;
  after: Str[];
  exitCriteria: Str[];
  criteria: Str[];
  approvers: Str[];
  decision?: Str;
  decidedOn?: Str;
  rollback?: Str;
  window?: { start?: Str; end?: Str };
  checklist: Task[];
  postChecks: Task[];
  risks: Risk[];
  waves: Wave[];
  anchor: Loc;
  loc: Loc;
  map: YAMLMap;
  seg: Segment;
}

export interface Criterion {
  id: Str;
  title?: Str;
  kind: 'quantitative' | 'qualitative';
  metric?: Str;
  target?: Str;
  actual?: Str;
  met?: boolean;
  owner?: Str;
  loc: Loc;
  map: YAMLMap | null;
}

export interface Person {
  id: Str;
  name?: Str;
  role?: Str;
  team?: Str;
  loc: Loc;
}

export interface PlanModel {
  metadata: { id?: Str; title?: Str; owner?: Str; sponsor?: Str; language?: Str };
  /** undefined when the plan has no `people` roster (person references are then not checked) */
  people?: Person[];
  criteria: Criterion[];
  phases: Phase[];
  /** where each top-level key is, for insertions and "missing key" problems */
  topKeys: Map<string, Loc>;
}

export function buildModel(parsed: ParsedPlan): PlanModel {
  const model: PlanModel = { metadata: {}, criteria: [], phases: [], topKeys: new Map() };
  for (const entry of parsed.top) {
    const { seg, pair, key } = entry;
    model.topKeys.set(key, nodeLoc(seg, pair.key));
    const value = asMap(seg, pair.value);
    if (key === 'metadata') {
      model.metadata = {
        id: str(seg, value, 'id'), title: str(seg, value, 'title'), owner: str(seg, value, 'owner'),
        sponsor: str(seg, value, 'sponsor'), language: str(seg, value, 'language'),
      };
    } else if (key === 'people') {
      model.people = value ? seg.remember(`people@${value.range?.[0]}`, () => keyedEntries(seg, value).map(([id, v]) => person(seg, id, v))) : [];
    } else if (key === 'criteria' && value) {
      model.criteria = seg.remember(`criteria@${value.range?.[0]}`, () => keyedEntries(seg, value).map(([id, v]) => criterion(seg, id, v)));
    }
  }
  for (const item of parsed.phases) {
    const map = asMap(item.seg, item.node);
    if (!map) continue;
    // a segment holds one phase in piece mode: its extraction is remembered there
    model.phases.push(item.seg.remember(`phase@${map.range?.[0]}`, () => extractPhase(item.seg, map)));
  }
  return model;
}

function keyedEntries(seg: Segment, map: YAMLMap): [Str, Node | null][] {
  const out: [Str, Node | null][] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const id = scalarText(pair.key);
    if (id === undefined) continue; // a `<<` merge key
    out.push([placedValue(seg, pair.key, id), resolve(seg, pair.value)]);
  }
  return out;
}

function person(seg: Segment, id: Str, node: Node | null): Person {
  const map = isMap(node) ? node : null;
  return { id, name: str(seg, map, 'name'), role: str(seg, map, 'role'), team: str(seg, map, 'team'), loc: id.loc };
}

function criterion(seg: Segment, id: Str, node: Node | null): Criterion {
  const map = isMap(node) ? node : null;
  return {
    id,
    title: str(seg, map, 'title'),
    kind: str(seg, map, 'kind')?.value === 'qualitative' ? 'qualitative' : 'quantitative',
    metric: str(seg, map, 'metric'),
    target: str(seg, map, 'target'),
    actual: str(seg, map, 'actual'),
    met: bool(seg, map, 'met'),
    owner: str(seg, map, 'owner'),
    loc: id.loc,
    map,
  };
}

/** Where problems about a whole map item are shown: its `key` entry, or its first entry. */
function anchorOf(seg: Segment, map: YAMLMap, key: string): Loc {
  const pair = pairOf(seg, map, key) ?? map.items[0];
  return (pair && entryLoc(seg, pair)) ?? nodeLoc(seg, map);
}

function task(seg: Segment, map: YAMLMap): Task {
  const donePair = pairOf(seg, map, 'done');
  return {
    task: str(seg, map, 'task'), id: str(seg, map, 'id'), owner: str(seg, map, 'owner'),
    due: str(seg, map, 'due'), area: str(seg, map, 'area'),
    done: bool(seg, map, 'done') === true,
    doneLoc: donePair && isScalar(donePair.value) ? nodeLoc(seg, donePair.value) : undefined,
    anchor: anchorOf(seg, map, 'task'), loc: nodeLoc(seg, map), map,
  };
}

function risk(seg: Segment, map: YAMLMap): Risk {
  return {
    id: str(seg, map, 'id'), title: str(seg, map, 'title'), severity: str(seg, map, 'severity'),
    likelihood: str(seg, map, 'likelihood'), mitigation: str(seg, map, 'mitigation'),
    status: str(seg, map, 'status'), owner: str(seg, map, 'owner'),
    anchor: anchorOf(seg, map, 'id'), loc: nodeLoc(seg, map), map,
  };
}

function wave(seg: Segment, map: YAMLMap): Wave {
  return {
    id: str(seg, map, 'id'), title: str(seg, map, 'title'), scope: strList(seg, map, 'scope'), champion: str(seg, map, 'champion'),
    start: str(seg, map, 'start'), end: str(seg, map, 'end'),
    exitCriteria: strList(seg, map, 'exitCriteria'),
    checklist: mapItems(seg, map, 'checklist').map(m => task(seg, m)),
    anchor: anchorOf(seg, map, 'id'), loc: nodeLoc(seg, map), map,
  };
}

function extractPhase(seg: Segment, map: YAMLMap): Phase {
  const windowMap = asMap(seg, pairOf(seg, map, 'window')?.value);
  return {
    id: str(seg, map, 'id'), type: str(seg, map, 'type'), title: str(seg, map, 'title'),
    owner: str(seg, map, 'owner'), start: str(seg, map, 'start'), end: str(seg, map, 'end'),
    after: strList(seg, map, 'after'),
    exitCriteria: strList(seg, map, 'exitCriteria'),
    criteria: strList(seg, map, 'criteria'),
    approvers: strList(seg, map, 'approvers'),
    decision: str(seg, map, 'decision'),
    decidedOn: str(seg, map, 'decidedOn'),
    rollback: str(seg, map, 'rollback'),
    window: windowMap ? { start: str(seg, windowMap, 'start'), end: str(seg, windowMap, 'end') } : undefined,
    checklist: mapItems(seg, map, 'checklist').map(m => task(seg, m)),
    postChecks: mapItems(seg, map, 'postChecks').map(m => task(seg, m)),
    risks: mapItems(seg, map, 'risks').map(m => risk(seg, m)),
    waves: mapItems(seg, map, 'waves').map(m => wave(seg, m)),
    anchor: anchorOf(seg, map, 'id'), loc: nodeLoc(seg, map), map, seg,
  };
}

/** Every checklist item of a phase: its checklist, post-checks and its waves' checklists. */
export function allTasks(phase: Phase): Task[] {
  return [...phase.checklist, ...phase.postChecks, ...phase.waves.flatMap(w => w.checklist)];
}
