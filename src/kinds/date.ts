import { dateExtractor } from '../extract/date.js';
import { isoDate, list, overTime, overTimeOf, ruleObject } from './common.js';
import { expectList, type KindSpec } from './types.js';

/** `date`: the date of an event tied to a cue, resolved against the version's date. */
const schema = ruleObject(
  'date',
  'The date of an event tied to a cue, resolved against the version date.',
  {
    'over-time': overTime.optional(),
    expect: list(isoDate, "'expect' must be an ISO date (YYYY-MM-DD) or a list of them")
      .optional()
      .describe('Pinned expected date(s), ISO YYYY-MM-DD.'),
  },
  'A date rule.',
);

/** Date keys are a day ("2025-04-17") or a range ("2025-04-14..2025-04-20"). */
function dateRange(key: string): [string, string] | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(key);
  if (!m || !m[1]) return null;
  return [m[1], m[2] ?? m[1]];
}

/** Equal days, or ranges that overlap ("last week" and a day inside it). */
function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  // Two days (or keys that are not dates) overlap only when equal: only a range needs reading.
  if (!a.includes('..') && !b.includes('..')) return false;
  const x = dateRange(a);
  const y = dateRange(b);
  return x !== null && y !== null && x[0] <= y[1] && y[0] <= x[1];
}

export const date: KindSpec<'date'> = {
  kind: 'date',
  schema,
  options: (data) => ({ overTime: overTimeOf(data), expect: expectList(data) }),
  extract: (doc, rule, ctx) => dateExtractor.extract(doc, rule, ctx),
  comparison: 'scalar',
  numericOverTime: false,
  qualifiers: false,
  wholeVersion: false,
  compatible,
  matchesExpected: (key, expect) => expect.some((e) => compatible(key, String(e))),
  display(v) {
    const d = v.date;
    const when = d && d.start !== d.end ? `${d.start}..${d.end}` : String(v.value);
    return `${when} ("${v.text}")`;
  },
  displayKey: (values) => values[0]?.key ?? '',
};
