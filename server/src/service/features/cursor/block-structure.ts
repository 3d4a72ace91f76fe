// The YAML path of a place in block structure, found by indentation: the map that holds a key, the
// list that holds a `- ` item, and what that map or list already holds around the cursor's line.
import { nextLineStart, lineEndAt } from '../../shared/lines';
import { isBlockScalar, parseLine, stripComment, type Line, type Lines } from './line-reader';
import type { Step } from '../schema-docs';

export interface Found {
  path: Step[];
  /** the value is a block scalar (`|`, `>-`): nothing to complete inside */
  inScalar?: boolean;
}

/** Path of the map that holds a key at column `col` on line `no` (the key itself excluded). */
export function mapOfKey(lines: Lines, no: number, col: number): Found | undefined {
  if (col === 0) return { path: [] };
  const here = lines.get(no);
  if (here.dashes.length > 0 && here.col === col) return itemOf(lines, no, here.dashes[here.dashes.length - 1]);
  for (let i = no - 1; i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank) continue;
    if (l.col === col && l.key !== undefined) {
      if (l.dashes.length > 0) return itemOf(lines, i, l.dashes[l.dashes.length - 1]);
      continue; // a sibling key
    }
    if (l.indent >= col) continue;
    return holderAt(lines, l, col);
  }
  // in a phase piece, above the first line is `phases:`; the piece's first line is the item's `- `
  return lines.underPhases && col > lines.get(lines.first).indent ? { path: ['phases', 0] } : undefined;
}

/** Path of the map (the list item) whose `- ` is at column `dash` on line `no`. */
export function itemOf(lines: Lines, no: number, dash: number): Found | undefined {
  const list = listOf(lines, no, dash);
  return list && { ...list, path: [...list.path, 0] };
}

/** Path of the list holding an item whose `-` is at column `dash` on line `no`. */
export function listOf(lines: Lines, no: number, dash: number): Found | undefined {
  const here = lines.get(no);
  const at = here.dashes.indexOf(dash);
  if (at > 0) return itemOf(lines, no, here.dashes[at - 1]);
  for (let i = no - 1; i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank) continue;
    if (l.indent > dash) continue;
    if (l.indent === dash) {
      if (l.dashes.length > 0) continue; // a sibling item
      if (l.key !== undefined) return keyValue(lines, l); // `key:` with its list at the same indentation
      return undefined;
    }
    return holderAt(lines, l, dash + 1);
  }
  return lines.underPhases ? { path: ['phases'] } : undefined;
}

/** The node that line `l` (indented less than `col`) opens for content at column `col`. */
export function holderAt(lines: Lines, l: Line, col: number): Found | undefined {
  if (l.key !== undefined && l.col < col) return keyValue(lines, l);
  if (l.dashes.length > 0 && l.key === undefined && l.dashes[l.dashes.length - 1] < col && l.col >= l.text.length) {
    return itemOf(lines, l.no, l.dashes[l.dashes.length - 1]);
  }
  return undefined;
}

/** Path of the value of the key on line `l`. */
export function keyValue(lines: Lines, l: Line): Found | undefined {
  const map = mapOfKey(lines, l.no, l.col);
  if (!map) return undefined;
  return { path: [...map.path, l.key!], inScalar: map.inScalar || isBlockScalar(l.value) };
}

/**
 * Keys of the block map whose keys are at column `col`, around line `no` (excluded), with the plain
 * text of their values. `startsHere`: the map is a list item opened on line `no` (nothing above it).
 */
export function blockMapKeys(lines: Lines, no: number, col: number, startsHere = false): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (l: Line) => { if (!keys.has(l.key!)) keys.set(l.key!, l.value ?? ''); };
  if (col === 0) {
    // top-level keys: a quick look at column 0 of every line of the document
    const text = lines.text;
    for (let n = 0, pos = 0; pos >= 0; n++) {
      const end = lineEndAt(text, pos);
      const c = text.charCodeAt(pos);
      if (n !== no && c !== 32 && c !== 35 && c !== 10 && c !== 13 && c === c) {
        const l = parseLine(text.slice(pos, end), n);
        if (l.key !== undefined && l.dashes.length === 0) add(l);
      }
      pos = nextLineStart(text, end);
    }
    return keys;
  }
  for (let i = no - 1; !startsHere && i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank || l.indent > col) continue;
    if (l.col === col && l.key !== undefined) {
      add(l);
      if (l.dashes.length > 0) break;
      continue;
    }
    if (l.indent === col && l.dashes.length > 0) continue;
    break;
  }
  for (let i = no + 1; i <= lines.last; i++) {
    const l = lines.get(i);
    if (l.blank || l.indent > col) continue;
    if (l.indent === col && l.dashes.length > 0) continue;
    if (l.col === col && l.dashes.length === 0 && l.key !== undefined) {
      add(l);
      continue;
    }
    break;
  }
  return keys;
}

/** Plain values of the block list whose dashes are at column `dash`, around line `no` (excluded). */
export function blockListValues(lines: Lines, no: number, dash: number): Set<string> {
  const values = new Set<string>();
  const take = (l: Line) => {
    if (l.dashes[0] !== dash || l.dashes.length !== 1 || l.key !== undefined) return;
    const v = stripComment(l.text.slice(l.col)).trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
    if (v) values.add(v);
  };
  for (let i = no - 1; i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank || l.indent > dash) continue;
    if (l.indent < dash) break;
    if (l.dashes.length === 0) break;
    take(l);
  }
  for (let i = no + 1; i <= lines.last; i++) {
    const l = lines.get(i);
    if (l.blank || l.indent > dash) continue;
    if (l.indent < dash || l.dashes.length === 0) break;
    take(l);
  }
  return values;
}
