import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigProblem, Severity } from '../types.js';
import { jsonSchemaOf, jsonSchemaText } from '../yaml/json-schema.js';
import { readValidYaml } from '../yaml/zod-problems.js';
import { configSchema, DEFAULT_INCLUDE } from './schema.js';

export const CONFIG_FILE = 'factlint.config.yaml';

export type CheckSetting = 'off' | 'on' | Severity;

/** A project configuration with paths made absolute (relative to the config file's folder). */
export interface Config {
  /** The config file, or null for the defaults. */
  file: string | null;
  /** Base of relative paths in the config and of story rules' `applies-to`. */
  dir: string;
  /** Rule files and folders, or null for the package default (generic rules only). */
  rules: string[] | null;
  include: readonly string[];
  exclude: readonly string[];
  language: string | null;
  checks: Readonly<Record<string, CheckSetting>>;
  minSeverity: Severity | null;
  failOn: Severity | 'none' | null;
  format: readonly string[] | null;
  baseline: string | null;
}

export function defaultConfig(dir: string): Config {
  return {
    file: null, dir, rules: null, include: DEFAULT_INCLUDE, exclude: [], language: null,
    checks: {}, minSeverity: null, failOn: null, format: null, baseline: null,
  };
}

/** Parse and validate a config file's text (pure). Any problem makes `config` null. */
export function parseConfig(text: string, file: string): { config: Config | null; problems: ConfigProblem[] } {
  const { value, problems } = readValidYaml(configSchema, text, file, "'version'");
  if (value === null) return { config: null, problems };
  const dir = path.dirname(path.resolve(file));
  const at = (p: string): string => path.resolve(dir, p);
  return {
    config: {
      file: path.resolve(file),
      dir,
      rules: value.rules ? value.rules.map(at) : null,
      include: value.include ?? DEFAULT_INCLUDE,
      exclude: value.exclude ?? [],
      language: value.language ?? null,
      checks: value.checks ?? {},
      minSeverity: value['min-severity'] ?? null,
      failOn: value['fail-on'] ?? null,
      format: value.format ?? null,
      baseline: value.baseline ? at(value.baseline) : null,
    },
    problems: [],
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The nearest `factlint.config.yaml` in `start` or a folder above it, or null. */
export async function findConfig(start: string): Promise<string | null> {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The configuration for a run: `explicit` (--config) when given, else the nearest config
 * file above `cwd`, else the defaults. A file that cannot be read or validated is problems.
 */
export async function loadConfig(cwd: string, explicit: string | null): Promise<{ config: Config | null; problems: ConfigProblem[] }> {
  const file = explicit !== null ? path.resolve(cwd, explicit) : await findConfig(cwd);
  if (file === null) return { config: defaultConfig(cwd), problems: [] };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : String(err);
    return { config: null, problems: [{ file, line: 1, column: 1, message: `cannot read config file ${file} (${code})` }] };
  }
  return parseConfig(text, file);
}

/** JSON Schema of `factlint.config.yaml` for editors (rules/config.schema.json). */
export function configJsonSchemaText(): string {
  return jsonSchemaText(jsonSchemaOf(configSchema, 'factlint configuration'));
}
