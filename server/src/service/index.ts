// The public surface of the pure language service.
export { RolloutPlanService, type ServiceOptions } from './language-service';
export { CHECK_CODES, docsLink, isCheckCode, type CheckCode, type Severity, type SeveritySetting } from './checks/codes';
export { CONFIG_FILE, DEFAULT_CONFIG, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, parseConfig, type PlanConfig } from './workspace/config';
export { toLocale, type Locale } from './l10n/translate';
export { SOURCE } from './checks/diagnostics';
export { isRefusal, type Refusal } from './features/navigation/references';
export { declaresPlan } from './plan/detect';
