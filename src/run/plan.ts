/**
 * What a run checks: the loaded sets in input order, each with its rules, or the rule-file
 * problems that stop it. Built once per run in the main thread; each item is then checked
 * in order (`check()`), or by a worker pool with results emitted in input order (`runSets`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFinding, inputFinding } from '../check/index.js';
import { loadSets } from '../load/index.js';
import { loadRuleFiles } from '../rules/index.js';
import type { Finding, LoadedSet, Rule } from '../types.js';
import { loadRuleCatalog, rulesOf, type RuleCatalog } from './rules.js';

export interface PlanOptions {
  /** Rule files to use instead of the default choice (news-core + story files that apply). */
  rules?: string[];
  /** Where default rule files live: `<cwd>/rules` if it exists, else the rules shipped with factlint. */
  rulesDir?: string;
  /** Base for relative paths (default: process.cwd()). */
  cwd?: string;
}

/** One set to check, with its rules. */
export interface SetItem {
  kind: 'set';
  /** Position among the items of the whole (unsharded) run. */
  position: number;
  /** The set's path (as loaded): shards are chosen by it. */
  path: string;
  set: LoadedSet;
  rules: Rule[];
}

/** A set whose rule files have problems: its config findings go to the report's own findings. */
export interface ConfigItem {
  kind: 'config';
  position: number;
  path: string;
  findings: Finding[];
}

export type PlanItem = SetItem | ConfigItem;

export interface RunPlan {
  cwd: string;
  /** Findings that belong to no set (missing paths, rule files given with --rules). */
  findings: Finding[];
  items: PlanItem[];
}

/** The rule files shipped with the package (../../rules from src/run or dist/run). */
export function bundledRulesDir(): string {
  return fileURLToPath(new URL('../../rules/', import.meta.url));
}

/** `p` relative to `cwd` when inside it, as reports show paths. */
export function displayPath(cwd: string): (p: string) => string {
  return (p: string): string => {
    const rel = path.relative(cwd, p);
    return rel === '' ? '.' : rel.startsWith('..') ? p : rel;
  };
}

/** Loads the sets and chooses their rules (rule files parsed once for the whole run). */
export async function planRun(paths: readonly string[], options: PlanOptions = {}): Promise<RunPlan> {
  const cwd = options.cwd ?? process.cwd();
  const display = displayPath(cwd);
  let fixed: Rule[] | null = null;
  if (options.rules) {
    const loaded = await loadRuleFiles(options.rules.map((r) => path.resolve(cwd, r)));
    if (loaded.problems.length > 0) return { cwd, findings: loaded.problems.map((p) => configFinding(p, display)), items: [] };
    fixed = rulesOf(loaded.ruleSets).rules ?? [];
  }
  const { sets, problems } = await loadSets(paths.map((p) => path.resolve(cwd, p)));
  const findings = problems.map((p) => inputFinding(p, display));
  const catalog = fixed ? null : await loadRuleCatalog(defaultRulesDir(cwd, options.rulesDir));
  const items = sets.map((set, position) => planItem(set, position, fixed, catalog, display));
  return { cwd, findings, items };
}

function planItem(set: LoadedSet, position: number, fixed: Rule[] | null, catalog: RuleCatalog | null, display: (p: string) => string): PlanItem {
  if (fixed) return { kind: 'set', position, path: set.path, set, rules: fixed };
  const chosen = catalog?.forSet(set.path) ?? { rules: [], problems: [] };
  if (chosen.rules === null) return { kind: 'config', position, path: set.path, findings: chosen.problems.map((p) => configFinding(p, display)) };
  return { kind: 'set', position, path: set.path, set, rules: chosen.rules };
}

function defaultRulesDir(cwd: string, rulesDir: string | undefined): string {
  if (rulesDir) return path.resolve(cwd, rulesDir);
  return existsSync(path.join(cwd, 'rules', 'news-core.yaml')) ? path.join(cwd, 'rules') : bundledRulesDir();
}
