// Every editor feature the server offers beyond diagnostics. Add a feature module here.
import type { Feature } from './feature';
import { codeActions } from './code-actions';
import { compareWithBranch } from './compare';
import { completion } from './completion';
import { hover } from './hover';
import { navigation } from './navigation';
import { outline } from './outline';
import { readiness } from './readiness';
import { timeline } from './timeline';
import { workspaceSymbols } from './workspace-symbols';

export const FEATURES: Feature[] = [completion, hover, navigation, outline, codeActions, readiness, timeline, compareWithBranch, workspaceSymbols];
