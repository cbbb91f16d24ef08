import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigProblem } from '../types.js';
import { loadRuleFiles, normalizeSetPath } from '../rules/index.js';

/**
 * Which rule files apply to a set. Generic files (no `applies-to`) apply to every set; a story
 * file applies to a set whose path, relative to `base` (the config file's folder, or the working
 * directory), is one of its `applies-to` entries. Never by a folder's base name: a story file
 * for `seeds` does not apply to `other/seeds`.
 */
export interface RuleSource {
  /** Rule files and folders (absolute). */
  entries: readonly string[];
  /** Base of `applies-to` paths. */
  base: string;
}

const isRuleFileName = (name: string): boolean => /\.ya?ml$/i.test(name);

async function expandEntry(entry: string): Promise<{ files: string[]; problems: ConfigProblem[] }> {
  try {
    if (!(await stat(entry)).isDirectory()) return { files: [entry], problems: [] };
    const names = (await readdir(entry, { withFileTypes: true }))
      .filter((d) => d.isFile() && isRuleFileName(d.name))
      .map((d) => d.name)
      .sort();
    return { files: names.map((n) => path.join(entry, n)), problems: [] };
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : String(err);
    return { files: [], problems: [{ file: entry, line: 1, column: 1, message: `cannot read rule file or folder ${entry} (${code})` }] };
  }
}

/** Every rule file named by the entries, folders expanded (name order), each once. */
export async function ruleFilesOf(entries: readonly string[]): Promise<{ files: string[]; problems: ConfigProblem[] }> {
  const expanded = await Promise.all(entries.map(expandEntry));
  return {
    files: [...new Set(expanded.flatMap((e) => e.files))],
    problems: expanded.flatMap((e) => e.problems),
  };
}

/** Does a story file apply to the set at `setPath` (absolute), given `base`? */
export function appliesByPath(appliesTo: readonly string[], setPath: string, base: string): boolean {
  const relative = normalizeSetPath(path.relative(base, path.resolve(base, setPath)).split(path.sep).join('/') || '.');
  return appliesTo.some((entry) => normalizeSetPath(entry) === relative);
}

/**
 * The rule files to use when none are named on the command line:
 * 1. the config file's `rules` (relative to it);
 * 2. `--rules-dir DIR` (applies-to relative to the working directory);
 * 3. else the generic files shipped with factlint (never its demo story files), plus every
 *    rule file in `<cwd>/rules/` when that folder exists (a file there with the name of a shipped
 *    one replaces it).
 */
export async function defaultRuleSource(
  options: { configRules: readonly string[] | null; configDir: string; rulesDir: string | null; cwd: string },
  bundledDir: string,
): Promise<RuleSource> {
  if (options.configRules !== null) return { entries: options.configRules, base: options.configDir };
  if (options.rulesDir !== null) return { entries: [path.resolve(options.cwd, options.rulesDir)], base: options.cwd };
  const bundled = await genericFiles(bundledDir);
  const local = path.join(options.cwd, 'rules');
  const localFiles = (await isDirectory(local)) && path.resolve(local) !== path.resolve(bundledDir)
    ? (await ruleFilesOf([local])).files
    : [];
  const localNames = new Set(localFiles.map((f) => path.basename(f)));
  if (path.resolve(local) === path.resolve(bundledDir)) return { entries: [local], base: options.cwd };
  return { entries: [...bundled.filter((f) => !localNames.has(path.basename(f))), ...localFiles], base: options.cwd };
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The shipped rule files without `applies-to`. */
async function genericFiles(dir: string): Promise<string[]> {
  const { files } = await ruleFilesOf([dir]);
  const loaded = await loadRuleFiles(files);
  return loaded.ruleSets.filter((s) => s.appliesTo.length === 0).map((s) => s.file);
}
