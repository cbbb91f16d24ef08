export { parseRuleFile, normalizeSetPath } from './parse.js';
export type { ParsedRuleFile } from './parse.js';
export { loadRuleFiles, selectRuleFiles, appliesToSet, crossFileDuplicates } from './load.js';
export type { LoadedRules, SelectedRules } from './load.js';
export { formatProblem, sortProblems, didYouMean, editDistance } from './problems.js';
export { ruleFileJsonSchema, ruleFileJsonSchemaText, jsonSchemaOf, jsonSchemaText } from './json-schema.js';
export { ruleFileSchema, RULE_KINDS, SEVERITIES, OVER_TIME, DEFAULT_WINDOW, MAX_WINDOW } from './schema.js';
