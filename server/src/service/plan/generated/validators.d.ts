// Types of the validators that scripts/gen-validators.mjs compiles from the plan schema:
// `phase` for one item of `phases`, and one per top-level key of each kind (`plan.metadata`, `programme.freezes`, …).
import type { ValidateFunction } from 'ajv';

declare const validators: Record<string, ValidateFunction | undefined>;
export = validators;
