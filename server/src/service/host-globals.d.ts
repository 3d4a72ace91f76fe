// The globals the service uses that both of its hosts have: Node and a Web Worker. The service's
// tsconfig loads neither Node's types nor the DOM's, so that anything else (`process`, `Buffer`,
// `NodeJS.*`, `window`) fails to compile; a global is added here only if both hosts have it, with
// only the members the service uses. The root tsconfig excludes this file: @types/node has them.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  decode(input?: Uint8Array): string;
}

interface ErrorConstructor {
  /** V8's (Node, Chromium's workers); in other engines a plain property that nothing reads */
  stackTraceLimit?: number;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly pathname: string;
}
