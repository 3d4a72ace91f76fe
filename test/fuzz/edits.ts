// Random edits of a plan as a user (or a bad paste) makes them: characters and YAML-meaningful
// snippets inserted, deleted or replaced, at any offset or at a line's indentation.
import { below, pick, type Random } from './prng';

/** Replace `remove` characters at `at` with `insert`. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const applyEdit = (text: string, edit: Edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);

/** What changes the structure of YAML, and what a plan's author types. */
export const SNIPPETS: readonly string[] = [
  '- ', ': ', ':', '-', ' ', '  ', '    ', '\t', '\n', '\r\n', '\r', '#', ' # note', '"', "'", '[', ']', '{', '}', ', ',
  '&a ', '*a', '<<: *a', '? ', '|', '>-', '!', '!!str ', '---\n', '...\n', '%YAML 1.2\n', '\\', '@', '`',
  'x', 'id: p9', 'owner: marie', 'type: gate', 'after: [', 'done: true', '2027-02-30', 'pilot', 'phases:\n',
  '\n  - id: extra\n    type: gate\n', '\n    tasks:\n      - id: t9\n', '\nnotes:\n  - id: n1\n    type: gate\n',
  'phases: [{ id: f1, type: gate }]\n', '\n  - { id: f2, type: pilot, owner: marie }\n', '\n  - [a, b]\n', 'é', '😀', '\u00a0', '\u2028', '\ufeff',
];

/** Whole lines, inserted at the indentation of the line they go before: edits that often keep the YAML valid. */
export const LINES: readonly string[] = [
  'notes:', 'extra:', 'notes:\n  - id: n1\n    type: gate', 'phases:\n  - id: g9\n    type: gate', '- id: g8\n  type: gate\n  after: [g9]', '- id: x9', '- [a, b]', '- { id: f2, type: gate }', 'owner: marie', 'phases: [{ id: f1, type: gate }]',
  'phases: []', 'key: [a, b]', 'key: { a: 1 }', 'description: |', '? complex', ': value', '# comment', '', 'id: p9', 'type: gate',
];

/** Start of every line (offsets), for edits of the indentation. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function randomEdit(text: string, next: Random): Edit {
  const roll = next();
  const atLineStart = next() < 0.3;
  const at = atLineStart ? pick(next, lineStarts(text)) : below(next, text.length + 1);
  const room = text.length - at;
  if (atLineStart && roll < 0.2) {
    const indentation = /^ */.exec(text.slice(at))![0];
    return { at, remove: 0, insert: `${pick(next, LINES).replace(/^/gm, indentation)}\n` };
  }
  if (roll < 0.45) return { at, remove: 0, insert: pick(next, SNIPPETS) };
  if (roll < 0.6) return { at, remove: Math.min(room, 1 + below(next, 3)), insert: '' };
  if (roll < 0.7) return { at, remove: Math.min(room, 1 + below(next, 40)), insert: '' };
  if (roll < 0.85) return { at, remove: Math.min(room, 1 + below(next, 8)), insert: pick(next, SNIPPETS) };
  if (roll < 0.93) {
    // a copy of a nearby stretch of the text, as a duplicated line or a paste would make
    const from = below(next, text.length + 1);
    return { at, remove: 0, insert: text.slice(from, from + below(next, 80)) };
  }
  // one character, printable or not
  return { at, remove: 0, insert: String.fromCharCode(below(next, 0x80)) };
}
