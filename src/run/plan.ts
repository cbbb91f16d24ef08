/**
 * What a run checks: the loaded sets in input order, each with its rules. Built once per run
 * in the main thread with main's config semantics (config `rules`, `--rules-dir`, `--rules`,
 * include/exclude, memory sets, `checks` off); each item is then checked in order, in this
 * thread or by a worker pool, with results in input order (src/run/run.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFinding, inputFinding } from '../check/index.js';
import { defaultConfig, type Config } from '../config/load.js';
import { defaultRuleSource } from '../config/rules.js';
import { findSets, type SetSource } from '../load/index.js';
import type { MemorySet } from '../load/memory.js';
import { loadRuleFiles } from '../rules/index.js';
import type { Finding, Rule } from '../types.js';
import { loadRuleCatalog, rulesOf } from './rules.js';
import { unknownChecks } from './checks.js';

export interface PlanOptions {
  /** Rule files to use instead of the default choice. */
  rules?: string[];
  /** A folder of rule files to use instead of the default (story files apply by path relative to `cwd`). */
  rulesDir?: string;
  /** Base for relative paths (default: process.cwd()). */
  cwd?: string;
  /** Project settings; default: `defaultConfig(cwd)`. */
  config?: Config;
  /** Versions already in memory (stdin, git revisions). */
  memory?: readonly MemorySet[];
  /** All loose files (and stdin) form one set. */
  oneSet?: boolean;
}

/** One set to check, with its rules (rule-file problems stop the whole run: they are the plan's findings). */
export interface SetItem {
  /** Position among the items of the whole (unsharded) run. */
  position: number;
  /** The set's path (as loaded): shards are chosen by it. */
  path: string;
  /** The set as found: its bytes are read when it is checked (load/index.ts `readSet`). */
  source: SetSource;
  /** Its number of versions (files and in-memory versions), for sizing the run. */
  versions: number;
  rules: Rule[];
}


export interface RunPlan {
  cwd: string;
  /** The config's `language` for versions without a manifest language. */
  language: string | null;
  /** Findings that belong to no set (missing paths, rule-file problems). */
  findings: Finding[];
  items: SetItem[];
  config: Config;
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
  const config = options.config ?? defaultConfig(cwd);
  const base = { cwd, language: config.language, config };
  const enabled = (rules: readonly Rule[]): Rule[] => rules.filter((r) => config.checks[r.id] !== 'off');
  let fixed: Rule[] | null = null;
  if (options.rules) {
    const loaded = await loadRuleFiles(options.rules.map((r) => path.resolve(cwd, r)));
    if (loaded.problems.length > 0) return { ...base, findings: loaded.problems.map((p) => configFinding(p, display)), items: [] };
    fixed = enabled(rulesOf(loaded.ruleSets));
  }
  const { sources: sets, problems } = await findSets(paths.map((p) => path.resolve(cwd, p)), {
    include: config.include,
    exclude: config.exclude,
    oneSet: options.oneSet === true,
    memory: options.memory ?? [],
  });
  const findings = problems.map((p) => inputFinding(p, display));
  if (fixed) {
    const rules = fixed;
    return { ...base, findings, items: sets.map((set, position) => setItem(set, position, rules)) };
  }
  const source = await defaultRuleSource({ configRules: config.rules, configDir: config.dir, rulesDir: options.rulesDir ?? null, cwd }, bundledRulesDir());
  const catalog = await loadRuleCatalog(source);
  if (sets.length > 0 && catalog.problems.length > 0) {
    // Every set reads the same rule files: their problems are reported once, and nothing is checked.
    return { ...base, findings: [...findings, ...catalog.problems.map((p) => configFinding(p, display))], items: [] };
  }
  findings.push(...unknownChecks(config, catalog.ruleIds).map((p) => configFinding(p, display)));
  const enabledMemo = new Map<Rule[], Rule[]>();
  const items: SetItem[] = sets.map((set, position) => {
    const chosen = catalog.forSet(set.path).rules ?? [];
    let rules = enabledMemo.get(chosen);
    if (!rules) enabledMemo.set(chosen, (rules = enabled(chosen)));
    return setItem(set, position, rules);
  });
  return { ...base, findings, items };
}

function setItem(source: SetSource, position: number, rules: Rule[]): SetItem {
  return { position, path: source.path, source, versions: source.files.length + source.memory.length, rules };
}
