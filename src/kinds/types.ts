import type { z } from 'zod';
import type { ClaimValue, Doc, ExtractContext, OverTime, Rule, RuleKind } from '../types.js';

/** The fields of a `Rule` that depend on its kind, read from the validated YAML. */
export interface KindOptions {
  units: string[];
  overTime: OverTime | null;
  names: string[];
  expect: Array<number | string>;
  /** Quantity: `headline` (one figure per version) or `sentence` (a catch-all); other kinds: the default, headline. */
  compare?: 'headline' | 'sentence';
}

/**
 * Everything factlint knows about one rule kind, in one module (src/kinds/<kind>.ts),
 * registered by one line in src/kinds/index.ts: the rule-file schema, the kind's rule
 * options, extraction, comparison and display. Stages ask the registry; none branches
 * on a kind name.
 */
export interface KindSpec {
  kind: RuleKind;
  /** Strict zod object of a rule of this kind (common keys + `kind` + the kind's own keys). */
  schema: z.ZodObject;
  /** The kind's rule fields from data validated by `schema`. */
  options(data: Readonly<Record<string, unknown>>): KindOptions;
  /** Values of one rule in one version. */
  extract(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[];
  /** Values of one rule across all versions, once all are extracted (people: a surname takes the full name). */
  acrossVersions?(values: ClaimValue[]): ClaimValue[];
  /** `scalar`: one fact per version (contradiction, update …); `list`: members (omission). */
  comparison: 'scalar' | 'list';
  /** `over-time` compares the numbers (a rise is an update); else it only pins the value. */
  numericOverTime: boolean;
  /** Same value, another hedge is a qualifier change ("more than 3" vs "3"). */
  qualifiers: boolean;
  /** Two comparison keys say the same thing. */
  compatible(a: string, b: string): boolean;
  /** A key matches one of the rule's pinned `expect` values. */
  matchesExpected(key: string, expect: ReadonlyArray<number | string>): boolean;
  /** A value as a person reads it ("more than 3 years", "$32 million"). */
  display(v: ClaimValue): string;
  /** The shared form of values with one key (no qualifier). */
  displayKey(values: readonly ClaimValue[]): string;
}

/** The `expect` of validated data as a list (a single value or a list in YAML). */
export function expectList(data: Readonly<Record<string, unknown>>): Array<number | string> {
  const e = data['expect'];
  if (e === undefined) return [];
  const list: unknown[] = Array.isArray(e) ? e : [e];
  return list.filter((x): x is number | string => typeof x === 'number' || typeof x === 'string');
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}
