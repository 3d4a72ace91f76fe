// Reading plan files: bounded concurrency, and each file read as untrusted input (../untrusted-file:
// regular files only, a size cap, never blocking on a pipe).
import type { Translate } from '../service/l10n/translate';
import { renderMessage } from '../service/workspace/config';
import { MAX_PLAN_BYTES, readUntrusted } from '../node/untrusted-file';
import { forEachLimited, IO_CONCURRENCY } from './pool';

/** the text, or why it could not be read (in the language of the run) */
export type ReadOutcome = { text: string } | { error: string };

export async function readText(t: Translate, file: string): Promise<ReadOutcome> {
  const read = await readUntrusted(file, MAX_PLAN_BYTES);
  return 'text' in read ? read : { error: t('io.cannotRead', { reason: renderMessage(t, read.refused) }) };
}

/**
 * Reads every file with at most IO_CONCURRENCY reads pending, handing each one to `use` as soon
 * as it arrives, so checking one file overlaps with reading the next ones.
 */
export async function readEach(t: Translate, files: readonly string[], use: (file: string, outcome: ReadOutcome, index: number) => void): Promise<void> {
  await forEachLimited(files, IO_CONCURRENCY, async (file, index) => use(file, await readText(t, file), index));
}
