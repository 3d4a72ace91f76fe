// Reading plan files: bounded concurrency, a size cap, UTF-8 decoding that never fails
// (invalid bytes become U+FFFD, as an editor shows them) and without the byte order mark.
import fs from 'node:fs';
import type { Translate } from '../service/l10n/translate';
import { describeError } from './messages';
import { forEachLimited, IO_CONCURRENCY } from './pool';

/** Plans are a few hundred lines; anything this big is not one (and would not fit a diagnostic run). */
export const MAX_PLAN_BYTES = 16 * 1024 * 1024;

/** the text, or why it could not be read (in the language of the run) */
export type ReadOutcome = { text: string } | { error: string };

export function decode(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readText(t: Translate, file: string): Promise<ReadOutcome> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_PLAN_BYTES) return { error: t('cli.tooLarge', { size: Math.round(size / 1024 / 1024) }) };
    return { text: decode(await handle.readFile()) };
  } catch (error) {
    return { error: t('io.cannotRead', { reason: describeError(t, error) }) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads every file with at most IO_CONCURRENCY reads pending, handing each one to `use` as soon
 * as it arrives, so checking one file overlaps with reading the next ones.
 */
export async function readEach(t: Translate, files: readonly string[], use: (file: string, outcome: ReadOutcome, index: number) => void): Promise<void> {
  await forEachLimited(files, IO_CONCURRENCY, async (file, index) => use(file, await readText(t, file), index));
}
