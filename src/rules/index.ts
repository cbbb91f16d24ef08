export { parseRuleFile, normalizeSetPath } from './parse.js';
export { loadRuleFiles, selectRuleFiles } from './load.js';
export { formatProblem, didYouMean } from '../yaml/problems.js';
export { ruleFileJsonSchema, ruleFileJsonSchemaText } from './schema.js';
