import type { z } from 'zod';
import type { ConfigProblem } from '../types.js';
import { didYouMean, sortProblems } from './problems.js';
import { describeType, problemAtPath, readYaml, topLevelProblem, valueAt } from './source.js';
import type { DataPath, YamlSource } from './source.js';

/**
 * Turns zod issues into `file:line:col` problems with messages written for
 * people editing YAML. Allowed keys (for "did you mean") are read from the same
 * zod schema that validates, so there is one source of truth.
 */

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

interface LooseDef {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

function def(s: Schema): LooseDef {
  return s._zod.def as unknown as LooseDef;
}

function unwrap(s: Schema): Schema {
  let cur = s;
  for (;;) {
    const d = def(cur);
    if (WRAPPERS.has(d.type) && d.innerType) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else return cur;
  }
}

function literalValues(s: Schema): unknown[] {
  const d = def(unwrap(s));
  if (d.type === 'literal') return d.values ?? [];
  if (d.type === 'enum') return Object.values(d.entries ?? {});
  return [];
}

/** For a discriminated union: its discriminator, and each option's keys by discriminator value. */
interface UnionInfo {
  discriminator: string;
  keysByValue: Map<string, string[]>;
}

interface ObjectInfo {
  keys: string[];
  union: UnionInfo | null;
}

function unionInfo(s: Schema): UnionInfo | null {
  const d = def(s);
  if (d.type !== 'union' || !d.discriminator || !d.options) return null;
  const keysByValue = new Map<string, string[]>();
  for (const option of d.options) {
    const od = def(unwrap(option));
    const disc = od.shape?.[d.discriminator];
    if (!od.shape || !disc) continue;
    for (const v of literalValues(disc)) keysByValue.set(String(v), Object.keys(od.shape));
  }
  return { discriminator: d.discriminator, keysByValue };
}

/** Pick the union option that the data selects (by discriminator), or the first object option. */
function chooseOption(s: Schema, data: unknown): Schema {
  const d = def(s);
  if (d.type !== 'union' || !d.options) return s;
  const disc = d.discriminator;
  const value = disc ? valueAt(data, [disc]) : undefined;
  for (const option of d.options) {
    const od = def(unwrap(option));
    if (disc && od.shape?.[disc]) {
      if (literalValues(od.shape[disc]).some((v) => v === value)) return unwrap(option);
    }
  }
  const firstObject = d.options.find((o) => def(unwrap(o)).type === 'object');
  return firstObject ? unwrap(firstObject) : s;
}

/** The object schema at a data path (null when the path does not lead to one). */
export function objectAt(schema: Schema, path: DataPath, data: unknown): ObjectInfo | null {
  let s = unwrap(schema);
  let union: UnionInfo | null = null;
  const settle = (at: DataPath): void => {
    s = unwrap(s);
    union = unionInfo(s);
    s = chooseOption(s, valueAt(data, at));
  };
  settle([]);
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const d = def(s);
    if (d.type === 'object' && d.shape && typeof step === 'string' && d.shape[step]) s = d.shape[step];
    else if (d.type === 'array' && d.element) s = d.element;
    else return null;
    settle(path.slice(0, i + 1));
  }
  const d = def(s);
  return d.type === 'object' && d.shape ? { keys: Object.keys(d.shape), union } : null;
}

/** `'window'`, or `'cues' item 3` for list items (1-based for people). */
export function describePath(path: DataPath): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const owner = path[path.length - 2];
    return owner === undefined ? `item ${last + 1}` : `'${String(owner)}' item ${last + 1}`;
  }
  return last === undefined ? 'the file' : `'${String(last)}'`;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

function show(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
}

function unknownKeyProblems(
  source: YamlSource,
  schema: Schema,
  data: unknown,
  issue: Extract<Issue, { code: 'unrecognized_keys' }>,
): ConfigProblem[] {
  const info = objectAt(schema, issue.path, data);
  const allowed = info?.keys ?? [];
  return issue.keys.map((key) => {
    const path = [...issue.path, key];
    const union = info?.union;
    if (union) {
      const discValue = valueAt(data, [...issue.path, union.discriminator]);
      const owners = [...union.keysByValue].filter(([, keys]) => keys.includes(key)).map(([v]) => v);
      if (owners.length > 0) {
        return problemAtPath(
          source,
          path,
          `key '${key}' does not apply to ${union.discriminator} '${String(discValue)}' (only to ${union.discriminator}: ${owners.join(', ')})`,
          'key',
        );
      }
    }
    const suggestion = didYouMean(key, allowed);
    const hint = suggestion ? `did you mean '${suggestion}'?` : `allowed: ${allowed.join(', ')}`;
    return problemAtPath(source, path, `unknown key '${key}' (${hint})`, 'key');
  });
}

function unionProblem(
  source: YamlSource,
  data: unknown,
  issue: Extract<Issue, { code: 'invalid_union' }>,
): ConfigProblem {
  const value = valueAt(data, issue.path);
  if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
    const allowed = issue.options.map(String);
    const key = issue.discriminator;
    const list = allowed.join(', ');
    if (value === undefined) {
      const owner = issue.path.slice(0, -1);
      return problemAtPath(source, owner, `missing required key '${key}' (one of ${list})`);
    }
    const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : null;
    const hint = suggestion ? `did you mean '${suggestion}'? allowed: ${list}` : `allowed: ${list}`;
    return problemAtPath(source, issue.path, `unknown ${key} ${show(value)} (${hint})`);
  }
  // Plain unions carry their message in the schema.
  return problemAtPath(source, issue.path, issue.message.replace('{value}', () => show(value)));
}

/**
 * A YAML `.inf`, `-.inf` or `.nan` (or a number too large for a double) at `path` or in the list
 * there. Such a value is a number to YAML and to zod's type check, so without this the message
 * read "must be a number, got a number".
 */
function nonFinite(value: unknown, path: DataPath): { path: DataPath; text: string } | null {
  const text = (v: unknown): string | null =>
    typeof v !== 'number' || Number.isFinite(v) ? null : Number.isNaN(v) ? 'not a number (.nan)' : v < 0 ? 'minus infinity (-.inf, or a number too large)' : 'infinity (.inf, or a number too large)';
  const own = text(value);
  if (own !== null) return { path, text: own };
  if (!Array.isArray(value)) return null;
  const index = value.findIndex((v) => text(v) !== null);
  return index < 0 ? null : { path: [...path, index], text: text(value[index]) ?? '' };
}

/** A value of the wrong type, or a required key missing (reported at its mapping). */
function typeProblem(source: YamlSource, issue: Extract<Issue, { code: 'invalid_type' }>, value: unknown): ConfigProblem {
  const { path } = issue;
  if (value === undefined && path.length > 0 && typeof path[path.length - 1] === 'string') {
    return problemAtPath(source, path.slice(0, -1), `missing required key ${describePath(path)}`);
  }
  if (path.length === 0) return problemAtPath(source, path, `expected a mapping at the top level, got ${describeType(value)}`);
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  return problemAtPath(source, path, `${describePath(path)} must be ${expected}, got ${describeType(value)}`);
}

/** A value outside the allowed ones, with the closest allowed one when it looks like a typo. */
function valueMessage(issue: Extract<Issue, { code: 'invalid_value' }>, value: unknown): string {
  const what = describePath(issue.path);
  const allowed = issue.values.map((v) => String(v));
  if (allowed.length === 1) return `${what} must be ${show(issue.values[0])}, got ${show(value)}`;
  const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : null;
  const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
  return `${what} must be one of ${allowed.join(', ')}; got ${show(value)}${hint}`;
}

/** A string, list or number too small or too big. */
function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown): string {
  const what = describePath(issue.path);
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  const empty = issue.code === 'too_small' && Number(bound) <= 1;
  if (issue.origin === 'string') {
    return empty ? `${what} must not be empty` : `${what} must be ${word} ${String(bound)} characters long, got ${show(value)}`;
  }
  if (issue.origin === 'array') return empty ? `${what} must not be empty` : `${what} must have ${word} ${String(bound)} items`;
  return `${what} must be ${word} ${String(bound)}, got ${show(value)}`;
}

function issueProblems(
  source: YamlSource,
  schema: Schema,
  data: unknown,
  issue: Issue,
): ConfigProblem[] {
  const { path } = issue;
  const value = valueAt(data, path);
  const what = describePath(path);
  const infinite = nonFinite(value, path);
  if (infinite) return [problemAtPath(source, infinite.path, `${describePath(infinite.path)} must be a finite number, got ${infinite.text}`)];
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeyProblems(source, schema, data, issue);
    case 'invalid_union':
      return [unionProblem(source, data, issue)];
    case 'invalid_type':
      return [typeProblem(source, issue, value)];
    case 'invalid_value':
      return [problemAtPath(source, path, valueMessage(issue, value))];
    case 'too_small':
    case 'too_big':
      return [problemAtPath(source, path, sizeMessage(issue, value))];
    case 'invalid_format':
    case 'custom':
      // Messages written in the schema; `{value}` is the offending value.
      return [problemAtPath(source, path, issue.message.replace('{value}', () => show(value)))];
    default:
      return [problemAtPath(source, path, `${what}: ${issue.message}`)];
  }
}

/** Validate plain data against a zod schema; problems carry the place of the offending key or value. */
export function validate<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  data: unknown,
): { value: z.output<S> | null; problems: ConfigProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) =>
    issueProblems(source, schema, data, issue as Issue),
  );
  return { value: null, problems };
}

/**
 * The front end of every YAML file factlint reads (rule files, set manifests, the config):
 * parse, require a top-level mapping (`wants` names its keys in the message), validate
 * strictly. Either the value with its source (for places), or the problems, sorted.
 */
export function readValidYaml<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  wants: string,
): { source: YamlSource; value: z.output<S>; problems: [] } | { source: null; value: null; problems: ConfigProblem[] } {
  const { source, data, problems } = readYaml(text, file);
  if (problems.length > 0) return { source: null, value: null, problems: sortProblems(problems) };
  const top = topLevelProblem(data, file, wants);
  if (top) return { source: null, value: null, problems: [top] };
  const { value, problems: schemaProblems } = validate(schema, source, data);
  if (value === null) return { source: null, value: null, problems: sortProblems(schemaProblems) };
  return { source, value, problems: [] };
}
