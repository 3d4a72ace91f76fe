// The public surface of the pure language service.
export { RolloutPlanService, type ServiceOptions } from './service';
export { CHECK_CODES, docsLink, isCheckCode, type CheckCode, type Severity, type SeveritySetting } from './codes';
export { CONFIG_FILE, DEFAULT_CONFIG, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, parseConfig, type PlanConfig } from './config';
export { toLocale, type Locale } from './l10n/translate';
export { SOURCE } from './diagnostics';
export { isRefusal, type Refusal } from './references';
