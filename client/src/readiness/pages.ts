// The sidebar fills as plans are read (issue 20): the plans are asked for in small pages, one
// request at a time, and each page is shown as it arrives. The server does one plan per slice and
// yields to edits, so a small page keeps the view moving without holding the server. Pure: no
// vscode, unit-tested.

/** Plans per request: a page is shown in a few tens of milliseconds on 330-line plans. */
export const PAGE_SIZE = 10;

/**
 * Asks `request` for `uris` page by page, in order, calling `onPage` with each answer before the
 * next page is asked for. Stops (false) at the first request that fails; true once every page came.
 */
export async function inPages<R>(uris: readonly string[], request: (page: string[]) => Promise<R>, onPage: (result: R) => void, size = PAGE_SIZE): Promise<boolean> {
  for (let i = 0; i < uris.length; i += size) {
    let result: R;
    try {
      result = await request(uris.slice(i, i + size));
    } catch {
      return false;
    }
    onPage(result);
  }
  return true;
}
