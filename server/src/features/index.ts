// Every editor feature the server offers beyond diagnostics. Add a feature module here.
import type { Feature } from './feature';

export const FEATURES: Feature[] = [];
