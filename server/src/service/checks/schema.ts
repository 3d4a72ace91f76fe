// Schema problems mapped back onto the YAML: unknown key → the key (closest valid key suggested),
// wrong type or enum → the value (allowed values listed), missing key → the parent's key. Each
// top-level entry and each phase is validated on its own and the result memoised on its segment,
// so an edit re-validates only what it touched. A programme file is validated against the
// programme's part of the schema, a plan against the plan's.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ErrorObject } from 'ajv';
import { isDateShaped, parseDate } from '../plan/dates';
import type { Translate } from '../l10n/translate';
import { nodeLoc, type Loc, type Segment } from '../plan/parse';
import { expandedValue, MAX_ALIASES, pairOf, plainValue, resolve, scalarText } from '../plan/nodes';
import { closest } from '../shared/suggest';
import { documentSchema, planSchema, validatorFor, type SchemaNode } from '../plan/schema';
import type { Check, Finding } from './check';

const DATE_KEYS = new Set(['start', 'end', 'due', 'decidedOn', 'nextReview']);

type Step = string | number;

export const schemaCheck: Check = {
  code: 'schema',
  run(ctx) {
    const { kind, parsed, t } = ctx;
    const schema = documentSchema(kind);
    const topKeys = Object.keys(schema.properties ?? {});
    const root = t(kind === 'programme' ? 'where.programme' : 'where.root');
    const report = (f: Omit<Finding, 'code'>) => ctx.report({ code: 'schema', ...f });
    if (parsed.root === 'other') {
      report({ loc: parsed.rootLoc!, message: t('schema.notAMap') });
      return;
    }
    if (parsed.root === 'binary') return;
    const present = new Set(parsed.top.map(e => e.key));
    for (const key of schema.required ?? []) {
      if (present.has(key)) continue;
      const first = parsed.top[0];
      report({ loc: first ? nodeLoc(first.seg, first.pair.key) : { start: 0, end: 0 }, message: t('schema.missingKey', { key, where: root }) });
    }
    for (const entry of parsed.top) {
      const { key, seg, pair } = entry;
      if (!topKeys.includes(key)) {
        report(unknownKey(t, seg, pair, topKeys, root));
        continue;
      }
      const value = resolve(seg, pair.value);
      // piecewise, the phase items live in their own segments: the header alone parses as empty
      if (key === 'phases' && parsed.phases.length > 0) continue; // items are validated one by one below

      const pointer = `#/definitions/${kind}/properties/${key}`;
      memo(seg, `top:${kind}:${key}:${pair.key.range?.[0]}`, () => validateUnit(t, seg, value, pointer, [key], pair)).forEach(report);
    }
    if (kind === 'programme') return; // its `phases`, if any, is an unknown key: reported above
    for (const item of parsed.phases) {
      const node = resolve(item.seg, item.node);
      memo(item.seg, `phase:${item.start}`, () => [
        ...validateUnit(t, item.seg, node, '#/definitions/phase', ['phases', 0], undefined),
        ...phaseTypeKeys(t, item.seg, node),
      ]).forEach(report);
    }
  },
};

const memo = (seg: Segment, key: string, compute: () => Problem[]): Problem[] => seg.remember(key, compute);

type Problem = Omit<Finding, 'code'>;

function validateUnit(t: Translate, seg: Segment, node: Node | null, pointer: string, basePath: Step[], ownerPair: Pair | undefined): Problem[] {
  let value: unknown;
  try {
    // toJS only for what expandedValue leaves to it: it walks the whole document for each alias
    value = plainValue(node);
    if (value === undefined) value = expandedValue(seg, node);
    if (value === undefined) value = node!.toJS(seg.doc, { maxAliasCount: MAX_ALIASES });
  } catch {
    return [{ loc: node ? nodeLoc(seg, node) : { seg, start: 0, end: 0 }, message: t('yaml.tooManyAliases') }];
  }
  const validate = validatorFor(pointer);
  const problems = validate(value) ? [] : mapErrors(t, seg, node, validate.errors ?? [], basePath, ownerPair);
  calendarDates(t, seg, node, 0, problems);
  return problems;
}

/** Keys of one phase type used on another (`rollback` on a pilot), from the schema's `x-phaseTypes`. */
function phaseTypeKeys(t: Translate, seg: Segment, node: Node | null): Problem[] {
  if (!isMap(node)) return [];
  const type = scalarText(resolve(seg, pairOf(seg, node, 'type')?.value));
  if (!type) return [];
  const props = planSchema.definitions.phase.properties ?? {};
  const problems: Problem[] = [];
  for (const pair of node.items) {
    const key = scalarText(pair.key as Node);
    const types = key ? props[key]?.['x-phaseTypes'] : undefined;
    if (!types || types.includes(type)) continue;
    problems.push({ loc: nodeLoc(seg, pair.key as Node), message: t('schema.keyNotForType', { key: key!, type, types: types.map(x => `\`${x}\``).join(', ') }) });
  }
  return problems;
}

/** Date-shaped values that the calendar does not have (2027-02-30): the pattern alone cannot tell. */
function calendarDates(t: Translate, seg: Segment, node: Node | null, depth: number, problems: Problem[]): void {
  if (!node || depth > 6) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = scalarText(pair.key as Node);
      const value = pair.value as Node | null;
      const text = scalarText(value);
      if (key && DATE_KEYS.has(key) && text && isDateShaped(text) && parseDate(text) === undefined) {
        problems.push({ loc: nodeLoc(seg, value!), message: t('schema.invalidDate', { value: text }) });
      } else calendarDates(t, seg, value, depth + 1, problems);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) calendarDates(t, seg, item as Node, depth + 1, problems);
  }
}

interface Located {
  node: Node | null;
  /** the pair whose value is `node`, when it is a map value */
  pair?: Pair;
  /** the last key named on the way, for messages */
  key?: string;
}

function locate(seg: Segment, root: Node | null, rootPair: Pair | undefined, rootKey: string | undefined, path: string[]): Located {
  let here: Located = { node: root, pair: rootPair, key: rootKey };
  for (const raw of path) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const node = resolve(seg, here.node);
    if (isMap(node)) {
      const pair = pairOf(seg, node, step);
      if (!pair) return here;
      here = { node: resolve(seg, pair.value), pair, key: step };
    } else if (isSeq(node)) {
      const item = node.items[Number(step)] as Node | undefined;
      if (item === undefined) return here;
      here = { node: resolve(seg, item), pair: undefined, key: here.key };
    } else return here;
  }
  return here;
}

const keyLocOf = (seg: Segment, pair: Pair | undefined) => (pair && isScalar(pair.key) ? nodeLoc(seg, pair.key) : undefined);

/** The first entry of a map (for problems about a list item that has no key of its own). */
function firstEntryLoc(seg: Segment, node: Node | null): Loc | undefined {
  const first = isMap(node) ? node.items[0] : undefined;
  return first && isScalar(first.key) ? nodeLoc(seg, first.key) : undefined;
}

function valueLoc(seg: Segment, here: Located): Loc {
  if (here.node?.range) return nodeLoc(seg, here.node);
  return keyLocOf(seg, here.pair) ?? { seg, start: 0, end: 0 };
}

function typeName(t: Translate, type: unknown): string {
  const names = (Array.isArray(type) ? type : String(type).split(',')).map(x => t(`type.${x}` as 'type.string'));
  return names.reduce((a, b) => t('type.or', { a, b }));
}

function actualType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

function mapErrors(t: Translate, seg: Segment, root: Node | null, errors: ErrorObject[], basePath: Step[], ownerPair: Pair | undefined): Problem[] {
  const rootKey = typeof basePath[basePath.length - 1] === 'string' ? String(basePath[basePath.length - 1]) : undefined;
  // anyOf/oneOf: keep the branch errors, merging type errors at one place into one message
  const typeAt = new Map<string, Set<string>>();
  for (const e of errors) {
    if (e.keyword !== 'type') continue;
    const set = typeAt.get(e.instancePath) ?? new Set<string>();
    String(e.params.type).split(',').forEach(x => set.add(x));
    typeAt.set(e.instancePath, set);
  }
  const out: Problem[] = [];
  const seen = new Set<string>();
  const errorsAt = new Map<string, number>();
  for (const e of errors) errorsAt.set(e.instancePath, (errorsAt.get(e.instancePath) ?? 0) + 1);
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if' || e.keyword === 'not') {
      if (errorsAt.get(e.instancePath)! > 1) continue; // another error at the same place says more
    }
    const here = locate(seg, root, ownerPair, rootKey, e.instancePath.split('/').slice(1));
    const key = here.key ?? rootKey ?? '';
    const dedupe = `${e.instancePath}|${e.keyword}|${e.keyword === 'type' ? '' : JSON.stringify(e.params)}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const problem = describe(t, seg, e, here, key, root, typeAt);
    if (problem) out.push(problem);
  }
  return out;
}

function describe(t: Translate, seg: Segment, e: ErrorObject, here: Located, key: string, root: Node | null,
  typeAt: Map<string, Set<string>>): Problem | undefined {
  const parent = e.parentSchema as SchemaNode | undefined;
  const text = scalarText(here.node) ?? '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const map = here.node as YAMLMap;
      const pair = isMap(map) ? pairOf(seg, map, String(e.params.additionalProperty)) : undefined;
      const allowed = Object.keys(parent?.properties ?? {});
      const where = here.node === root && !here.pair ? (isMap(root) ? t('where.item') : t('where.root')) : t('where.key', { key });
      return pair ? unknownKey(t, seg, pair, allowed, where) : undefined;
    }
    case 'required': {
      const loc = keyLocOf(seg, here.pair) ?? firstEntryLoc(seg, here.node) ?? valueLoc(seg, here);
      const where = here.pair ? t('where.key', { key }) : t('where.item');
      return { loc, message: t('schema.missingKey', { key: String(e.params.missingProperty), where }) };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const suggestion = closest(text, allowed);
      const list = allowed.map(a => `\`${a}\``).join(', ');
      return {
        loc: valueLoc(seg, here),
        message: suggestion ? t('schema.badEnumSuggest', { value: text, key, suggestion, allowed: list }) : t('schema.badEnum', { value: text, key, allowed: list }),
        data: suggestion ? { fix: 'replace', name: text, suggestion } : undefined,
      };
    }
    case 'const':
      return { loc: valueLoc(seg, here), message: t('schema.badConst', { key, expected: String(e.params.allowedValue) }) };
    case 'type':
      return { loc: valueLoc(seg, here), message: t('schema.badType', { key, expected: typeName(t, [...typeAt.get(e.instancePath)!]), actual: typeName(t, actualType(e.data)) }) };
    case 'pattern': {
      if (e.propertyName !== undefined && isMap(here.node)) {
        const named = pairOf(seg, here.node, e.propertyName);
        // a list or a map as a key has no name to check: yaml-syntax reports it
        if (!named && here.node.items.some(p => isMap(p.key) || isSeq(p.key))) return undefined;
        return { loc: named ? nodeLoc(seg, named.key as Node) : valueLoc(seg, here), message: t('schema.badSlug', { value: e.propertyName }) };
      }
      const pattern = String(e.params.pattern);
      const message = pattern.startsWith('^[a-z0-9]') ? t('schema.badSlug', { value: text })
        : pattern.includes('T') ? t('schema.badDateTime', { value: text })
          : pattern.startsWith('^\\d{4}') ? t('schema.badDate', { value: text })
            : t('schema.badPattern', { value: text, key, example: String(parent?.examples?.[0] ?? '') });
      return { loc: valueLoc(seg, here), message };
    }
    case 'propertyNames':
      return undefined; // reported by its inner `pattern` error on the key itself
    case 'minimum': case 'exclusiveMinimum': case 'minItems': case 'minLength':
      return { loc: valueLoc(seg, here), message: t('schema.outOfRange', { key, limit: t('limit.min', { n: Number(e.params.limit) }) }) };
    case 'maximum': case 'exclusiveMaximum': case 'maxItems': case 'maxLength':
      return { loc: valueLoc(seg, here), message: t('schema.outOfRange', { key, limit: t('limit.max', { n: Number(e.params.limit) }) }) };
    case 'uniqueItems': {
      const items = isSeq(here.node) ? here.node.items : [];
      const dup = items[Number(e.params.i)] as Node | undefined;
      return { loc: dup ? nodeLoc(seg, dup) : valueLoc(seg, here), message: t('schema.duplicateItem', { value: scalarText(dup ?? null) ?? '', key }) };
    }
    default:
      return { loc: valueLoc(seg, here), message: t('schema.generic', { key, detail: e.message ?? e.keyword }) };
  }
}

function unknownKey(t: Translate, seg: Segment, pair: Pair, allowed: string[], where: string): Problem {
  const key = scalarText(pair.key as Node) ?? '';
  const suggestion = closest(key, allowed);
  return {
    loc: nodeLoc(seg, pair.key as Node),
    message: suggestion ? t('schema.unknownKeySuggest', { key, where, suggestion })
      : t('schema.unknownKey', { key, where, allowed: allowed.map(a => `\`${a}\``).join(', ') }),
    data: suggestion ? { fix: 'replace', name: key, suggestion } : undefined,
  };
}
