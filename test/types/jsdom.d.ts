// The parts of jsdom's API the tests use (test/unit/mermaid-parser.ts, timeline-webview.test.ts),
// declared here rather than taking @types/jsdom, whose DOM types would reach every file the root
// tsconfig checks.
declare module 'jsdom' {
  /** the few members of a DOM element the tests touch */
  export interface TestElement {
    textContent: string | null;
    innerHTML: string;
    lang: string;
    getAttribute(name: string): string | null;
    dispatchEvent(event: unknown): boolean;
    click(): void;
    focus(): void;
  }
  export interface TestDocument {
    documentElement: TestElement;
    activeElement: TestElement | null;
    getElementById(id: string): TestElement | null;
    querySelector(selector: string): TestElement | null;
    querySelectorAll(selector: string): Iterable<TestElement>;
  }
  type EventClass = new (type: string, init?: object) => unknown;
  export class JSDOM {
    constructor(html?: string, options?: { runScripts?: 'dangerously' | 'outside-only' });
    readonly window: {
      document: TestDocument;
      eval(code: string): unknown;
      dispatchEvent(event: unknown): boolean;
      MessageEvent: EventClass;
      MouseEvent: EventClass;
      KeyboardEvent: EventClass;
    };
  }
}
