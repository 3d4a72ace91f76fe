// Reading plan files through the workspace (node/fs-workspace: regular files only, a size cap,
// never blocking on a pipe), with bounded concurrency.
import { renderMessage, type PlanWorkspace, type Translate } from '../service';
import { forEachLimited, IO_CONCURRENCY } from './pool';
import { fileUri } from './results';

/** the text, or why it could not be read (in the language of the run) */
export type ReadOutcome = { text: string } | { error: string };

async function readText(t: Translate, workspace: PlanWorkspace, file: string): Promise<ReadOutcome> {
  const read = await workspace.readFile(fileUri(file));
  return 'text' in read ? { text: read.text } : { error: t('io.cannotRead', { reason: renderMessage(t, read.refused) }) };
}

/**
 * Reads every file with at most IO_CONCURRENCY reads pending, handing each one to `use` as soon
 * as it arrives, so checking one file overlaps with reading the next ones.
 */
export async function readEach(
  t: Translate, workspace: PlanWorkspace, files: readonly string[], use: (file: string, outcome: ReadOutcome, index: number) => Promise<void>,
): Promise<void> {
  await forEachLimited(files, IO_CONCURRENCY, async (file, index) => use(file, await readText(t, workspace, file), index));
}
