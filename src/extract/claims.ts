import type { ClaimValue, Doc, ExtractContext, Rule, RuleKind } from '../types.js';

/** A version to read claims from, with the reference date for its relative dates. */
export interface ClaimSource {
  id: string;
  date: string | null;
}

/** What reading claims needs of a rule kind; src/kinds/ provides it (`kindOf`). */
export interface KindReader {
  extract(doc: Doc, rule: Rule, ctx: ExtractContext): ClaimValue[];
  /** Values of one rule across all versions, once all are read (people: a surname takes the full name). */
  acrossVersions?(values: ClaimValue[]): ClaimValue[];
}

export type KindReaders = (kind: RuleKind) => KindReader;

/** Values of every rule in every version: rule id -> version id -> values. */
export type ClaimTable = Map<string, Map<string, ClaimValue[]>>;

/**
 * Runs every rule's extractor over every version. People are unified across the set
 * (a surname alone takes the full name given elsewhere), and a quantity rule without
 * cues (every "N people") leaves out the figures a rule with cues (a toll) claims.
 */
export function extractClaims(
  rules: readonly Rule[],
  versions: readonly ClaimSource[],
  docs: ReadonlyMap<string, Doc>,
  setDate: string | null,
  kinds: KindReaders,
): ClaimTable {
  const extracted: ClaimTable = new Map(rules.map((rule) => [rule.id, extractRule(rule, versions, docs, setDate, kinds)]));
  const claimed = claimedSpans(rules, extracted);
  for (const rule of rules) {
    const values = extracted.get(rule.id);
    if (values && isCollector(rule)) extracted.set(rule.id, withoutClaimed(values, claimed));
  }
  return extracted;
}

/** Whether a version names a person anywhere, whatever the rule's cues (for list rules). */
export function presence(
  rule: Rule,
  versions: readonly ClaimSource[],
  docs: ReadonlyMap<string, Doc>,
  setDate: string | null,
  kinds: KindReaders,
): (version: string, key: string) => boolean {
  const values = extractRule({ ...rule, cues: [] }, versions, docs, setDate, kinds);
  const keys = new Map([...values].map(([id, list]) => [id, new Set(list.map((x) => x.key))]));
  return (version, key) => keys.get(version)?.has(key) ?? false;
}

function extractRule(
  rule: Rule,
  versions: readonly ClaimSource[],
  docs: ReadonlyMap<string, Doc>,
  setDate: string | null,
  kinds: KindReaders,
): Map<string, ClaimValue[]> {
  const kind = kinds(rule.kind);
  const all: ClaimValue[] = [];
  for (const v of versions) {
    const doc = docs.get(v.id);
    if (doc) for (const x of kind.extract(doc, rule, { referenceDate: v.date ?? setDate })) all.push(x);
  }
  const unified = kind.acrossVersions?.(all) ?? all;
  const values = new Map<string, ClaimValue[]>(versions.map((v) => [v.id, []]));
  for (const x of unified) values.get(x.version)?.push(x);
  return values;
}

/**
 * A quantity rule without cues collects every "N people"; a figure that a rule with
 * cues already claims (a toll) is reported there, not twice.
 */
function isCollector(rule: Rule): boolean {
  return rule.kind === 'quantity' && rule.cues.length === 0;
}

function claimedSpans(rules: readonly Rule[], extracted: ReadonlyMap<string, Map<string, ClaimValue[]>>): Map<string, ClaimValue[]> {
  const claimed = new Map<string, ClaimValue[]>();
  for (const rule of rules) {
    if (rule.kind !== 'quantity' || isCollector(rule)) continue;
    for (const [version, values] of extracted.get(rule.id) ?? []) {
      claimed.set(version, [...(claimed.get(version) ?? []), ...values]);
    }
  }
  return claimed;
}

function withoutClaimed(values: Map<string, ClaimValue[]>, claimed: ReadonlyMap<string, ClaimValue[]>): Map<string, ClaimValue[]> {
  const overlaps = (a: ClaimValue, b: ClaimValue): boolean => a.span.start < b.span.end && b.span.start < a.span.end;
  return new Map(
    [...values].map(([version, list]) => [
      version,
      list.filter((x) => !(claimed.get(version) ?? []).some((c) => overlaps(c, x))),
    ]),
  );
}
