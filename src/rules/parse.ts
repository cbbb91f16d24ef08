import { kindOf } from '../kinds/index.js';
import type { ConfigProblem, Rule, RuleSet } from '../types.js';
import { sortProblems } from '../yaml/problems.js';
import { ruleFileSchema } from './schema.js';
import type { RuleData, RuleFileData } from './schema.js';
import { duplicateIdProblems, placeOf, readYaml, topLevelProblem } from '../yaml/source.js';
import type { YamlSource } from '../yaml/source.js';
import { validate } from '../yaml/zod-problems.js';

export interface ParsedRuleFile {
  ruleSet: RuleSet | null;
  problems: ConfigProblem[];
}

/**
 * Parse and strictly validate one rule file (pure: no I/O). Any problem makes
 * `ruleSet` null: a rule file is either fully understood or rejected.
 */
export function parseRuleFile(text: string, file: string): ParsedRuleFile {
  const { source, data, problems } = readYaml(text, file);
  if (problems.length > 0) return { ruleSet: null, problems: sortProblems(problems) };
  const top = topLevelProblem(data, file, "'version' and 'rules'");
  if (top) return { ruleSet: null, problems: [top] };

  const { value, problems: schemaProblems } = validate(ruleFileSchema, source, data);
  const all = [...schemaProblems];
  if (value) {
    all.push(
      ...duplicateIdProblems(source, 'rules', value.rules.map((r) => r.id), (id, at) => `duplicate rule id '${id}' (first defined at ${at})`),
    );
  }
  if (!value || all.length > 0) return { ruleSet: null, problems: sortProblems(all) };
  return { ruleSet: toRuleSet(value, source), problems: [] };
}


const lowerUnique = (words: readonly string[]): string[] => [...new Set(words.map((w) => w.toLowerCase()))];

function toRule(rule: RuleData, index: number, source: YamlSource): Rule {
  const at = placeOf(source, ['rules', index, 'id']);
  // The kind module of `rule.kind` gives that kind's own fields: together they are a Rule of that kind.
  return {
    id: rule.id,
    label: rule.label,
    kind: rule.kind,
    severity: rule.severity,
    cues: lowerUnique(rule.cues),
    window: rule.window,
    ...kindOf(rule.kind).options(rule),
    replaces: rule.replaces ?? [],
    source: { file: source.file, line: at.line, column: at.column },
  } as Rule;
}

function toRuleSet(value: RuleFileData, source: YamlSource): RuleSet {
  return {
    file: source.file,
    appliesTo: (value['applies-to'] ?? []).map(normalizeSetPath),
    rules: value.rules.map((r, i) => toRule(r, i, source)),
  };
}

/** `./stories/paris/` → `stories/paris` (forward slashes, no leading `./`, no trailing `/`). */
export function normalizeSetPath(p: string): string {
  let s = p.replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s;
}
