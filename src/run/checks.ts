/**
 * The config's `checks` names rules and built-in checks; a name that is neither (a typo such as
 * `dropped-facts`) would switch nothing off without a word. It is a config finding, with the
 * key's place in the config file and the nearest known name.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../config/load.js';
import { BUILTIN_CHECKS } from '../findings.js';
import type { ConfigProblem } from '../types.js';
import { didYouMean } from '../yaml/problems.js';

export function unknownChecks(config: Config, ruleIds: readonly string[]): ConfigProblem[] {
  if (config.file === null) return [];
  const known = [...Object.keys(BUILTIN_CHECKS), ...ruleIds];
  const unknown = Object.keys(config.checks).filter((name) => !known.includes(name));
  if (unknown.length === 0) return [];
  const lines = readConfigLines(config.file);
  return unknown.map((name) => {
    const line = lines.findIndex((l) => new RegExp(`^\\s*['"]?${name}['"]?\\s*:`).test(l));
    const hint = didYouMean(name, known);
    return {
      file: config.file as string,
      line: line + 1 || 1,
      column: line >= 0 ? (lines[line]?.search(/\S/) ?? 0) + 1 : 1,
      message: `checks: unknown rule or check '${name}'${hint ? ` (did you mean '${hint}'?)` : ''}: it switches nothing`,
    };
  });
}

function readConfigLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return [];
  }
}
