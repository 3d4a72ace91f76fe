// Keys written as a list or a map (`? [a, b]: x`, `{ [k]: v }`): YAML allows them, but no key of a
// plan can be one, and a JavaScript object cannot hold them (the parser would turn them into text).
// Found once per segment text (memoised), by an iterative walk (deep input must not overflow the
// stack), and reported by the yaml-syntax check in the user's language. A tree the fast path read
// has none (it declines such keys): no walk (~0.25 ms a plan, most of a check run's yaml-syntax).
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { readFast } from '../plan/fast-yaml';
import { nodeLoc, type Loc, type Segment } from '../plan/parse';
import { trimmedEnd } from '../shared/text-edits';

export function nonScalarKeys(seg: Segment): Loc[] {
  if (readFast(seg.doc)) return [];
  return seg.remember('non-scalar-keys', () => {
    const found: Loc[] = [];
    const stack: unknown[] = [seg.doc.contents];
    while (stack.length > 0) {
      const node = stack.pop();
      if (isMap(node) || isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      } else if (isPair(node)) {
        const key = node.key as Node | null;
        // what is inside such a key is not looked at: the key as a whole is the problem
        if (isMap(key) || isSeq(key)) found.push(keyLoc(seg, key));
        else if (key !== null && !isScalar(key)) continue; // an alias as a key: its anchor is checked where it is
        stack.push(node.value);
      }
    }
    return found;
  });
}

/** The key's range without the line break that an implicit map's range ends with. */
function keyLoc(seg: Segment, key: Node): Loc {
  const loc = nodeLoc(seg, key);
  return { ...loc, end: trimmedEnd(seg.text, loc.start, loc.end) };
}
