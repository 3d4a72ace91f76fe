// The pure language service: text in, LSP types out. No connection, no file system, no vscode:
// the LSP server, the CLI and the tests all drive this same object.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze, type Analysis } from './analysis';
import { DEFAULT_CONFIG, type PlanConfig } from './config';
import { isoToday } from './dates';
import { toDiagnostics } from './diagnostics';
import { translator, type Locale, type Translate } from './l10n/translate';
import { SegmentCache } from './parse';

export interface ServiceOptions {
  locale?: Locale;
  /** today's date (YYYY-MM-DD); injectable so tests about overdue tasks do not age */
  today?: () => string;
}

interface DocState {
  cache: SegmentCache;
  version: number;
  text: string;
  analysis: Analysis;
}

export class RolloutPlanService {
  private readonly docs = new Map<string, DocState>();
  private locale: Locale;
  private t: Translate;
  private readonly today: () => string;

  constructor(options: ServiceOptions = {}) {
    this.locale = options.locale ?? 'en';
    this.t = translator(this.locale);
    this.today = options.today ?? (() => isoToday());
  }

  get currentLocale(): Locale {
    return this.locale;
  }

  get translate(): Translate {
    return this.t;
  }

  setLocale(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.t = translator(locale);
    this.docs.clear(); // memoised findings hold sentences in the old language
  }

  /** The analysis of this version of the document, reusing what is unchanged since the last one. */
  analyze(doc: TextDocument): Analysis {
    const state = this.docs.get(doc.uri);
    if (state && state.version === doc.version && state.text.length === doc.getText().length) return state.analysis;
    const cache = state?.cache ?? new SegmentCache();
    const text = doc.getText();
    const analysis = analyze(text, cache, this.t, this.today());
    this.docs.set(doc.uri, { cache, version: doc.version, text, analysis });
    return analysis;
  }

  diagnostics(doc: TextDocument, config: PlanConfig = DEFAULT_CONFIG): Diagnostic[] {
    return toDiagnostics(doc, this.analyze(doc).findings, config, doc.uri);
  }

  forget(uri: string): void {
    this.docs.delete(uri);
  }
}
