// Where the cursor is in a plan, in YAML terms: the path of the map or list it is in, whether it is
// at a key, a value or a new list item, the partial word typed so far and what the map or list
// already holds. Read from the text by indentation (line-reader.ts, block-structure.ts, and
// flow-collections.ts for `[ ]` and `{ }`), so it works in half-typed documents that do not parse.
// The parser's segments bound the walk: the cursor's segment is found by binary search and, in a
// plan parsed piece by piece, only the lines of that piece are read (a phase piece sits under
// `phases`), so the cost does not grow with the size of the plan.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedPlan } from '../../plan/parse';
import { documentKind, type DocumentKind } from '../../plan/document-kind';
import { linesFor, parseLine, wordEnd } from './line-reader';
import { blockListValues, blockMapKeys, holderAt, itemOf, listOf, mapOfKey } from './block-structure';
import { continuesFlow, flowAbove, flowContext } from './flow-collections';
import { isObjectSchema, walkSchema, type Step } from '../schema-docs';
import type { CursorContext, Word } from './contexts';

const isList = (path: Step[], kind: DocumentKind) => walkSchema(path, kind)?.node.type === 'array';

/** What the cursor at `offset` is on, or undefined where nothing can be completed (comments, free text, block scalars). */
export function cursorContext(doc: TextDocument, offset: number, parsed?: ParsedPlan): CursorContext | undefined {
  const pos = doc.positionAt(offset);
  const kind = parsed ? documentKind(parsed) : 'plan';
  const lines = linesFor(doc, parsed, offset);
  const lineStart = offset - pos.character;
  const text = lines.raw(pos.line);
  const ch = Math.min(pos.character, text.length);
  const before = text.slice(0, ch);
  if (inComment(before)) return undefined;
  const here = parseLine(before, pos.line);
  const word = (startCol: number): Word => ({ start: lineStart + startCol, end: lineStart + wordEnd(text, ch), typed: before.slice(startCol) });

  // inside a flow collection opened on a line above (`exitCriteria: [a,` then `  b, |]`)
  const opensFlow = /^[[{]/.test(here.key !== undefined ? here.value ?? '' : before.slice(here.col));
  if (!opensFlow && continuesFlow(lines, pos.line, before)) {
    const found = flowAbove(lines, pos.line, offset);
    if (found) return found.ctx;
  }

  // `key: value` with the cursor in the value
  if (here.key !== undefined && here.valueCol !== undefined) {
    const holder = mapOfKey(lines, pos.line, here.col);
    if (!holder || holder.inScalar) return undefined;
    const path = [...holder.path, here.key];
    const valueCol = Math.min(here.valueCol, ch);
    const value = before.slice(valueCol);
    if (value.startsWith('[') || value.startsWith('{')) return flowContext(text, valueCol, ch, path, lineStart);
    if (/^[|>]/.test(value)) return undefined;
    const quoted = /^["']/.test(value) ? 1 : 0;
    if (!/^[\w./-]*$/.test(value.slice(quoted))) return undefined; // free text: nothing to propose
    return { kind: 'value', path, word: word(valueCol + quoted), flow: false, needsSpace: before.endsWith(':'), listed: new Set() };
  }

  const content = before.slice(here.col);
  if (content.startsWith('[') || content.startsWith('{')) {
    // a flow collection as a list item (`- { task: … }`)
    if (here.dashes.length === 0) return undefined;
    const item = itemOf(lines, pos.line, here.dashes[here.dashes.length - 1]);
    if (!item || item.inScalar) return undefined;
    return flowContext(text, here.col, ch, item.path, lineStart);
  }
  if (!/^[\w./-]*$/.test(content)) return undefined; // free text
  const colonFollows = /^[\w.-]*[ \t]*:(\s|$)/.test(text.slice(ch));

  if (here.dashes.length > 0) {
    // `- |` or `- wo|`: a list item, either a map (at its first key) or a scalar
    const dash = here.dashes[here.dashes.length - 1];
    const list = listOf(lines, pos.line, dash);
    if (!list || list.inScalar) return undefined;
    const path = [...list.path, 0];
    const item = walkSchema(path, kind)?.node;
    if (item && !isObjectSchema(item)) {
      return { kind: 'value', path, word: word(here.col), flow: false, needsSpace: false, listed: blockListValues(lines, pos.line, dash), dashCol: dash };
    }
    const present = blockMapKeys(lines, pos.line, here.col, true);
    const restOfLine = text.slice(wordEnd(text, ch)).trim();
    return { kind: 'key', path, col: here.col, word: word(here.col), flow: false, present, newItem: present.size === 0 && restOfLine === '', colonFollows };
  }

  // an indented (possibly empty) line: a key of some map, or where a new `- ` item goes
  const col = here.indent;
  for (let i = pos.line - 1; col > 0 && i >= lines.first; i--) {
    const l = lines.get(i);
    if (l.blank || l.indent > col) continue;
    if (l.indent === col && l.dashes.length > 0) {
      const list = listOf(lines, i, col);
      if (!list || list.inScalar) return undefined;
      return { kind: 'item', path: list.path, col, word: word(col), flow: false, listed: blockListValues(lines, pos.line, col) };
    }
    if (l.col === col && l.key !== undefined) break; // a sibling key: a key of the same map
    if (l.indent < col) {
      const holder = holderAt(lines, l, col);
      if (!holder || holder.inScalar) return undefined;
      if (l.key !== undefined && l.value === '' && isList(holder.path, kind)) {
        return { kind: 'item', path: holder.path, col, word: word(col), flow: false, listed: blockListValues(lines, pos.line, col) };
      }
      break;
    }
  }
  const holder = mapOfKey(lines, pos.line, col);
  if (!holder || holder.inScalar) return undefined;
  const present = blockMapKeys(lines, pos.line, col);
  return { kind: 'key', path: holder.path, col, word: word(col), flow: false, present, newItem: false, colonFollows };
}


function inComment(before: string): boolean {
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:]/.test(before[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]))) return true;
  }
  return false;
}
