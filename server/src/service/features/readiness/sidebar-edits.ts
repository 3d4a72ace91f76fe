// Edits the sidebar asks for, as minimal text edits: tick or untick a checklist item, assign an
// owner (or a wave's champion), adding the person to `people` when the roster does not know them.
// An item shared through a YAML anchor (`*name`, `<<: *name`) is refused: the edit would change
// every place that uses it, not only the one the person chose.
// Only the value or the one entry concerned changes; comments, blank lines, quoting and flow or
// block style are kept. Each result carries the document version it was computed for.
//
// Round trip: the service remembers the last tick or untick per document (toggle-memory.ts), so
// the opposite request on the text it produced gives back the original bytes whatever the spelling.
// Without that memory, the rule here is as kind as it can be: an existing value is replaced, key,
// comment and spacing kept, a boolean in its case style (`False` → `True`); an entry that ticking
// inserts is removed again by unticking while it is still exactly as inserted, alone on its line.
import { isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { scalar } from '../starter-plan';
import type { Analysis } from '../../plan/analysis';
import { allTasks } from '../../plan/model';
import { absStart, type Loc, type Segment } from '../../plan/parse';
import { lineFinder } from './phase-states';
import type { OwnerKind } from './view';
import { sharedThrough } from '../../plan/shared-nodes';
import { lineEndAt } from '../../shared/lines';
import { appendPerson, columnOf, eolOf } from '../../shared/text-edits';

/** A person id that can be written as a plain YAML key and value (the client validates input with it too). */
export const isPersonId = (id: string) => /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(id);

export interface PlanEdit {
  /** the version of the document the edits apply to */
  version: number;
  edits: TextEdit[];
}

/** The edit would also change other places: the item is shared through the YAML anchor `&anchor`. */
export interface Refusal {
  refused: 'shared';
  anchor: string;
}

export interface OwnerTarget {
  kind: OwnerKind;
  /** 0-based line of the element (its anchor, as the readiness view gives it) */
  line: number;
}

export interface NewOwner {
  id: string;
  /** for a person that `people` does not know yet: the name to record (defaults to the id) */
  name?: string;
}

interface Target {
  seg: Segment;
  map: YAMLMap;
}

/** Where an owner goes when the element has none: after the last of these keys that is present. */
const OWNER_AFTER: Record<OwnerKind, string[]> = {
  phase: ['id', 'type', 'title'],
  task: ['task', 'id', 'area'],
  criterion: ['title', 'kind', 'metric', 'target', 'actual', 'met', 'measuredBy'],
  risk: ['id', 'title', 'severity', 'likelihood', 'mitigation', 'status'],
  wave: ['id', 'title', 'scope'],
};

/** Sets a checklist item's `done` (to `done`, or the opposite of its current state). */
export function toggleTaskEdit(doc: TextDocument, analysis: Analysis, line: number, done?: boolean): PlanEdit | Refusal | undefined {
  const lineOf = lineFinder(analysis.parsed.text);
  const task = analysis.model.phases.flatMap(allTasks).find(t => lineOf(absStart(t.anchor)) === line);
  if (!task) return undefined;
  const want = done ?? !task.done;
  const edits: TextEdit[] = [];
  if (want !== task.done) {
    const anchor = sharedThrough(task.loc.seg, task.map, 'done');
    if (anchor) return { refused: 'shared', anchor };
    const target = { seg: task.loc.seg, map: task.map };
    // unticking undoes an inserted `done: true`; ticking inserts it after the last entry
    edits.push(new Editor(doc).setEntry(target, 'done', String(want), lastPair(task.map), want ? undefined : 'done: true'));
  }
  return { version: doc.version, edits };
}

/** Sets the owner (a wave's champion) of the element on `target.line`, adding a new person to `people`. */
export function assignOwnerEdit(doc: TextDocument, analysis: Analysis, target: OwnerTarget, owner: NewOwner): PlanEdit | Refusal | undefined {
  if (!isPersonId(owner.id)) return undefined;
  const found = findTarget(analysis, target);
  if (!found) return undefined;
  const key = target.kind === 'wave' ? 'champion' : 'owner';
  const anchor = sharedThrough(found.seg, found.map, key);
  if (anchor) return { refused: 'shared', anchor };
  const editor = new Editor(doc);
  const after = OWNER_AFTER[target.kind].map(k => ownPair(found.map, k)).filter((p): p is Pair => !!p)
    .sort((a, b) => start(b.key) - start(a.key))[0] ?? found.map.items[0];
  const edits = [editor.setEntry(found, key, owner.id, after)];
  const people = analysis.model.people;
  if (people && !people.some(p => p.id.value === owner.id)) {
    const person = addPersonEdit(editor, analysis, owner);
    if (!person) return undefined; // `people` holds something that is not a map: nothing sensible to add to
    edits.push(person);
  }
  return { version: doc.version, edits };
}

function findTarget(analysis: Analysis, { kind, line }: OwnerTarget): Target | undefined {
  const lineOf = lineFinder(analysis.parsed.text);
  const at = (loc: Loc) => lineOf(absStart(loc)) === line;
  const { phases, criteria } = analysis.model;
  const pick = <T extends { map: YAMLMap | null }>(items: T[], loc: (item: T) => Loc, seg: (item: T) => Segment) => {
    const item = items.find(i => at(loc(i)));
    return item?.map ? { seg: seg(item), map: item.map } : undefined;
  };
  switch (kind) {
    case 'phase': return pick(phases, p => p.anchor, p => p.seg);
    case 'task': return pick(phases.flatMap(allTasks), t => t.anchor, t => t.loc.seg);
    case 'criterion': return pick(criteria, c => c.loc, c => c.loc.seg);
    case 'risk': return pick(phases.flatMap(p => p.risks), r => r.anchor, r => r.loc.seg);
    case 'wave': return pick(phases.flatMap(p => p.waves), w => w.anchor, w => w.loc.seg);
  }
}

/** A new entry in `people` (which exists), in the style of the entries already there. */
function addPersonEdit(editor: Editor, analysis: Analysis, owner: NewOwner): TextEdit | undefined {
  const people = analysis.parsed.top.find(e => e.key === 'people')!;
  const edit = appendPerson(editor.text, people, owner.id, scalar(owner.name?.trim() || owner.id));
  return edit && { range: editor.range(edit.start, edit.end), newText: edit.newText };
}

const start = (node: unknown) => (node as Node | null)?.range?.[0] ?? 0;
const lastPair = (map: YAMLMap) => map.items[map.items.length - 1] as Pair;

/** The map's own entry for `key` (not one inherited through a `<<` merge). */
function ownPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find(p => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** `value` written in the case style of `old` when both are YAML booleans (`False` → `True`, `FALSE` → `TRUE`). */
function inCaseOf(old: string, value: string): string {
  if (!BOOLEAN.test(old) || !BOOLEAN.test(value)) return value;
  if (old === old.toUpperCase()) return value.toUpperCase();
  return old[0] === old[0].toUpperCase() ? value[0].toUpperCase() + value.slice(1) : value;
}

/** The spellings of a boolean in YAML 1.2's core schema. */
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;

class Editor {
  readonly text: string;
  readonly eol: string;

  constructor(private readonly doc: TextDocument) {
    this.text = doc.getText();
    this.eol = eolOf(this.text);
  }

  range(from: number, to: number) {
    return { start: this.doc.positionAt(from), end: this.doc.positionAt(to) };
  }

  /** The end of the line holding `offset` (a node range that ends with its newline counts as that line). */
  lineEnd(offset: number): number {
    const text = this.text;
    if (text[offset - 1] === '\n') return text[offset - 2] === '\r' ? offset - 2 : offset - 1;
    if (text[offset - 1] === '\r') return offset - 1;
    return lineEndAt(text, offset);
  }

  column(seg: Segment, pair: Pair): number {
    const keyStart = seg.base + start(pair.key);
    return columnOf(this.text, keyStart);
  }

  private valueEnd(seg: Segment, pair: Pair): number {
    return seg.base + ((pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range?.[1] ?? 0);
  }

  /** `entry` as a new entry after `pair`: `, entry` in a flow map, a new line at the same indentation in a block map. */
  insertAfter({ seg, map }: Target, pair: Pair, entry: string): TextEdit {
    if (map.flow) {
      const at = this.valueEnd(seg, pair);
      return { range: this.range(at, at), newText: `, ${entry}` };
    }
    const at = this.lineEnd(this.valueEnd(seg, pair));
    return { range: this.range(at, at), newText: `${this.eol}${' '.repeat(this.column(seg, pair))}${entry}` };
  }

  /**
   * `key: value`: replaces the value of an existing entry, or inserts the entry after `after`.
   * When the existing entry is the map's last one and reads exactly as `undoInsertionOf` inserted
   * by `insertAfter`, it is removed instead: that undoes the insertion byte for byte.
   */
  setEntry(target: Target, key: string, value: string, after: Pair, undoInsertionOf?: string): TextEdit {
    const { seg, map } = target;
    const existing = ownPair(map, key);
    if (!existing) return this.insertAfter(target, after, `${key}: ${value}`);
    const items = map.items;
    if (undoInsertionOf && existing === items[items.length - 1] && items.length > 1) {
      const inserted = this.insertAfter(target, items[items.length - 2] as Pair, undoInsertionOf);
      const from = this.doc.offsetAt(inserted.range.start);
      const to = from + inserted.newText.length;
      // (a comment after it shows the entry was written by hand: it stays, and so does its line)
      const alone = map.flow || lineEndAt(this.text, to) === to;
      if (this.text.slice(from, to) === inserted.newText && to === this.valueEnd(seg, existing) && alone) {
        return { range: this.range(from, to), newText: '' };
      }
    }
    const node = existing.value as Node | null;
    const from = node?.range ? seg.base + node.range[0] : this.valueEnd(seg, existing);
    const to = node?.range ? seg.base + node.range[1] : from;
    if (from === to) {
      // `key:` with no value yet
      const colon = this.text.indexOf(':', seg.base + ((existing.key as Node).range?.[1] ?? 0));
      return { range: this.range(colon + 1, colon + 1), newText: ` ${value}` };
    }
    return { range: this.range(from, to), newText: inCaseOf(this.text.slice(from, to), value) };
  }
}
