// The outline (document symbols, breadcrumbs, Go to Symbol): metadata, people, criteria and
// phases, each phase with its checklist items, post-checks, risks and waves (a wave with its own
// checklist). Phases are labelled by id and title, with their type as detail.
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import type { Phase, Risk, Task, Wave } from '../../plan/model';
import { resolve, scalarText, str } from '../../plan/nodes';
import type { Loc, Segment, TopEntry } from '../../plan/parse';
import { lineStartOf, trimmedEnd } from '../../shared/text-edits';

/** Symbol kinds: a stable choice so icons mean the same thing in every plan. */
export const SYMBOL_KINDS = {
  section: SymbolKind.Namespace, // metadata, people, criteria, phases
  metadata: SymbolKind.Module,
  person: SymbolKind.Variable,
  criterion: SymbolKind.Constant,
  phase: SymbolKind.Class,
  milestone: SymbolKind.Event, // gate and go-live: a decision or a switch-over at a date
  task: SymbolKind.Field,
  risk: SymbolKind.Struct,
  wave: SymbolKind.Module,
} as const;

const MAX_LABEL = 80;
const label = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

export function documentSymbols(analysis: Analysis, doc: TextDocument): DocumentSymbol[] {
  const text = doc.getText();
  const range = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(Math.max(start, trimmedEnd(text, start, end))) });
  const locRange = (loc: Loc) => range(loc.seg.base + loc.start, loc.seg.base + loc.end);
  /** from a key to the end of its value */
  const pairRange = (seg: Segment, pair: Pair) => {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    return range(seg.base + key.range![0], seg.base + Math.max(key.range![1], value?.range?.[1] ?? 0));
  };
  /** a list item from its dash to its end */
  const itemRange = (loc: Loc) => {
    const start = loc.seg.base + loc.start;
    const lineStart = lineStartOf(text, start);
    const dash = text.lastIndexOf('-', start);
    const from = dash >= lineStart && /^-\s*$/.test(text.slice(dash, start)) ? dash : start;
    return range(from, loc.seg.base + loc.end);
  };
  const sym = (name: string, kind: SymbolKind, whole: Range, selection: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => {
    const s: DocumentSymbol = { name: label(name.trim() || '?'), kind, range: whole, selectionRange: within(selection, whole) };
    if (detail) s.detail = label(detail);
    if (children?.length) s.children = children;
    return s;
  };

  const task = (t: Task): DocumentSymbol => sym(t.task?.value ?? t.id?.value ?? '?', SYMBOL_KINDS.task, itemRange(t.loc),
    locRange(t.task?.loc ?? t.anchor), [t.id?.value, t.done ? '✓' : undefined, t.owner?.value && `@${t.owner.value}`].filter(Boolean).join(' · '));
  const risk = (r: Risk): DocumentSymbol => sym(titled(r.id?.value, r.title?.value), SYMBOL_KINDS.risk, itemRange(r.loc),
    locRange(r.id?.loc ?? r.anchor), [r.severity?.value, r.status?.value].filter(Boolean).join(' · '));
  const wave = (w: Wave): DocumentSymbol => sym(titled(w.id?.value, w.title?.value), SYMBOL_KINDS.wave, itemRange(w.loc),
    locRange(w.id?.loc ?? w.anchor), w.champion && `@${w.champion.value}`, w.checklist.map(task));
  const phase = (p: Phase): DocumentSymbol => {
    const type = p.type?.value;
    const kind = type === 'gate' || type === 'go-live' ? SYMBOL_KINDS.milestone : SYMBOL_KINDS.phase;
    const children = [...p.checklist.map(task), ...p.postChecks.map(task), ...p.risks.map(risk), ...p.waves.map(wave)];
    return sym(titled(p.id?.value, p.title?.value), kind, itemRange(p.loc), locRange(p.id?.loc ?? p.anchor), type, children);
  };

  const out: DocumentSymbol[] = [];
  for (const entry of analysis.parsed.top) {
    const whole = entryRange(entry);
    const keyRange = locRange({ seg: entry.seg, start: entry.pair.key.range![0], end: entry.pair.key.range![1] });
    if (entry.key === 'metadata') {
      const map = resolve(entry.seg, entry.pair.value);
      out.push(sym('metadata', SYMBOL_KINDS.metadata, whole, keyRange, isMap(map) ? str(entry.seg, map, 'title')?.value : undefined));
    } else if (entry.key === 'people' || entry.key === 'criteria') {
      const map = resolve(entry.seg, entry.pair.value);
      const children: DocumentSymbol[] = [];
      if (isMap(map)) {
        for (const pair of map.items) {
          const id = scalarText(pair.key as Node | null);
          if (id === undefined || !isScalar(pair.key) || !pair.key.range) continue;
          const value = resolve(entry.seg, pair.value);
          const detail = entry.key === 'people'
            ? [str(entry.seg, isMap(value) ? value : null, 'name')?.value, str(entry.seg, isMap(value) ? value : null, 'role')?.value].filter(Boolean).join(', ')
            : str(entry.seg, isMap(value) ? value : null, 'title')?.value;
          children.push(sym(id, entry.key === 'people' ? SYMBOL_KINDS.person : SYMBOL_KINDS.criterion, pairRange(entry.seg, pair),
            locRange({ seg: entry.seg, start: pair.key.range[0], end: pair.key.range[1] }), detail));
        }
      }
      out.push(sym(entry.key, SYMBOL_KINDS.section, whole, keyRange, undefined, children));
    } else if (entry.key === 'phases') {
      out.push(sym('phases', SYMBOL_KINDS.section, whole, keyRange, undefined, analysis.model.phases.map(phase)));
    }
  }
  return out;

  function entryRange(entry: TopEntry): Range {
    const start = entry.seg.base + entry.pair.key.range![0];
    if (entry.key === 'phases' && analysis.parsed.mode === 'pieces') {
      // piecewise, the phase items live in the segments that follow the `phases:` header
      const last = analysis.parsed.phases[analysis.parsed.phases.length - 1];
      if (last && last.seg !== entry.seg) return range(start, last.seg.base + last.seg.text.length);
    }
    return pairRange(entry.seg, entry.pair);
  }
}

/** A symbol's name, `id — title`, as the outline and workspace symbols show it. */
export function titled(id: string | undefined, title: string | undefined): string {
  if (id && title) return `${id} — ${title}`;
  return id ?? title ?? '?';
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** A selection range must lie within its symbol's range; clamp it when recovery left it outside. */
function within(selection: Range, whole: Range): Range {
  return before(whole.start, selection.start) && before(selection.end, whole.end) ? selection : { start: whole.start, end: whole.start };
}
