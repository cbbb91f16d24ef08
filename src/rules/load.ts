import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigProblem, RuleSet } from '../types.js';
import { normalizeSetPath, parseRuleFile } from './parse.js';
import { sortProblems } from '../yaml/problems.js';

export interface LoadedRules {
  ruleSets: RuleSet[];
  problems: ConfigProblem[];
}

async function readText(file: string): Promise<{ text: string } | { problem: ConfigProblem }> {
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String(err.code) : String(err);
    return { problem: { file, line: 1, column: 1, message: `cannot read rule file ${file} (${reason})` } };
  }
}

/** Rule ids must be unique across every file loaded together: the second one is the error. */
export function crossFileDuplicates(ruleSets: readonly RuleSet[]): ConfigProblem[] {
  const seen = new Map<string, RuleSet['rules'][number]['source']>();
  const problems: ConfigProblem[] = [];
  for (const set of ruleSets) {
    for (const rule of set.rules) {
      const first = seen.get(rule.id);
      if (!first) {
        seen.set(rule.id, rule.source);
        continue;
      }
      problems.push({
        ...rule.source,
        message: `duplicate rule id '${rule.id}' (first defined at ${first.file}:${first.line}:${first.column})`,
      });
    }
  }
  return problems;
}

/**
 * Read and validate rule files in the order given. Only files without problems
 * are returned as rule sets; a rule whose id repeats one from an earlier file is
 * reported and its file left out.
 */
export async function loadRuleFiles(files: readonly string[]): Promise<LoadedRules> {
  const ruleSets: RuleSet[] = [];
  const problems: ConfigProblem[] = [];
  for (const file of files) {
    const read = await readText(file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseRuleFile(read.text, file);
    problems.push(...parsed.problems);
    if (parsed.ruleSet) ruleSets.push(parsed.ruleSet);
  }
  const duplicates = crossFileDuplicates(ruleSets);
  const badFiles = new Set(duplicates.map((p) => p.file));
  return {
    ruleSets: ruleSets.filter((s) => !badFiles.has(s.file)),
    problems: [...problems, ...sortProblems(duplicates)],
  };
}

/** Does a story file's `applies-to` name this set directory? */
export function appliesToSet(appliesTo: readonly string[], setPath: string, cwd: string): boolean {
  const absolute = path.resolve(cwd, setPath);
  const base = path.basename(absolute);
  const relative = normalizeSetPath(path.relative(cwd, absolute) || '.');
  const given = normalizeSetPath(setPath);
  return appliesTo.some((entry) => {
    const e = normalizeSetPath(entry);
    return e === base || e === relative || e === given;
  });
}

export interface SelectedRules {
  /** Generic files first, then matching story files, each group in name order. */
  files: string[];
  /** Problems found while reading `applies-to` (never swallowed). */
  problems: ConfigProblem[];
}

/**
 * The default rule files for a set when the user gives no `--rules`: every
 * generic file in `rulesDir` (no `applies-to`, e.g. news-core.yaml) plus every
 * story file whose `applies-to` names the set (its directory base name or its
 * path relative to `cwd`). Every file in `rulesDir` is parsed, and problems in
 * any of them are returned: a broken rule file is a configuration error (exit 2),
 * not something to skip silently.
 */
export async function selectRuleFiles(
  setPath: string,
  rulesDir: string,
  options: { cwd?: string } = {},
): Promise<SelectedRules> {
  const cwd = options.cwd ?? path.resolve();
  let names: string[];
  try {
    names = (await readdir(rulesDir, { withFileTypes: true }))
      .filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String(err.code) : String(err);
    return {
      files: [],
      problems: [{ file: rulesDir, line: 1, column: 1, message: `cannot read rules directory ${rulesDir} (${reason})` }],
    };
  }
  const generic: string[] = [];
  const story: string[] = [];
  const problems: ConfigProblem[] = [];
  for (const name of names) {
    const file = path.join(rulesDir, name);
    const read = await readText(file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { ruleSet, problems: fileProblems } = parseRuleFile(read.text, file);
    problems.push(...fileProblems);
    if (!ruleSet) continue;
    if (ruleSet.appliesTo.length === 0) generic.push(file);
    else if (appliesToSet(ruleSet.appliesTo, setPath, cwd)) story.push(file);
  }
  return { files: [...generic, ...story], problems };
}
