// "Set the owner to `x` (Name)": a phase, task, risk or criterion without an owner, or a wave without
// a champion, gets one action per person of the roster (or per name the plan already uses when it
// has no roster), the entry inserted after the item's `id` or `task`.
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { CodeAction } from 'vscode-languageserver-types';
import type { Criterion, Risk, Task, Wave } from '../../plan/model';
import type { Segment } from '../../plan/parse';
import { pairOf, resolve } from '../../plan/nodes';
import { SLUG } from '../../plan/id-index';
import { columnOf, entryEnd, insertEntry, type OffsetEdit } from '../../shared/text-edits';
import type { FixDataOf } from '../../checks/check';
import { indentOf, phaseAt, quickFix, type FixContext, type FixProvider } from './fix-context';

/** At most this many "one per person" actions, so a large roster does not flood the light bulb. */
const MAX_PEOPLE_ACTIONS = 30;

type Kind = 'add-owner' | 'add-champion';
type Key = 'owner' | 'champion';

export const addOwner: FixProvider<FixDataOf<'add-owner'>> = ctx => assignPerson(ctx, 'owner');
export const addChampion: FixProvider<FixDataOf<'add-champion'>> = ctx => assignPerson(ctx, 'champion');

function assignPerson(ctx: FixContext<FixDataOf<Kind>>, key: Key): CodeAction[] {
  const { model, index } = ctx.analysis;
  const candidates: { id: string; name?: string }[] = model.people
    ? model.people.map(p => ({ id: p.id.value, name: p.name?.value }))
    : [...new Set(index.references.filter(r => r.kind === 'person').map(r => r.name.value))].map(id => ({ id }));
  const seen = new Set<string>();
  const item = itemOf(ctx);
  const out: CodeAction[] = [];
  for (const person of candidates) {
    if (seen.has(person.id) || !SLUG.test(person.id)) continue;
    seen.add(person.id);
    if (out.length >= MAX_PEOPLE_ACTIONS) break;
    const edit = item ? insertEntry(ctx.text, item.seg, item.map, key, person.id, item.after) : ownerForEmptyCriterion(ctx, key, person.id);
    const who = person.name ? ` (${person.name})` : '';
    out.push(...quickFix(ctx, ctx.t(key === 'owner' ? 'fix.addOwner' : 'fix.addChampion', { id: person.id, who }), [edit]));
  }
  return out;
}

interface Item {
  seg: Segment;
  map: YAMLMap;
  /** the entry the new one goes after */
  after?: Pair;
}

/** The phase, task, risk, wave or criterion a missing-owner finding is about. */
function itemOf(ctx: FixContext<FixDataOf<Kind>>): Item | undefined {
  const { model } = ctx.analysis;
  const kind = ctx.data.kind;
  const at = (loc: { seg: Segment; start: number }) => loc.seg.base + loc.start === ctx.start;
  if (kind === 'criterion') {
    const c = model.criteria.find(x => at(x.loc));
    return c ? criterionItem(c) : undefined;
  }
  const phase = phaseAt(model, ctx.start);
  if (!phase) return undefined;
  const seg = phase.seg;
  const item = (map: YAMLMap, key: string): Item => ({ seg, map, after: pairOf(seg, map, key) ?? map.items[0] });
  if (kind === 'phase') return at(phase.anchor) ? item(phase.map, 'id') : undefined;
  const tasks: Task[] = [...phase.checklist, ...phase.postChecks, ...phase.waves.flatMap(w => w.checklist)];
  if (kind === 'task') {
    const task = tasks.find(x => at(x.anchor));
    return task ? item(task.map, 'task') : undefined;
  }
  if (kind === 'risk') {
    const risk = phase.risks.find((x: Risk) => at(x.anchor));
    return risk ? item(risk.map, 'id') : undefined;
  }
  if (kind === 'wave') {
    const wave = phase.waves.find((x: Wave) => at(x.anchor));
    return wave ? item(wave.map, 'id') : undefined;
  }
  return undefined;
}

function criterionItem(c: Criterion): Item | undefined {
  if (!c.map) return undefined;
  const seg = c.id.loc.seg;
  return { seg, map: c.map };
}

/** Where an owner goes when a criterion has no value at all (`taux:` alone): under its key. */
function ownerForEmptyCriterion(ctx: FixContext, key: Key, person: string): OffsetEdit | undefined {
  const c = ctx.analysis.model.criteria.find(x => x.loc.seg.base + x.loc.start === ctx.start);
  if (!c || c.map) return undefined;
  const entry = ctx.analysis.parsed.top.find(e => e.key === 'criteria');
  const map = entry && resolve(entry.seg, entry.pair.value);
  if (!entry || !isMap(map) || map.flow) return undefined;
  const pair = map.items.find(p => (p.key as Node | null)?.range?.[0] === c.loc.start);
  if (!pair || (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null))) return undefined;
  const end = entryEnd(ctx.text, entry.seg, pair);
  const column = columnOf(ctx.text, ctx.start);
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: end, end, newText: `${eol}${' '.repeat(column + indentOf(ctx.text))}${key}: ${person}` };
}
