/**
 * Rule files parsed once per run, then chosen per set from the parsed files.
 *
 * Which files apply to a set is main's config-based choice (src/config/rules.ts): every
 * generic file of the rule source plus every story file whose `applies-to` names the set by
 * its path relative to the source's base. Before, each set re-read and re-parsed every file;
 * now the source is expanded and parsed once and each set only matches `applies-to` against
 * the parsed files. The rules for one choice of files are built once and shared by every set
 * with that choice.
 */
import { appliesByPath, ruleFilesOf, type RuleSource } from '../config/rules.js';
import { loadRuleFiles } from '../rules/index.js';
import type { ConfigProblem, Rule, RuleSet } from '../types.js';

/** The rules of one set, or the rule-file problems that stop the run. */
export type SetRules = { rules: Rule[]; problems: [] } | { rules: null; problems: ConfigProblem[] };

/** Rule files of a source, parsed once. */
export interface RuleCatalog {
  /** Problems of the rule files (every set reads the same files: they stop the whole run). */
  problems: ConfigProblem[];
  /** Rules for the set at `setPath` (memoised per choice of files). */
  forSet(setPath: string): SetRules;
  /** The id of every rule of every file (generic and story rules). */
  ruleIds: readonly string[];
}

/** Drops rules that another loaded rule `replaces` (a story rule over a generic one). */
export function effectiveRules(rules: readonly Rule[]): Rule[] {
  const replaced = new Set(rules.flatMap((r) => r.replaces));
  return rules.filter((r) => !replaced.has(r.id));
}

/** Rules from rule sets loaded together. */
export function rulesOf(ruleSets: readonly RuleSet[]): Rule[] {
  return effectiveRules(ruleSets.flatMap((s) => s.rules));
}

/** Expands and parses every rule file of `source` once (all of them, so a broken story file is an error for every set). */
export async function loadRuleCatalog(source: RuleSource): Promise<RuleCatalog> {
  const { files, problems: entryProblems } = await ruleFilesOf(source.entries);
  const loaded = entryProblems.length > 0 ? { ruleSets: [], problems: entryProblems } : await loadRuleFiles(files);
  const memo = new Map<string, SetRules>();
  return {
    problems: loaded.problems,
    ruleIds: loaded.ruleSets.flatMap((set) => set.rules.map((r) => r.id)),
    forSet(setPath: string): SetRules {
      if (loaded.problems.length > 0) return { rules: null, problems: loaded.problems };
      const generic = loaded.ruleSets.filter((s) => s.appliesTo.length === 0);
      const story = loaded.ruleSets.filter((s) => s.appliesTo.length > 0 && appliesByPath(s.appliesTo, setPath, source.base));
      const chosen = [...generic, ...story];
      const key = chosen.map((s) => s.file).join('\u0000');
      const cached = memo.get(key);
      if (cached) return cached;
      const result: SetRules = { rules: rulesOf(chosen), problems: [] };
      memo.set(key, result);
      return result;
    },
  };
}
