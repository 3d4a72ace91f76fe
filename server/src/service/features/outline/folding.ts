// Folding ranges for the plan structure: every entry or list item whose value spans several lines
// (top-level sections, phases, checklist items, risks, waves, multi-line text), the whole phase
// list, and runs of comment lines. Walks each segment's nodes without recursion, so a deeply
// nested document cannot overflow the stack.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import { lineEndAt, nextLineStart } from '../../shared/lines';
import { lineStartOf, trimmedEnd } from '../../shared/text-edits';

const MAX_DEPTH = 64;

export function foldingRanges(analysis: Analysis, doc: TextDocument, limit = 20_000): FoldingRange[] {
  const text = doc.getText();
  const out: FoldingRange[] = [];
  const seen = new Set<number>();
  const fold = (start: number, end: number, kind?: FoldingRangeKind) => {
    const startLine = doc.positionAt(start).line;
    const endLine = doc.positionAt(Math.max(start, trimmedEnd(text, start, end) - 1)).line;
    if (endLine <= startLine || seen.has(startLine)) return;
    seen.add(startLine);
    out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  const { parsed } = analysis;
  for (const seg of parsed.segments) {
    const stack: [unknown, number][] = [[seg.doc.contents, 0]];
    while (stack.length && out.length < limit) {
      const [node, depth] = stack.pop()!;
      if (depth > MAX_DEPTH) continue;
      if (isMap(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], depth + 1]);
      } else if (isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) {
          const item = node.items[i] as Node | null;
          if (item?.range && !isScalar(item)) {
            // a list item folds from its dash
            const start = seg.base + item.range[0];
            const dash = text.lastIndexOf('-', start);
            const lineStart = lineStartOf(text, start);
            fold(dash >= lineStart ? dash : start, seg.base + item.range[1]);
          }
          stack.push([item, depth + 1]);
        }
      } else if (isPair(node)) {
        const key = node.key as Node | null;
        const value = node.value as Node | null;
        if (key?.range && value?.range) fold(seg.base + key.range[0], seg.base + value.range[1]);
        stack.push([value, depth + 1]);
      }
    }
  }
  // piecewise, the `phases:` header and its items are in different segments
  const phasesEntry = parsed.top.find(e => e.key === 'phases');
  const last = parsed.phases[parsed.phases.length - 1];
  if (phasesEntry && last && last.seg !== phasesEntry.seg) {
    fold(phasesEntry.seg.base + (phasesEntry.pair.key.range?.[0] ?? 0), last.seg.base + last.seg.text.length);
  }
  comments(text, out, seen);
  return out.sort((a, b) => a.startLine - b.startLine);
}

/** Runs of two or more full-line comments. */
function comments(text: string, out: FoldingRange[], seen: Set<number>) {
  if (!text.includes('#')) return;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0 && runEnd > runStart && !seen.has(runStart)) out.push({ startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment });
    runStart = -1;
  };
  let line = 0;
  for (let pos = 0; pos >= 0; line++) {
    const end = lineEndAt(text, pos);
    if (/^[ \t]*#/.test(text.slice(pos, Math.min(end, pos + 200)))) {
      if (runStart < 0) runStart = line;
      runEnd = line;
    } else flush();
    pos = nextLineStart(text, end);
  }
  flush();
}
