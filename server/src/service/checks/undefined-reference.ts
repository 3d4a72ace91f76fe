// Shared by undefined-criterion, undefined-phase and undefined-person: a reference to an id the
// plan does not define, with the closest defined id suggested and related info at its definition.
// A part's findings are kept while the part and the definitions it is checked against are the same
// objects (the roster and criteria maps survive edits of phases).
import type { MessageKey } from '../l10n/catalog';
import type { Loc } from '../plan/parse';
import type { IndexPart, RefKind } from '../plan/id-index';
import { oncePer } from '../plan/once-per';
import { suggesterFor } from '../shared/suggest';
import type { Check, CheckContext, Finding, FixKind } from './check';
import { findingsMemo } from './findings-memo';

type UndefinedCode = 'undefined-criterion' | 'undefined-phase' | 'undefined-person';

const FIX = {
  'undefined-criterion': 'create-criterion',
  'undefined-phase': 'replace',
  'undefined-person': 'add-person',
} as const satisfies Record<UndefinedCode, FixKind>;

interface Options {
  /** names this plan does not have to define, left to the programme's checks */
  elsewhere?: (name: string) => boolean;
  /** the definitions' map is new on every analysis (the phases'): keeping findings against it would never pay */
  rebuiltEachAnalysis?: boolean;
}

export function undefinedReferenceCheck<T>(code: UndefinedCode, kind: RefKind,
  defined: (ctx: CheckContext) => ReadonlyMap<string, T> | undefined, locOf: (definition: T) => Loc,
  { elsewhere = () => false, rebuiltEachAnalysis = false }: Options = {}): Check {
  const memo = findingsMemo<IndexPart>();
  // built only when a reference is undefined: a clean plan pays one map lookup per reference
  const suggesterOf = oncePer((defs: ReadonlyMap<string, T>) => suggesterFor([...defs.keys()]));
  return {
    code,
    run(ctx) {
      const defs = defined(ctx);
      if (!defs) return;
      const { t } = ctx;
      const check = (part: IndexPart, report: (f: Finding) => void) => {
        for (const ref of part.referencesOf[kind]) {
          if (defs.has(ref.name.value) || elsewhere(ref.name.value)) continue;
          const suggestion = suggesterOf(defs).closest(ref.name.value);
          const key: MessageKey = suggestion ? `${code}.suggest` : code;
          report({
            code,
            loc: ref.name.loc,
            message: t(key, { id: ref.name.value, suggestion: suggestion ?? '' }),
            related: suggestion ? [{ loc: locOf(defs.get(suggestion)!), message: t('related.definedHere', { id: suggestion }) }] : undefined,
            data: { fix: FIX[code], kind, name: ref.name.value, suggestion },
          });
        }
      };
      const inputs = [t, defs];
      for (const part of ctx.index.parts) {
        if (rebuiltEachAnalysis) check(part, ctx.report);
        else for (const f of memo(part, inputs, check)) ctx.report(f);
      }
    },
  };
}
