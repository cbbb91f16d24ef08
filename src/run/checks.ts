/**
 * The config's `checks` names rules and built-in checks; a name that is neither (a typo such as
 * `dropped-facts`) would switch nothing off without a word. It is a config finding, at the
 * key's place in the config file (the YAML front end's `problemAtPath`), with the nearest known
 * name. Rule ids are only known once the rule files are read, so this runs in the plan, not in
 * the config schema.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../config/load.js';
import { BUILTIN_CHECKS } from '../findings.js';
import type { ConfigProblem } from '../types.js';
import { didYouMean } from '../yaml/problems.js';
import { problemAtPath, readYaml } from '../yaml/source.js';

export function unknownChecks(config: Config, ruleIds: readonly string[]): ConfigProblem[] {
  if (config.file === null) return [];
  const known = [...Object.keys(BUILTIN_CHECKS), ...ruleIds];
  const unknown = Object.keys(config.checks).filter((name) => !known.includes(name));
  if (unknown.length === 0) return [];
  const { source } = readYaml(readConfigText(config.file), config.file);
  return unknown.map((name) => {
    const hint = didYouMean(name, known);
    const message = `checks: unknown rule or check '${name}'${hint ? ` (did you mean '${hint}'?)` : ''}: it switches nothing`;
    return problemAtPath(source, ['checks', name], message, 'key');
  });
}

/** The config file's text (it was read a moment ago; if it is gone now, places fall back to 1:1). */
function readConfigText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
