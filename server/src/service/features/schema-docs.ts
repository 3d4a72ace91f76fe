// Walks the schema along a YAML path while keeping each node's JSON pointer, so completion and hover
// can show the documentation of the schema (English) or of schemas/rollout-plan.schema.fr.json
// (French texts keyed by the same pointers). The walk starts at the part of the schema for the
// document's kind: a programme file's keys are not a plan's.
import frJson from '../../../../schemas/rollout-plan.schema.fr.json';
import type { Locale } from '../l10n/translate';
import { deref, documentSchema, type SchemaNode } from '../plan/schema';
import type { DocumentKind } from '../plan/document-kind';

export type Step = string | number;

export type RefKind = 'criterion' | 'phase' | 'person';

export interface SchemaHit {
  /** the node as written at this place (its `$ref` not followed) */
  raw: SchemaNode;
  /** the node with its `$ref` followed: what the value must look like */
  node: SchemaNode;
  /** pointer of the place (for its own title and description) */
  pointer: string;
  /** pointer of the definition a `$ref` leads to, when there is one */
  target?: string;
}

interface FrEntry {
  title?: string;
  description?: string;
  markdownDescription?: string;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
}

const fr = frJson as Record<string, FrEntry>;

const refTarget = (node: SchemaNode) => (node.$ref?.startsWith('#/definitions/') ? node.$ref.slice(1) : undefined);

/** The node describes a map (its own keys, or ids as keys): what completion offers keys for. */
export const isObjectSchema = (node: SchemaNode | undefined) =>
  !!node && (node.type === 'object' || !!node.properties || typeof node.additionalProperties === 'object');

/** The schema at `path` (keys and list indexes) from the document's root, or undefined when the path leaves the schema. */
export function walkSchema(path: readonly Step[], kind: DocumentKind): SchemaHit | undefined {
  let raw: SchemaNode = documentSchema(kind);
  let pointer = `/definitions/${kind}`;
  for (const step of path) {
    const node = deref(raw);
    if (!node) return undefined;
    const base = refTarget(raw) ?? pointer;
    if (typeof step === 'number') {
      if (!node.items) return undefined;
      raw = node.items;
      pointer = `${base}/items`;
    } else if (node.properties && Object.prototype.hasOwnProperty.call(node.properties, step)) {
      raw = node.properties[step];
      pointer = `${base}/properties/${step}`;
    } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      raw = node.additionalProperties;
      pointer = `${base}/additionalProperties`;
    } else return undefined;
  }
  const node = deref(raw);
  return node ? { raw, node, pointer, target: refTarget(raw) } : undefined;
}

/** Which plan definitions a value at this place names, from the schema's `$ref`. */
export function refKindOf(hit: SchemaHit | undefined): RefKind | undefined {
  switch (hit?.target) {
    case '/definitions/personRef': return 'person';
    case '/definitions/criterionRef': return 'criterion';
    case '/definitions/phaseRef': return 'phase';
    default: return undefined;
  }
}

export interface Docs {
  title?: string;
  markdown?: string;
  enumDescriptions?: string[];
}

/** The documentation of a schema place in the locale: its own texts first, then its `$ref` target's. */
export function docsOf(hit: SchemaHit, locale: Locale): Docs {
  const en = hit.node;
  const own = locale === 'fr' ? fr[hit.pointer] : undefined;
  const target = locale === 'fr' && hit.target ? fr[hit.target] : undefined;
  const pick = <K extends keyof FrEntry>(key: K): FrEntry[K] | undefined => {
    if (locale !== 'fr') return undefined;
    // the place's own English text wins over the target's, so the French follows the same rule
    if (own?.[key] !== undefined) return own[key];
    if (hit.raw[key as keyof SchemaNode] === undefined) return target?.[key];
    return undefined;
  };
  const markdown = pick('markdownDescription') ?? pick('description')
    ?? (en as { markdownDescription?: string }).markdownDescription ?? en.description;
  const enumDescriptions = pick('markdownEnumDescriptions') ?? pick('enumDescriptions')
    ?? (en as { markdownEnumDescriptions?: string[] }).markdownEnumDescriptions ?? en.enumDescriptions;
  return { title: pick('title') ?? en.title, markdown, enumDescriptions };
}
