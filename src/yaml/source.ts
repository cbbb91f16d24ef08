import { isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { ConfigProblem, Place } from '../types.js';

/**
 * Shared YAML front end of the rule files and the set manifest: strict parsing
 * (duplicate keys are errors, alias expansion is capped) and a way back from a
 * data path (`['rules', 0, 'cues', 2]`) to the line and column it came from.
 */

/** More alias expansions than this is treated as an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

export type DataPath = ReadonlyArray<PropertyKey>;

export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** Offsets where each line starts (line breaks are `\n`; a `\r` before it ends the line too). */
  lineStarts: number[];
}

export interface ReadYamlResult {
  source: YamlSource;
  /** Plain data (null when the YAML could not be read). */
  data: unknown;
  problems: ConfigProblem[];
}

export function problemAt(source: YamlSource, offset: number, message: string): ConfigProblem {
  const place = offsetPlace(source, offset);
  return { file: source.file, line: place.line, column: place.column, message };
}

export function fileProblem(file: string, message: string): ConfigProblem {
  return { file, line: 1, column: 1, message };
}

/*
 * Places are computed from the text itself rather than with yaml's LineCounter:
 * the lexer does not register line breaks inside tokens it fails on, so after a
 * syntax error LineCounter positions drift (found by the fast-check test).
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function offsetPlace(source: YamlSource, offset: number): Place {
  const at = Math.max(0, Math.min(offset, source.text.length));
  // The last line starting at or before the offset (a rule file's problems are few: a scan will do).
  let line = source.lineStarts.length - 1;
  while (line > 0 && (source.lineStarts[line] ?? 0) > at) line--;
  return { line: line + 1, column: at - (source.lineStarts[line] ?? 0) + 1 };
}

/**
 * Parse one YAML document. YAML errors and warnings (syntax, duplicate keys,
 * unresolved tags) are problems; when there are any, no data is returned, so a
 * half-read file is never validated.
 */
export function readYaml(text: string, file: string): ReadYamlResult {
  const doc = parseDocument(text, {
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const source: YamlSource = { file, text, doc, lineStarts: lineStartsOf(text) };
  const problems: ConfigProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const [start, end] = e.pos;
    const message =
      e.code === 'DUPLICATE_KEY'
        ? `duplicate key '${keyText(text.slice(start, end), source, start)}'`
        : `YAML ${e.name === 'YAMLWarning' ? 'warning' : 'syntax error'}: ${e.message}`;
    problems.push(problemAt(source, start, message));
  }
  if (problems.length > 0) return { source, data: null, problems };

  let data: unknown;
  try {
    data = plainData(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch (err) {
    const offset = firstAliasOffset(doc);
    const reason = err instanceof Error ? err.message : String(err);
    const message = /alias count/i.test(reason)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): refusing to expand a possible alias bomb`
      : `YAML error: ${reason}`;
    return { source, data: null, problems: [problemAt(source, offset, message)] };
  }
  return { source, data, problems };
}

/** yaml reports the duplicate key's first character; widen it to the whole key. */
function keyText(slice: string, source: YamlSource, start: number): string {
  let found = slice;
  visit(source.doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && key.range && key.range[0] === start) {
        found = String(key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Dates (from an explicit `!!timestamp` tag) become ISO strings: `YYYY-MM-DD`
 * at UTC midnight, a full ISO timestamp otherwise (which date checks reject).
 */
function plainData(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return String(value);
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(plainData);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainData(v);
    return out;
  }
  return value;
}

/**
 * The node at a data path: the value node, or with `want: 'key'` the key node of
 * the last step. Falls back to the deepest node that exists (e.g. the mapping
 * that lacks a required key).
 */
export function nodeAt(
  source: YamlSource,
  path: DataPath,
  want: 'key' | 'value' = 'value',
): { node: YamlNode | null; complete: boolean } {
  let node: unknown = source.doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { node: node as YamlNode, complete: false };
      if (last && want === 'key') return { node: pair.key as YamlNode, complete: true };
      if (pair.value === null) return { node: pair.key as YamlNode, complete: false };
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step];
      if (item === undefined || item === null) return { node: node as YamlNode, complete: false };
      node = item;
    } else {
      return { node: (node as YamlNode | null) ?? null, complete: false };
    }
  }
  return { node: (node as YamlNode | null) ?? null, complete: true };
}

/** Where a data path starts in the file (1:1 when nothing better is known). */
export function placeOf(source: YamlSource, path: DataPath, want: 'key' | 'value' = 'value'): Place {
  const { node } = nodeAt(source, path, want);
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, column: 1 } : offsetPlace(source, offset);
}

export function problemAtPath(
  source: YamlSource,
  path: DataPath,
  message: string,
  want: 'key' | 'value' = 'value',
): ConfigProblem {
  const place = placeOf(source, path, want);
  return { file: source.file, line: place.line, column: place.column, message };
}

/** The plain-data value at a path (undefined when absent). */
export function valueAt(data: unknown, path: DataPath): unknown {
  let v: unknown = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[step];
  }
  return v;
}

/** "a mapping", "a list", "a string", ... for messages. */
export function describeType(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return `a ${typeof v}`;
}

/** Empty file or a top level that is not a mapping: a problem at 1:1. */
export function topLevelProblem(data: unknown, file: string, wants: string): ConfigProblem | null {
  if (data === null || data === undefined) return fileProblem(file, `file is empty: expected a mapping with ${wants}`);
  if (typeof data !== 'object' || Array.isArray(data)) {
    const got = Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    return fileProblem(file, `expected a mapping with ${wants} at the top level, got ${got}`);
  }
  return null;
}

/**
 * Problems for items of the list at `list` whose `id` repeats an earlier one, placed at the
 * repeat and naming where the first one is: "duplicate rule id 'x' (first defined at f:3:9)".
 */
export function duplicateIdProblems(
  source: YamlSource,
  list: string,
  ids: readonly string[],
  describe: (id: string, first: string) => string,
): ConfigProblem[] {
  const first = new Map<string, number>();
  const problems: ConfigProblem[] = [];
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    const at = placeOf(source, [list, earlier, 'id']);
    problems.push(problemAtPath(source, [list, i, 'id'], describe(id, `${source.file}:${at.line}:${at.column}`)));
  });
  return problems;
}
