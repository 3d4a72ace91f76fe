// What a check across plans is given and what it reports: findings on one file of a programme,
// in LSP ranges of that file, with related places in any file (the other plan, the programme file).
import type { Range } from 'vscode-languageserver-types';
import type { FixData } from '../checks/check';
import type { CheckCode } from '../checks/codes';
import type { Translate } from '../l10n/translate';
import type { FileSummary, Place, Programme } from './programme-types';

export interface ProgrammeFinding {
  code: CheckCode;
  /** in the checked file */
  range: Range;
  message: string;
  related?: { place: Place; message: string }[];
  data?: FixData;
}

export interface ProgrammeContext {
  /** the file checked, as its programme holds it */
  own: FileSummary;
  programme: Programme;
  /** the plans with this id in other programmes (a link to a plan outside the programme says so) */
  elsewhere(planId: string): readonly FileSummary[];
  t: Translate;
  report(finding: ProgrammeFinding): void;
}
