export { parseRuleFile, normalizeSetPath } from './parse.js';
export type { ParsedRuleFile } from './parse.js';
export { loadRuleFiles, selectRuleFiles, appliesToSet, crossFileDuplicates } from './load.js';
export type { LoadedRules, SelectedRules } from './load.js';
export { formatProblem, sortProblems, didYouMean, editDistance } from '../yaml/problems.js';
export { ruleFileSchema, ruleFileJsonSchema, ruleFileJsonSchemaText, RULE_KINDS, SEVERITIES, OVER_TIME, DEFAULT_WINDOW, MAX_WINDOW } from './schema.js';
