// The JSON Schema, compiled once with ajv, and lookups over it for completion and hover. Its root
// chooses by `kind`: `definitions/programme` for a programme file, `definitions/plan` otherwise.
import type { ValidateFunction } from 'ajv';
import compiled from './generated/validators';
import type { DocumentKind } from './document-kind';
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

/** The schema of a whole document of this kind: what its top-level keys may be. */
export const documentSchema = (kind: DocumentKind): SchemaNode => planSchema.definitions[kind];

/** The validator of a part of the schema (`#/definitions/phase`, `#/definitions/plan/properties/metadata`…), compiled at build time. */
export function validatorFor(pointer: string): ValidateFunction {
  const name = pointer.replace(/^#\/definitions\//, '').replace('/properties/', '.');
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
