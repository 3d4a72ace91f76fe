// Quick fixes for the diagnostics that carry fix data (checks/check.ts `FixData`): each diagnostic
// is matched to the finding it came from, and the providers registered for its fix kind
// (registry.ts, one module per fix) compute the actions. Every fix is a minimal text edit
// (shared/text-edits.ts): comments and formatting stay, and the plan it leaves passes the check
// that asked for it without raising another.
import { CodeActionKind, type CodeAction, type CodeActionContext, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import { NO_PROGRAMME, type AcrossPlans, type Finding } from '../../checks/check';
import { offsetsOf, SOURCE } from '../../checks/diagnostics';
import { translator, toLocale, type Translate } from '../../l10n/translate';
import type { FixContext } from './fix-context';
import { fixProviders } from './registry';

/** `across`: the plan's findings across its programme, whose fixes are offered instead of those of the findings they replace */
export function codeActions(analysis: Analysis, doc: TextDocument, _range: Range, context: CodeActionContext, t: Translate, locale: string,
  across: AcrossPlans = NO_PROGRAMME): CodeAction[] {
  if (context.only && !context.only.some(k => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  const text = doc.getText();
  const language = analysis.model.metadata.language?.value;
  const tp = language && /^(fr|en)\b/i.test(language) ? translator(toLocale(language)) : translator(toLocale(locale));
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== undefined && diagnostic.source !== SOURCE) continue;
    const start = doc.offsetAt(diagnostic.range.start);
    const end = doc.offsetAt(diagnostic.range.end);
    // the finding's own data, not the diagnostic's: that comes back from the client, unchecked
    const matches = (f: Finding) => f.code === diagnostic.code && sameSpan(offsetsOf(f.loc), start, end);
    const finding = analysis.findings.find(f => matches(f) && !across.replaces(f)) ?? across.findings.find(matches);
    const data = finding?.data;
    if (!finding || !data) continue;
    const ctx: FixContext = { analysis, doc, text, t, tp, diagnostic, finding, data, start, end };
    try {
      actions.push(...fixProviders(data.fix).flatMap(provide => provide(ctx)));
    } catch {
      // a half-typed plan can defeat a fix; the light bulb then simply offers nothing for it
    }
  }
  return actions;
}

const sameSpan = (o: { start: number; end: number }, start: number, end: number) => o.start === start && o.end === end;
