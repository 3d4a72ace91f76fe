// Plan text made safe for one line of a Mermaid `gantt` block. The rules come from Mermaid's gantt
// grammar (mermaid/src/diagrams/gantt/parser/gantt.jison, read from the `mermaid` package):
// - a task line is `text :data`; its text runs up to the first `:` or line break;
// - its lexer takes the first rule that matches, so a text that starts with a keyword
//   (`section `, `title `, `click `, `excludes `…) or a date becomes that statement, and a text
//   starting with `%`, or whose second character is `%`, is a comment: the row would vanish
//   without any parse error;
// - before parsing, `#name;` and `#123;` are entity codes (`#35;` shows `#`), decoded when drawn.
// So every character the grammar reads specially is written as an entity code, which every
// Mermaid renderer decodes, and the text stays readable in the Markdown source.

/** Characters the gantt grammar or Mermaid's pre-processing reads specially, and their entity codes. */
const ENTITIES: Record<string, string> = {
  '#': '#35;', // starts an entity code; ends a task's data
  ':': '#58;', // ends a task's text
  ';': '#59;', // ends a task's data and a setting's value
  '%': '#37;', // starts a comment (`%%`, and a `%` at the start of a token)
  '<': '#lt;', // the title goes through Mermaid's HTML sanitizer
  '>': '#gt;',
  '&': '#amp;',
};
const SPECIAL = /[#:;%<>&]/g;

/** Statements of the gantt lexer (case-insensitive), matched before a task's text is. */
const KEYWORDS = /^(?:accTitle|accDescr|href|call|click|gantt|dateFormat|inclusiveEndDates|topAxis|axisFormat|tickInterval|includes|excludes|todayMarker|weekday|weekend|title|section|\d{4}-\d\d-\d\d)/i;

/** Longer titles are cut on the chart (the report's tables keep them whole): a bar cannot hold them. */
export const MAX_MERMAID_TEXT = 60;

/**
 * `text` as one safe line of Mermaid text: line breaks and runs of spaces made one space, trimmed,
 * cut at MAX_MERMAID_TEXT characters, special characters as entity codes, and a first character
 * that would make the lexer read a keyword or a date written as its code. Empty when nothing is left.
 */
export function mermaidText(text: string): string {
  // control characters have no business on a chart; \s covers the line and paragraph separators too
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat); // code points: an emoji is never cut in half
  const cut = chars.length > MAX_MERMAID_TEXT ? `${chars.slice(0, MAX_MERMAID_TEXT - 1).join('').trimEnd()}…` : flat;
  const safe = cut.replace(SPECIAL, c => ENTITIES[c]!);
  return KEYWORDS.test(safe) ? `#${safe.codePointAt(0)};${safe.slice(1)}` : safe;
}

/** Task ids Mermaid reads as a tag when they come first in a task's data. */
const TAGS = new Set(['active', 'done', 'crit', 'milestone', 'vert']);

/**
 * Task ids from the plan's ids: the characters Mermaid's `after`/`until` references and SVG ids
 * accept (letters, digits, `_`, `-`), never a tag word, unique within one block.
 */
export class MermaidIds {
  private readonly taken = new Set<string>();

  idFor(planId: string | undefined, fallback: string): string {
    const base = (planId ?? fallback).replace(/[^A-Za-z0-9_-]/g, '_').replace(/^_+$/, '') || 'item';
    let id = TAGS.has(base.toLowerCase()) ? `${base}_` : base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}_${n}`;
    this.taken.add(id);
    return id;
  }
}
