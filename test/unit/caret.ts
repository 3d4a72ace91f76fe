// Cursor markers for editor-feature tests: `|` marks the cursor in a plan text.
import type { Position } from 'vscode-languageserver-types';
import { docOf } from './helpers';

export function caret(marked: string, marker = '|') {
  const offset = marked.indexOf(marker);
  if (offset < 0 || marked.indexOf(marker, offset + 1) >= 0) throw new Error(`the text needs exactly one ${marker}`);
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  const doc = docOf(text);
  const position: Position = doc.positionAt(offset);
  return { text, doc, offset, position };
}
