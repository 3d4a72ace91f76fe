// Shared by undefined-criterion, undefined-phase and undefined-person: a reference to an id the
// plan does not define, with the closest defined id suggested and related info at its definition.
import type { MessageKey } from '../l10n/catalog';
import type { Loc } from '../plan/parse';
import type { RefKind } from '../plan/id-index';
import { suggesterFor, type Suggester } from '../shared/suggest';
import type { Check, CheckContext, FixKind } from './check';

type UndefinedCode = 'undefined-criterion' | 'undefined-phase' | 'undefined-person';

const FIX = {
  'undefined-criterion': 'create-criterion',
  'undefined-phase': 'replace',
  'undefined-person': 'add-person',
} as const satisfies Record<UndefinedCode, FixKind>;

/** `elsewhere`: names this plan does not have to define, left to the programme's checks. */
export function undefinedReferenceCheck<T>(code: UndefinedCode, kind: RefKind,
  defined: (ctx: CheckContext) => ReadonlyMap<string, T> | undefined, locOf: (definition: T) => Loc,
  elsewhere: (name: string) => boolean = () => false): Check {
  return {
    code,
    run(ctx) {
      const defs = defined(ctx);
      if (!defs) return;
      // built only when a reference is undefined: a clean plan pays one map lookup per reference
      let suggester: Suggester | undefined;
      for (const ref of ctx.index.references) {
        if (ref.kind !== kind || defs.has(ref.name.value) || elsewhere(ref.name.value)) continue;
        suggester ??= suggesterFor([...defs.keys()]);
        const suggestion = suggester.closest(ref.name.value);
        const key: MessageKey = suggestion ? `${code}.suggest` : code;
        ctx.report({
          code,
          loc: ref.name.loc,
          message: ctx.t(key, { id: ref.name.value, suggestion: suggestion ?? '' }),
          related: suggestion ? [{ loc: locOf(defs.get(suggestion)!), message: ctx.t('related.definedHere', { id: suggestion }) }] : undefined,
          data: { fix: FIX[code], kind, name: ref.name.value, suggestion },
        });
      }
    },
  };
}
