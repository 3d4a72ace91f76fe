// The JSON Schema, compiled once with ajv, and lookups over it for completion and hover.
import type { ValidateFunction } from 'ajv';
import compiled from './generated/validators';
import schemaJson from '../../../../schemas/rollout-plan.schema.json';

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  const?: unknown;
  pattern?: string;
  examples?: unknown[];
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  propertyNames?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  'x-phaseTypes'?: string[];
}

export const planSchema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

/** The validator of a part of the schema (`#/definitions/phase`, `#/properties/metadata`…), compiled at build time. */
export function validatorFor(pointer: string): ValidateFunction {
  const name = pointer.replace(/^#\/(definitions|properties)\//, '');
  const validate = compiled[name];
  if (!validate) throw new Error(`no compiled validator for ${pointer}`);
  return validate;
}

/** Follows a local `$ref`; the referring node's own title/description win over the target's. */
export function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = deref(planSchema.definitions[name]);
  const { $ref: _ignored, ...own } = node;
  return { ...target, ...own };
}

/** The schema of the value found by following `path` (keys and list indexes) from the root. */
export function schemaAt(path: (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = planSchema;
  for (const step of path) {
    node = deref(node);
    if (!node) return undefined;
    if (typeof step === 'number') node = node.items;
    else if (node.properties?.[step]) node = node.properties[step];
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else return undefined;
  }
  return deref(node);
}
