// node:assert for the suite in a Web Worker (esbuild aliases `assert` to this file in the web build):
// the functions the suites use, with node's names and meanings (strict comparisons, deep ones by
// value), so the same test files run in both extension hosts.
export class AssertionError extends Error {
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (value: unknown): string => {
  if (value instanceof RegExp) return String(value);
  try { return JSON.stringify(value) ?? String(value); } catch { return String(value); }
};

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ? `${message}\n${fallback}` : fallback, actual, expected);
}

/** node's deep strict equality for what tests compare: primitives, arrays, plain objects, Maps and Sets. */
function deepEquals(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEquals(v, b.get(k)));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every(v => b.has(v));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length
    && keys.every(k => Object.prototype.hasOwnProperty.call(b, k) && deepEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`, value, true);
}
export function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  // stricter than node's legacy `equal` (==): what passes here passes on the desktop
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`, actual, expected);
}
export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `expected anything but ${show(expected)}`, actual, expected);
}
// stricter than node's legacy `deepEqual` too
export function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!deepEquals(actual, expected)) fail(message, `expected ${show(expected)}\n     got ${show(actual)}`, actual, expected);
}
export function match(actual: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(actual)) fail(message, `${show(actual)} does not match ${pattern}`, actual, pattern);
}
export function doesNotMatch(actual: string, pattern: RegExp, message?: string | Error): void {
  if (pattern.test(actual)) fail(message, `${show(actual)} matches ${pattern}`, actual, pattern);
}
export { equal as strictEqual, deepEqual as deepStrictEqual };
