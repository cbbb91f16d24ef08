import { kindOf } from '../kinds/index.js';
import type { ClaimValue, Evidence } from '../types.js';
import { idsSay, joinIds, listVersions } from './context.js';

/** A claim value as a person reads it: "more than 3 years", "2025-04-17", "Keith Kellogg", "$32 million". */
export function displayValue(v: ClaimValue): string {
  return kindOf(v.kind).display(v);
}

/** Display of a comparison key shared by several values (no qualifier). */
export function displayKey(values: readonly ClaimValue[]): string {
  const first = values[0];
  return first ? kindOf(first.kind).displayKey(values) : '';
}

/**
 * Display of the figure several values state as one: the key when one of them states it
 * exactly, else the first as written with its hedge ("more than 60", never a bare "60" for
 * a figure no value gives exactly).
 */
export function displayStated(values: readonly ClaimValue[]): string {
  const exact = values.find((x) => x.qualifier === null);
  if (exact !== undefined || values.length === 0) return displayKey(exact === undefined ? values : [exact, ...values]);
  return displayValue(values[0] as ClaimValue);
}

/** Versions that state one figure the same way: exactly (any wording), or with one hedge as written. */
interface StatedGroup {
  text: string;
  ids: string[];
}

/**
 * The versions of `values` (the first value of each, in `order`) grouped by the figure
 * as each states it: exact figures first ("31 people"), then each hedge as written ("more than
 * 30 people"), so that no version is quoted with another's figure.
 */
function statedGroups(values: readonly ClaimValue[], order: ReadonlyMap<string, number>): StatedGroup[] {
  const groups = new Map<string, { values: ClaimValue[]; ids: string[] }>();
  for (const id of listVersions(values.map((x) => x.version), order)) {
    const x = values.find((y) => y.version === id) as ClaimValue;
    const key = x.qualifier === null ? `=${x.key}` : `~${displayValue(x)}`;
    const group = groups.get(key) ?? { values: [], ids: [] };
    group.values.push(x);
    group.ids.push(x.version);
    groups.set(key, group);
  }
  const all = [...groups.entries()].sort(([a], [b]) => (a[0] === b[0] ? 0 : a[0] === '=' ? -1 : 1));
  return all.map(([key, g]) => ({ text: key[0] === '=' ? displayKey(g.values) : displayValue(g.values[0] as ClaimValue), ids: g.ids }));
}

/** "a and b say 31 people"; "b says 31 people and a says more than 30 people" when they state it differently. */
export function idsSayStated(values: readonly ClaimValue[], order: ReadonlyMap<string, number>): string {
  return statedGroups(values, order).map((g) => `${idsSay(g.ids)} ${g.text}`).join(' and ');
}

/** "more than 30 people (a and b)"; "31 people (b) and more than 30 people (a)" when they state it differently. */
export function statedWithIds(values: readonly ClaimValue[], order: ReadonlyMap<string, number>): string {
  return statedGroups(values, order).map((g) => `${g.text} (${joinIds(g.ids)})`).join(' and ');
}

export function evidenceOf(v: ClaimValue, path?: string): Evidence {
  const e: Evidence = { version: v.version, line: v.line, column: v.column, text: v.sentence, value: displayValue(v) };
  if (path !== undefined) e.path = path;
  return e;
}
