// `yaml`'s parseDocument / parseAllDocuments with two bounds the library lacks:
// - nesting deeper than MAX_NESTING is cut off in the token tree, before the recursive composer sees
//   it, with one RESOURCE_EXHAUSTION error: the result never depends on how much stack is left
//   (yaml catches its own stack overflow, wherever it happens to occur);
// - duplicate keys are found in one pass over the composed maps: yaml's own check (`uniqueKeys`)
//   compares each key with every earlier key of its map, quadratic on a 100k-entry roster. The
//   errors are the ones yaml gives (DUPLICATE_KEY at the repeated key), in the same order.
// Both try the fast path first (fast-yaml.ts), which gives the same tree or declines; `reference`
// skips it (the bench compares the two).
import { fastParse } from './fast-yaml';
import { Composer, CST, isCollection, isMap, isScalar, isSeq, Parser, YAMLParseError, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions } from 'yaml';

/** Lists and maps nested deeper than this are not parsed (a plan needs fewer than 10). */
export const MAX_NESTING = 100;

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/** One document, as `parseDocument` gives it (a second document is a MULTIPLE_DOCS error). */
export function parseOne(text: string, options: Options, reference = false): Document.Parsed {
  const fast = reference ? undefined : fastParse(text, options, MAX_NESTING);
  return fast ? bounded(fast, []) : withoutStackTraces(() => composeOne(text, options));
}

/** Every document of the text, as `parseAllDocuments` gives them (empty text: no document). */
export function parseAll(text: string, options: Options, reference = false): Document.Parsed[] {
  const fast = reference ? undefined : fastParse(text, options, MAX_NESTING);
  return fast ? [bounded(fast, [])] : withoutStackTraces(() => composeAll(text, options));
}

/**
 * yaml makes an Error object for each syntax error; capturing its stack trace was a third of the
 * time on a paste with 200k errors, and nothing reads it.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function composeOne(text: string, options: Options): Document.Parsed {
  const cuts: number[] = [];
  const composer = new Composer(options);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(cutTooDeep(new Parser().parse(text), cuts), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return bounded(doc!, cuts);
}

function composeAll(text: string, options: Options): Document.Parsed[] {
  const cuts: number[] = [];
  const docs = Array.from(new Composer(options).compose(cutTooDeep(new Parser().parse(text), cuts)));
  return docs.map(doc => bounded(doc, cuts.filter(at => at >= doc.range[0] && at < doc.range[2])));
}

function bounded(doc: Document.Parsed, cuts: number[]): Document.Parsed {
  const found = duplicateKeys(doc.contents);
  if (cuts.length > 0) found.push(new YAMLParseError([cuts[0], cuts[0] + 1], 'RESOURCE_EXHAUSTION', `Nesting deeper than ${MAX_NESTING} levels`));
  if (found.length > 0) doc.errors = mergeByPosition(doc.errors, found.sort((a, b) => a.pos[0] - b.pos[0]));
  return doc;
}

/** Each document token with its collections deeper than MAX_NESTING made empty; where they started goes to `cuts`. */
function* cutTooDeep(tokens: Iterable<CST.Token>, cuts: number[]): Generator<CST.Token> {
  for (const token of tokens) {
    if (token.type === 'document' && token.value) {
      const stack: [CST.Token, number][] = [[token.value, 0]];
      while (stack.length > 0) {
        const [node, depth] = stack.pop()!;
        if (!CST.isCollection(node)) continue;
        if (depth >= MAX_NESTING) {
          cuts.push(node.offset);
          // an empty plain scalar where the collection was: the composer reads it as null
          Object.assign(node, { type: 'scalar', source: '', end: [] } satisfies Partial<CST.FlowScalar>);
          continue;
        }
        for (const item of node.items) {
          if (item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
      }
    }
    yield token;
  }
}

/** What yaml's `uniqueKeys: true` reports: a scalar key whose value an earlier key of the same map has. */
function duplicateKeys(root: Node | null): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  // only collections go on the stack (most nodes are scalars), in the order they had among all nodes
  const stack: unknown[] = isCollection(root) ? [root] : [];
  // the keys of a map of up to SMALL entries are looked for in one array, reused (a Set a map was a sixth of the pass)
  const small: unknown[] = [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) for (const item of node.items) if (isCollection(item)) stack.push(item);
    if (!isMap(node)) continue;
    // yaml compares key values with `===`: NaN is never a duplicate, and each `<<` is its own symbol
    const seen = node.items.length > SMALL ? new Set<unknown>() : undefined;
    small.length = 0;
    for (const pair of node.items) {
      if (isCollection(pair.key)) stack.push(pair.key);
      if (isCollection(pair.value)) stack.push(pair.value);
      if (!isScalar(pair.key) || Number.isNaN(pair.key.value)) continue;
      const value = pair.key.value;
      if (seen ? seen.has(value) : small.includes(value)) {
        const at = pair.key.range?.[0] ?? 0;
        found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      } else if (seen) seen.add(value);
      else small.push(value);
    }
  }
  return found;
}
const SMALL = 16;

/** Both lists in position order, keeping the parser's own order among its errors. */
function mergeByPosition(parser: YAMLParseError[], added: YAMLParseError[]): YAMLParseError[] {
  const out: YAMLParseError[] = [];
  let j = 0;
  for (const error of parser) {
    while (j < added.length && added[j].pos[0] < error.pos[0]) out.push(added[j++]);
    out.push(error);
  }
  return out.concat(added.slice(j));
}
