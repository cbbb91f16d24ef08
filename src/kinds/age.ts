/**
 * The `age` kind, whole: a named person's age ("Emma Radley, 15,", "17-year-old Caleb Ames",
 * "Nora Quist, aged 15"), read by src/read/ages.ts and compared person by person across
 * versions (check/attribute.ts): two versions that give one person two ages disagree, unless
 * the later one, in time order, is older by one (a birthday or a correction: an update).
 * A version that gives no age says nothing (never an omission); ages of unnamed people ("a
 * 15-year-old boy") are not read. Registered by one line in ./index.ts.
 */
import { sentenceHasCue } from '../extract/people.js';
import { readPersonAges } from '../read/ages.js';
import type { ClaimValue, Doc, Rule } from '../types.js';
import { ruleObject } from './common.js';
import type { KindSpec } from './types.js';

function extractAges(doc: Doc, rule: Rule): ClaimValue[] {
  const values: ClaimValue[] = [];
  for (const a of readPersonAges(doc)) {
    const sentence = doc.sentences[a.sentence];
    if (sentence === undefined) continue;
    if (rule.cues.length > 0 && !sentenceHasCue(doc, sentence, rule.cues)) continue;
    const place = doc.version.map.place(a.span.start);
    values.push({
      rule: rule.id, version: doc.version.id, kind: 'age', key: String(a.age), value: a.age, qualifier: null,
      person: { name: a.name, title: null, key: a.key },
      text: a.text, sentence: sentence.text, span: a.span, line: place.line, column: place.column,
      uncertain: doc.version.uncertain.some((u) => a.span.start < u.end && u.start < a.span.end),
    });
  }
  return values;
}

export const age: KindSpec<'age'> = {
  kind: 'age',
  schema: ruleObject(
    'age',
    "A named person's age (\"Emma Radley, 15\", \"17-year-old Caleb Ames\"), compared person by person across versions.",
    {},
    'An age rule.',
  ),
  options: () => ({ overTime: null, expect: [] }),
  extract: (doc, rule) => extractAges(doc, rule),
  comparison: 'attribute',
  numericOverTime: false,
  qualifiers: false,
  wholeVersion: false,
  factOf: (v) => v.person?.key ?? '',
  compatible: (a, b) => a === b,
  matchesExpected: () => false,
  display: (v) => `${v.person?.name ?? ''}, ${String(v.value)}`,
  displayKey: (values) => (values[0] ? String(values[0].value) : ''),
};
