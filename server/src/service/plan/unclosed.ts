// A quote, `[` or `{` that never closes runs on into the text after it: a quoted string may span
// lines, and the lexer stays in flow mode. `yaml` reports it where the text ran out, often in a later
// phase; the cause is the opening character, so that is where it is reported. A piece holding one
// cannot be read on its own (parse.ts then reads the whole document).
import { isMap, isNode, isScalar, isSeq, visit, type Document, type Node, type YAMLError } from 'yaml';

export type UnclosedCode = 'UNCLOSED_STRING' | 'UNCLOSED_LIST' | 'UNCLOSED_MAP';

/** A parser error as the syntax check needs it: offsets in the parsed text and a code. */
export interface ParserError {
  pos: [number, number];
  code: string;
}

// `yaml` has one code for many missing characters: its messages (2.x) tell these apart
function unclosedCode(error: YAMLError): UnclosedCode | undefined {
  if (/^Missing closing ["']quote/.test(error.message)) return 'UNCLOSED_STRING';
  const flow = /^Flow (sequence|map) .*end with a [\]}]/.exec(error.message);
  if (!flow) return undefined;
  return flow[1] === 'map' ? 'UNCLOSED_MAP' : 'UNCLOSED_LIST';
}

/** Whether something in this document is left open (cheap: reads its errors only). */
function leavesOpen(doc: Document.Parsed): boolean {
  return doc.errors.length > 0 && doc.errors.some(e => unclosedCode(e) !== undefined);
}

/**
 * Whether this piece cannot be read alone: a string still open where its text ends (only blank
 * lines or comments after it), or `LOST` when `yaml` left a flow collection in a way that can
 * change how it reads the pieces after it.
 */
export function openAtEnd(seg: { text: string; doc: Document.Parsed }): UnclosedCode | 'LOST' | undefined {
  if (seg.doc.errors.length === 0) return undefined;
  for (const e of seg.doc.errors) {
    const code = unclosedCode(e);
    // after a `[` or `{` ended by a dedent, wherever it is, `yaml`'s recovery can garble later pieces
    if (code === 'UNCLOSED_LIST' || code === 'UNCLOSED_MAP' || /flow-error-end|in YAML stream/.test(e.message)) return 'LOST';
    if (code && /^(?:\s|#.*)*$/.test(seg.text.slice(e.pos[0]))) return code;
  }
  return undefined;
}

function opens(node: Node, code: UnclosedCode): boolean {
  if (code === 'UNCLOSED_STRING') return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  return code === 'UNCLOSED_MAP' ? isMap(node) && node.flow === true : isSeq(node) && node.flow === true;
}

/**
 * The document's errors, each unclosed string, list or map moved to its opening character (the
 * node of that kind whose value ends where the error is). A list or map cut short by an unclosed
 * string is not reported again: its closing bracket is inside the string.
 */
export function atOpeners(doc: Document.Parsed): ParserError[] {
  if (!leavesOpen(doc)) return doc.errors;
  const unclosed = new Map<YAMLError, UnclosedCode>();
  for (const e of doc.errors) {
    const code = unclosedCode(e);
    if (code) unclosed.set(e, code);
  }
  const ends = new Set([...unclosed.keys()].map(e => e.pos[0]));
  // nodes per kind and end: nested ones of one kind end together, each error takes one of them
  const candidates = new Map<string, Node[]>();
  visit(doc, (_, node) => {
    if (!isNode(node) || !node.range || !ends.has(node.range[1])) return;
    for (const code of ['UNCLOSED_STRING', 'UNCLOSED_LIST', 'UNCLOSED_MAP'] as const) {
      if (!opens(node, code)) continue;
      const key = `${code}@${node.range[1]}`;
      candidates.set(key, [...candidates.get(key) ?? [], node]);
    }
  });
  const stringEnds = new Set([...unclosed].filter(([, code]) => code === 'UNCLOSED_STRING').map(([e]) => e.pos[0]));
  const out: ParserError[] = [];
  for (const e of doc.errors) {
    const code = unclosed.get(e);
    if (!code) {
      out.push(e);
      continue;
    }
    if (code !== 'UNCLOSED_STRING' && stringEnds.has(e.pos[0])) continue;
    const opener = candidates.get(`${code}@${e.pos[0]}`)?.shift();
    out.push(opener ? { pos: [opener.range![0], opener.range![0] + 1], code } : e);
  }
  return out;
}
