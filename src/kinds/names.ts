import { z } from 'zod';
import { mentionExtractor } from '../extract/mention.js';
import { peopleExtractor } from '../extract/people.js';
import { unifyPeople, withSetPeople, withoutPlaces, withoutSetPeople } from '../extract/unify.js';
import type { Doc, Rule } from '../types.js';
import { list, name, ruleObject } from './common.js';
import { expectList, stringList, type KindSpec } from './types.js';

/** The two list kinds, `people` and `mention`: names compared as sets of members. */

/**
 * The rule each doc was last read with: the claims stage reads every version of a set with one
 * rule, then unifies the values across them (extract/claims.ts), so unifying knows the rule.
 */
const ruleOf = new WeakMap<Doc, Rule>();
const readWith = (doc: Doc, rule: Rule): void => void ruleOf.set(doc, rule);

const nameList = {
  comparison: 'list',
  numericOverTime: false,
  qualifiers: false,
  wholeVersion: false,
  compatible: (a: string, b: string) => a === b,
  /** Keys are "person:keith kellogg", "mention:nato". */
  matchesExpected: (key: string, expect: ReadonlyArray<number | string>) =>
    expect.some((e) => key.toLowerCase().endsWith(`:${String(e).toLowerCase()}`)),
  display: (v) => String(v.value),
  displayKey: (values) => (values[0] ? String(values[0].value) : ''),
} as const satisfies Partial<KindSpec>;

const expectNames = list(name, "'expect' must be a name or a list of names");

export const people: KindSpec<'people'> = {
  ...nameList,
  kind: 'people',
  schema: ruleObject(
    'people',
    'People named (near a cue, if any): who attended, who was charged.',
    { expect: expectNames.optional().describe('People every version must name.') },
    'A people rule.',
  ),
  options: (data) => ({ overTime: null, expect: expectList(data) }),
  extract: (doc, rule, ctx) => (readWith(doc, rule), peopleExtractor.extract(doc, rule, ctx)),
  acrossVersions: (values, docs) => unifyPeople(withoutPlaces(withSetPeople(values, docs, (doc) => ruleOf.get(doc)), docs)),
};

export const mention: KindSpec<'mention'> = {
  ...nameList,
  kind: 'mention',
  schema: ruleObject(
    'mention',
    'Names of places and organisations that should keep appearing.',
    {
      names: z
        .array(name)
        .default([])
        .describe('Mention only: names that must keep appearing. Empty: track every place/organisation named.'),
      expect: expectNames.optional().describe('Names every version must carry.'),
    },
    'A mention rule.',
  ),
  options: (data) => ({ overTime: null, names: [...new Set(stringList(data['names']))], expect: expectList(data) }),
  extract: (doc, rule, ctx) => (readWith(doc, rule), mentionExtractor.extract(doc, rule, ctx)),
  // a name some version shows to be a person's is no place or organisation (unless the rule lists it)
  acrossVersions: (values, docs) => {
    const rule = docs.map((doc) => ruleOf.get(doc)).find((r) => r !== undefined);
    return rule?.kind === 'mention' && rule.names.length > 0 ? values : withoutSetPeople(values, docs);
  },
};
