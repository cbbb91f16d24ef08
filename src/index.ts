/** factlint's public API: `check(paths, options) -> Report`, plus reporters and types. */
export { check, checkSet, bundledRulesDir, VERSION, type CheckOptions } from './api.js';
export { loadConfig, findConfig, parseConfig, defaultConfig, CONFIG_FILE, type Config } from './config/load.js';
export { baselineOf, applyBaseline, fingerprint, parseBaseline, type Baseline } from './noise/baseline.js';
export { REPORTERS, reporterFor } from './report/index.js';
export type * from './types.js';
