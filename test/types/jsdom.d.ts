// The one part of jsdom's API the tests use (test/unit/mermaid-parser.ts), declared here rather than
// taking @types/jsdom, whose DOM types would reach every file the root tsconfig checks.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { document: unknown };
  }
}
