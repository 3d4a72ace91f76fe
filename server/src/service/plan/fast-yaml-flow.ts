// Flow collections of the fast parse path (fast-yaml.ts): `[a, b]` and `{ k: v }`, nested, on one
// line, built as `yaml`'s composer builds them (each item's range runs on over the spaces after it).
import { type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { endAt, fastMap, fastPair, fastSeq, finished } from './fast-yaml-nodes';
import { decline, emptyScalar, flowPlain, quoted, skipSpaces, type Context, type Read } from './fast-yaml-scalars';

interface FlowRead {
  node: Node;
  /** after the node's text and the spaces after it */
  end: number;
}

/** The flow collection whose `[` or `{` is at `start`; `depth` as bounded-yaml counts it (a pair's key and value one deeper than its map). */
export function flowCollection(ctx: Context, text: string, start: number, depth: number): FlowRead {
  if (depth >= ctx.maxNesting) decline();
  const isMap = text[start] === '{';
  const close = isMap ? '}' : ']';
  const coll = isMap ? fastMap(ctx.schema) : fastSeq(ctx.schema);
  coll.flow = true;
  let pos = skipSpaces(text, start + 1);
  if (text[pos] !== close) {
    for (;;) {
      if (isMap) {
        const key = flowKey(ctx, text, pos);
        pos = skipSpaces(text, key.end + 1);
        let value: Node;
        if (text[pos] === ',' || text[pos] === '}') value = emptyScalar(ctx, pos);
        else {
          const read = flowItem(ctx, text, pos, depth + 1);
          value = read.node;
          pos = read.end;
        }
        (coll as YAMLMap).items.push(fastPair(key.node, value) as Pair<Node, Node>);
      } else {
        const read = flowItem(ctx, text, pos, depth + 1);
        (coll as YAMLSeq).items.push(read.node);
        pos = read.end;
      }
      if (text[pos] === close) break;
      if (text[pos] !== ',') decline();
      pos = skipSpaces(text, pos + 1);
      if (text[pos] === close || text[pos] === ',') decline(); // a trailing or doubled comma
    }
  }
  const end = pos + 1;
  finished(coll, [start, end, end]);
  return { node: coll, end: withSpaces(coll, text, end) };
}

/** A key of a flow map, directly followed by `: ` (one that is not, or has no value, is declined). */
function flowKey(ctx: Context, text: string, pos: number): Read {
  const c = text[pos];
  if (c === '[' || c === '{') decline();
  const key = c === '"' || c === "'" ? quoted(text, pos) : flowPlain(ctx, text, pos, true);
  if (text[key.end] !== ':' || text[key.end + 1] !== ' ') decline();
  return key;
}

function flowItem(ctx: Context, text: string, pos: number, depth: number): FlowRead {
  const c = text[pos];
  if (c === '[' || c === '{') return flowCollection(ctx, text, pos, depth);
  const read = c === '"' || c === "'" ? quoted(text, pos) : flowPlain(ctx, text, pos, false);
  // `[a: b]` is a pair in a list
  if (text[read.end] === ':') decline();
  return { node: read.node, end: withSpaces(read.node, text, read.end) };
}

/** Moves the node's range end over the spaces after it, as yaml does inside a flow collection. */
function withSpaces(node: Node, text: string, end: number): number {
  const after = skipSpaces(text, end);
  endAt(node, after);
  return after;
}
