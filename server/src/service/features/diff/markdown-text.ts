// Plan text made inert in a Markdown comment: a title cannot open a link, a heading, an HTML tag
// or emphasis, nor break out of its bullet; ids and paths are shown as code spans that no
// backtick inside can close.

/**
 * CommonMark lets any ASCII punctuation be escaped with a backslash; these can start something
 * mid-line (emphasis, code, links, HTML, entities, tables). The text never starts a line here.
 */
const SPECIAL = /[\\`*_[\]<>|~&$]/g;

/** One line of inline text: line breaks made spaces, Markdown's special characters escaped. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPECIAL, c => `\\${c}`);
}

/**
 * A sentence of the service's own (a finding's message, a gate's reason) with plan text inside:
 * its code spans are kept, the rest escaped as markdownText does.
 */
export function markdownMessage(text: string): string {
  return text.replace(/\s+/g, ' ').trim().split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? part : part.replace(SPECIAL, c => `\\${c}`))).join('');
}

/** A code span around `text`, its fence longer than any run of backticks inside (CommonMark 6.1). */
export function markdownCode(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map(m => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || flat.startsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
