// Definition, references and rename across the plans of a programme (issue 18): the front door's
// navigation requests. What the cursor names is read from the file's analysis (programme-targets.ts),
// resolved against its programme's summaries (programme-references.ts); a rename's own file (a
// phase's plan, the roster's programme file) is renamed by the one-file rename, so its refusals
// and edits are those of a single plan. Anything that does not cross files is left to that engine.
import type { Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../plan/analysis';
import { SLUG } from '../../plan/id-index';
import type { Translate } from '../../l10n/translate';
import type { Programme } from '../../programme/programme-types';
import { summarize } from '../../programme/summary';
import { definitionIn, mergeEdits, referencesIn, renameEdits, rosterPerson } from './programme-references';
import { planById, seenFrom, targetAt, type ProgrammeTarget } from './programme-targets';
import { isRefusal, type Refusal } from './references';

/** The one-file engine (language-service.ts) as navigation uses it. */
export interface OneFileNavigation {
  analyze(doc: TextDocument): Analysis;
  definition(doc: TextDocument, position: Position): Location[];
  references(doc: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(doc: TextDocument, position: Position): { range: Range; placeholder: string } | Refusal;
  rename(doc: TextDocument, position: Position, newName: string): WorkspaceEdit | Refusal;
  readonly translate: Translate;
}

export interface ProgrammeNavigationDeps {
  engine: OneFileNavigation;
  programmeOf(uri: string): Promise<Programme>;
  /** runs `use` on another file as the workspace gives it (undefined: unreadable), then lets it go */
  withFile<T>(uri: string, use: (doc: TextDocument) => T): Promise<T | undefined>;
}

type Around = { target: ProgrammeTarget; programme: Programme };

export class ProgrammeNavigation {
  constructor(private readonly deps: ProgrammeNavigationDeps) {}

  /** The target under the cursor and the programme as this document's current text sees it. */
  private async around(doc: TextDocument, position: Position): Promise<Around | undefined> {
    const analysis = this.deps.engine.analyze(doc);
    const target = targetAt(analysis, doc, doc.offsetAt(position));
    if (!target) return undefined;
    return { target, programme: seenFrom(await this.deps.programmeOf(doc.uri), summarize(doc, analysis)) };
  }

  /** Whether the file itself answers: a person it defines (a plan's own people win), one the roster lacks. */
  private isLocal(doc: TextDocument, { target, programme }: Around): boolean {
    if (target.kind !== 'person') return false;
    const rosterFile = programme.file?.uri === doc.uri;
    return (target.definedHere && !rosterFile) || !rosterPerson(programme, target.id);
  }

  async definition(doc: TextDocument, position: Position): Promise<Location[]> {
    const local = this.deps.engine.definition(doc, position);
    if (local.length > 0) return local;
    const around = await this.around(doc, position);
    return around ? definitionIn(around.programme, around.target) : [];
  }

  async references(doc: TextDocument, position: Position, includeDeclaration: boolean): Promise<Location[]> {
    const around = await this.around(doc, position);
    if (!around || this.isLocal(doc, around)) return this.deps.engine.references(doc, position, includeDeclaration);
    return referencesIn(around.programme, around.target, includeDeclaration);
  }

  prepareRename(doc: TextDocument, position: Position): { range: Range; placeholder: string } | Refusal {
    const target = targetAt(this.deps.engine.analyze(doc), doc, doc.offsetAt(position));
    if (target?.kind === 'plan') return { range: target.range, placeholder: target.plan };
    if (target?.kind === 'phase') return { range: target.range, placeholder: target.phase };
    return this.deps.engine.prepareRename(doc, position);
  }

  async rename(doc: TextDocument, position: Position, newName: string): Promise<WorkspaceEdit | Refusal> {
    const around = await this.around(doc, position);
    if (!around || this.isLocal(doc, around)) return this.deps.engine.rename(doc, position, newName);
    const { target, programme } = around;
    const t = this.deps.engine.translate;
    const name = newName.trim();
    if (target.kind === 'plan') return this.renamePlan(programme, target, name);
    // the file that defines it is renamed as a single plan would be: same refusals, same edits
    const definition = definitionIn(programme, target)[0];
    if (!definition) return { error: t('rename.notAnId') };
    const own = definition.uri === doc.uri
      ? this.deps.engine.rename(doc, definition.range.start, name)
      : await this.deps.withFile(definition.uri, other => this.deps.engine.rename(other, definition.range.start, name));
    if (!own || isRefusal(own)) return own ?? { error: t('rename.notAnId') };
    if (target.kind === 'person' && this.definedByAUser(programme, target.id, name)) return { error: t('rename.taken', { name, kind: t('kind.person') }) };
    return mergeEdits(own, renameEdits(programme, target, name));
  }

  /** A plan that uses the roster's `id` and defines `name` itself: renamed, its references would change person. */
  private definedByAUser(programme: Programme, id: string, name: string): boolean {
    return programme.plans.some(p => p.people?.some(q => q.id === name) && !p.people.some(q => q.id === id)
      && p.references.some(r => r.kind === 'person' && r.name.value === id));
  }

  private renamePlan(programme: Programme, target: ProgrammeTarget & { kind: 'plan' }, name: string): WorkspaceEdit | Refusal {
    const t = this.deps.engine.translate;
    if (!planById(programme, target.plan)) return { error: t('rename.notAnId') };
    if (!SLUG.test(name)) return { error: t('rename.badSlug', { name }) };
    if (name === target.plan) return { changes: {} };
    if (planById(programme, name)) return { error: t('rename.taken', { name, kind: t('kind.plan') }) };
    return renameEdits(programme, target, name);
  }
}
