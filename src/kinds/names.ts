import { z } from 'zod';
import { mentionExtractor } from '../extract/mention.js';
import { peopleExtractor } from '../extract/people.js';
import { unifyPeople, withSetPeople, withoutPlaces, withoutSetPeople } from '../extract/unify.js';
import { list, name, ruleObject } from './common.js';
import { expectList, stringList, type KindSpec } from './types.js';

/** The two list kinds, `people` and `mention`: names compared as sets of members. */

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
  extract: (doc, rule, ctx) => peopleExtractor.extract(doc, rule, ctx),
  acrossVersions: (values, docs, rule) => unifyPeople(withoutPlaces(withSetPeople(values, docs, rule), docs)),
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
  extract: (doc, rule, ctx) => mentionExtractor.extract(doc, rule, ctx),
  // a name some version shows to be a person's is no place or organisation (unless the rule lists it)
  acrossVersions: (values, docs, rule) => (rule.names.length > 0 ? values : withoutSetPeople(values, docs)),
};
