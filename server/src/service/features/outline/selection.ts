// Selection ranges (expand / shrink selection) along the plan structure: the word or value, its
// `key: value` entry, the map holding it, the list item with its dash, the list, its entry… up to
// the phase, the phase list and the whole document. Reads only the segment holding the cursor.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import { segmentAt } from '../../plan/parse';
import { lineStartOf, trimmedEnd } from '../../shared/text-edits';

const MAX_DEPTH = 64;

type Span = [number, number];

/** Spans around `offset`, outermost first. */
export function spansAt(analysis: Analysis, text: string, offset: number): Span[] {
  const { parsed } = analysis;
  const spans: Span[] = [[0, text.length]];
  const seg = segmentAt(parsed, offset);
  if (!seg) return spans;
  const base = seg.base;
  const rel = offset - base;
  const phasesEntry = parsed.top.find(e => e.key === 'phases');
  const last = parsed.phases[parsed.phases.length - 1];
  if (phasesEntry && last && phasesEntry.seg !== seg && parsed.phases.some(p => p.seg === seg)) {
    spans.push([phasesEntry.seg.base + (phasesEntry.pair.key.range?.[0] ?? 0), last.seg.base + last.seg.text.length]);
  }
  const span = (node: Node): Span => [base + node.range![0], base + node.range![1]];
  let node = seg.doc.contents as Node | null;
  for (let depth = 0; node?.range && depth < MAX_DEPTH; depth++) {
    if (isMap(node)) {
      spans.push(span(node));
      const pair = node.items.find(p => {
        const key = p.key as Node | null;
        const value = p.value as Node | null;
        return key?.range && key.range[0] <= rel && rel <= Math.max(key.range[1], value?.range?.[1] ?? 0);
      });
      if (!pair) break;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      spans.push([base + key.range![0], base + Math.max(key.range![1], value?.range?.[1] ?? 0)]);
      if (rel <= key.range![1] || !value?.range) {
        spans.push(span(key));
        break;
      }
      node = value;
    } else if (isSeq(node)) {
      spans.push(span(node));
      const item = node.items.find(i => {
        const r = (i as Node | null)?.range;
        return r && r[0] <= rel + 2 && rel <= r[1];
      }) as Node | undefined;
      if (!item?.range) break;
      const start = base + item.range[0];
      const lineStart = lineStartOf(text, start);
      const dash = text.lastIndexOf('-', start);
      if (dash >= lineStart && dash < start && /^-\s*$/.test(text.slice(dash, start))) spans.push([dash, base + item.range[1]]);
      if (item.range[0] > rel) break; // on the dash itself
      node = item;
    } else {
      spans.push(span(node));
      if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) spans.push([base + node.range[0] + 1, base + node.range[1] - 1]);
      break;
    }
  }
  // trim trailing blanks, then keep each span only if it lies inside the previous one and differs from it
  const kept: Span[] = [];
  for (const [s, e] of spans) {
    // the document is the whole text; inner spans end at their last non-blank character
    const end = kept.length === 0 ? e : Math.max(s, trimmedEnd(text, s, e));
    const outer = kept[kept.length - 1];
    if (outer && (s < outer[0] || end > outer[1] || (s === outer[0] && end === outer[1]))) continue;
    if (s > offset || end < offset) continue;
    kept.push([s, end]);
  }
  return kept;
}

export function selectionRanges(analysis: Analysis, doc: TextDocument, positions: Position[]): SelectionRange[] {
  const text = doc.getText();
  return positions.map(position => {
    const offset = doc.offsetAt(position);
    let range: SelectionRange | undefined;
    for (const [s, e] of spansAt(analysis, text, offset)) {
      range = { range: { start: doc.positionAt(s), end: doc.positionAt(e) }, ...(range ? { parent: range } : {}) };
    }
    return range ?? { range: { start: position, end: position } };
  });
}
