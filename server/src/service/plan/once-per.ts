// What is derived from one object alone, computed once per object. The model keeps a phase's object
// (and the roster's and criteria's lists) while its segment's text is unchanged, so what is derived
// from it survives an edit elsewhere in the plan; the WeakMap lets it go with the object.
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return key => {
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
