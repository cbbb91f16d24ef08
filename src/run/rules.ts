/**
 * Rule files parsed once per process (or worker), then chosen per set from the parsed files.
 *
 * The default choice (no `--rules`) is every generic file of the rules directory plus every
 * story file whose `applies-to` names the set. Before, each set re-read and re-parsed every
 * file twice (once to read `applies-to`, once to load the chosen ones); now the directory is
 * parsed once and each set only matches `applies-to` against the parsed files. The rules for
 * one choice of files are built once and shared by every set with that choice.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { appliesToSet, crossFileDuplicates, parseRuleFile, sortProblems } from '../rules/index.js';
import type { ConfigProblem, Rule, RuleSet } from '../types.js';

/** The rules of one set, or the rule-file problems that stop it from being checked. */
export type SetRules = { rules: Rule[]; problems: [] } | { rules: null; problems: ConfigProblem[] };

/** Rule files of a directory, parsed once. */
export interface RuleCatalog {
  /** Rules for the set at `setPath` (memoised per choice of files). */
  forSet(setPath: string): SetRules;
}

/** Drops rules that another loaded rule `replaces` (a story rule over a generic one). */
export function effectiveRules(rules: readonly Rule[]): Rule[] {
  const replaced = new Set(rules.flatMap((r) => r.replaces));
  return rules.filter((r) => !replaced.has(r.id));
}

/** Rules from rule sets loaded together: cross-file duplicate ids are problems. */
export function rulesOf(ruleSets: readonly RuleSet[]): SetRules {
  const duplicates = crossFileDuplicates(ruleSets);
  if (duplicates.length > 0) return { rules: null, problems: sortProblems(duplicates) };
  return { rules: effectiveRules(ruleSets.flatMap((s) => s.rules)), problems: [] };
}

/** Reads and parses every `.yaml`/`.yml` file of `rulesDir` once. `cwd` resolves `applies-to`. */
export async function loadRuleCatalog(rulesDir: string, cwd: string = path.resolve()): Promise<RuleCatalog> {
  const parsed = await parseDirectory(rulesDir);
  const memo = new Map<string, SetRules>();
  return {
    forSet(setPath: string): SetRules {
      if (parsed.problems.length > 0) return { rules: null, problems: parsed.problems };
      const generic = parsed.ruleSets.filter((s) => s.appliesTo.length === 0);
      const story = parsed.ruleSets.filter((s) => s.appliesTo.length > 0 && appliesToSet(s.appliesTo, setPath, cwd));
      const chosen = [...generic, ...story];
      const key = chosen.map((s) => s.file).join('\u0000');
      const cached = memo.get(key);
      if (cached) return cached;
      const result = rulesOf(chosen);
      memo.set(key, result);
      return result;
    },
  };
}

interface ParsedDirectory {
  ruleSets: RuleSet[];
  problems: ConfigProblem[];
}

async function parseDirectory(rulesDir: string): Promise<ParsedDirectory> {
  let names: string[];
  try {
    names = (await readdir(rulesDir, { withFileTypes: true }))
      .filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch (err) {
    return { ruleSets: [], problems: [{ file: rulesDir, line: 1, column: 1, message: `cannot read rules directory ${rulesDir} (${reason(err)})` }] };
  }
  const ruleSets: RuleSet[] = [];
  const problems: ConfigProblem[] = [];
  for (const name of names) {
    const file = path.join(rulesDir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      problems.push({ file, line: 1, column: 1, message: `cannot read rule file ${file} (${reason(err)})` });
      continue;
    }
    const result = parseRuleFile(text, file);
    problems.push(...result.problems);
    if (result.ruleSet) ruleSets.push(result.ruleSet);
  }
  return { ruleSets, problems };
}

function reason(err: unknown): string {
  return err instanceof Error && 'code' in err ? String(err.code) : String(err);
}
