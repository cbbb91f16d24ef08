import type { z } from 'zod';
import type { ClaimValue, Doc, ExtractContext, Rule, RuleKind, RuleOf } from '../types.js';

/** The keys every rule has whatever its kind, read by rules/parse.ts. */
type CommonKey = 'id' | 'label' | 'kind' | 'severity' | 'cues' | 'window' | 'replaces' | 'source';

/** The fields of a rule of kind K that its kind module reads from the validated YAML (over-time, expect, its own keys). */
export type KindOptions<K extends RuleKind = RuleKind> = K extends RuleKind ? Omit<RuleOf<K>, CommonKey> : never;

/**
 * Everything factlint knows about one rule kind, in one module (src/kinds/<kind>.ts),
 * registered by one line in src/kinds/index.ts: the rule-file schema, the kind's rule
 * options, extraction, comparison and display. Stages ask the registry; none branches
 * on a kind name.
 */
export interface KindSpec<K extends RuleKind = RuleKind> {
  kind: K;
  /** Strict zod object of a rule of this kind (common keys + `kind` + the kind's own keys). */
  schema: z.ZodObject;
  /** The kind's rule fields from data validated by `schema`. */
  options(data: Readonly<Record<string, unknown>>): KindOptions<K>;
  /** Values of one rule in one version (the registry hands each kind only its own rules). */
  extract(doc: Doc, rule: RuleOf<K>, ctx: ExtractContext): ClaimValue[];
  /**
   * Values of one rule across all versions, once all are extracted, with the versions' docs
   * (people: a surname takes the full name; a name a version marks as a place is no person).
   */
  acrossVersions?(values: ClaimValue[], docs: readonly Doc[], rule: RuleOf<K>): ClaimValue[];
  /**
   * `scalar`: one fact per version (contradiction, update …); `list`: members (omission);
   * `attribute`: one fact per member (a named person's age), compared only where two versions
   * both give it (never an omission).
   */
  comparison: 'scalar' | 'list' | 'attribute';
  /** `over-time` compares the numbers (a rise is an update); else it only pins the value. */
  numericOverTime: boolean;
  /** Same value, another hedge is a qualifier change ("more than 3" vs "3"). */
  qualifiers: boolean;
  /**
   * A version's only value may be set against another version's only value, whatever the
   * sentences (a toll, a sum). False for dates: a story dates many events ("the blast on
   * Tuesday", "detained the owner on Thursday"), so they are compared sentence by sentence.
   * `same-cue` (sums): only when the sentences share a cue word of the rule, as a rule's cues
   * name different sums ("damage … at $180 million" is no other figure for "$2 million from
   * an emergency fund").
   */
  wholeVersion: boolean | 'same-cue';
  /**
   * Which fact of a scalar rule a value states, when a rule's values may state several: values
   * of different facts are never compared ("heads of state from 17 countries" and "delegations
   * from 50 countries" are two counts). Absent or '' for all: the rule's values are one fact.
   */
  factOf?(v: ClaimValue): string;
  /**
   * Who and what a value is about across sentences (a sum's payer, purpose and currency: "World
   * Bank … $25 million for reconstruction"), or null: values of one party in sentences too
   * reworded to match are still one fact (check/party.ts).
   */
  partyOf?(v: ClaimValue, rule: Rule): string | null;
  /**
   * False: a version without a value lost nothing, no omission or not-yet-reported is made (a
   * magnitude is read only where the sentence names its agency: a copy that drops the agency keeps
   * the figure). Absent: omissions are checked.
   */
  omissions?: false;
  /** Two comparison keys say the same thing. */
  compatible(a: string, b: string): boolean;
  /**
   * Two values whose keys differ but whose words say the same (a bare "Sunday" that one copy
   * reads as the coming Sunday, another as the last): no copy disagrees with another. Absent: none.
   */
  sameWords?(a: ClaimValue, b: ClaimValue): boolean;
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
