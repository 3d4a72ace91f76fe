// What the cursor can be on, as completion and hover read it: a key of a map, a scalar value, or
// the place of a new list item, each with the YAML path it is under and the partial word typed.
import type { Step } from '../schema-docs';

export interface Word {
  /** offsets of the partial word the completion replaces */
  start: number;
  end: number;
  /** the part typed before the cursor */
  typed: string;
}

interface Base {
  word: Word;
  /** true inside `[ ]` or `{ }` */
  flow: boolean;
}

/** At a key of the map at `path`. */
export interface KeyContext extends Base {
  kind: 'key';
  path: Step[];
  /** column where the key starts (what continuation lines of a snippet are indented from) */
  col: number;
  /** keys the map already has, with the plain text of their value */
  present: Map<string, string>;
  /** the map is a list item started by `- ` on this line, holding nothing else yet */
  newItem: boolean;
  /** the text after the word already starts with `:` (only the key name is to be inserted) */
  colonFollows: boolean;
}

/** At the scalar value of `path` (its last step is the key, or the index of a list item). */
export interface ValueContext extends Base {
  kind: 'value';
  path: Step[];
  /** the cursor is right after `key:` with no space yet */
  needsSpace: boolean;
  /** for a list item: the other values of the list */
  listed: Set<string>;
  /** for a block list item: column of its `- ` (items are inserted as `- value`) */
  dashCol?: number;
}

/** On an empty line where a new `- ` item of the list at `path` would go. */
export interface ItemContext extends Base {
  kind: 'item';
  path: Step[];
  /** column of the new item's `-` */
  col: number;
  listed: Set<string>;
}

export type CursorContext = KeyContext | ValueContext | ItemContext;
