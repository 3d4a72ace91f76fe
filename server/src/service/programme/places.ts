// A summary's places, flat (issue 20, memory at 2,000 plans): a file's URI and the four numbers of
// an LSP range in one object, where a Location is four (~220 places per plan kept by the server).
// LSP ranges and locations are made from them only where a feature hands one out.
import type { Location, Range } from 'vscode-languageserver-types';
import type { Place } from './programme-types';

export function placeIn(uri: string, { start, end }: Range): Place {
  return { uri, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character };
}

export const rangeOf = (place: Place): Range => ({
  start: { line: place.line, character: place.character }, end: { line: place.endLine, character: place.endCharacter },
});

export const locationOf = (place: Place): Location => ({ uri: place.uri, range: rangeOf(place) });
