// Types of the generator's text functions, for the tests that import them.
export function planText(n: number, seed?: number): string;
export function memberPlanText(n: number, index: number): string;
