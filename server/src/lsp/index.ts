// Every editor feature the server offers beyond diagnostics, in both hosts (Node and the browser).
// Add a feature module here; a Node-only one is added by server.ts (compare).
import type { Feature } from './feature';
import { codeActions } from './code-actions';
import { completion } from './completion';
import { hover } from './hover';
import { navigation } from './navigation';
import { outline } from './outline';
import { readiness } from './readiness';
import { timeline } from './timeline';
import { workspaceSymbols } from './workspace-symbols';

export const FEATURES: Feature[] = [completion, hover, navigation, outline, codeActions, readiness, timeline, workspaceSymbols];
