/**
 * A cue that names the people something is done for ("joined the search for the missing",
 * "prayed for the dead") counts none of the figures before it: "Hundreds of volunteers" are
 * not missing. A figure the cue says something of still counts.
 */
import { describe, expect, it } from 'vitest';
import { versionClaims } from './helpers/version-claims.js';

const DATE = '2026-07-11';
const values = (rule: string, text: string): Array<[unknown, string | undefined]> =>
  (versionClaims(text, DATE).get(rule) ?? []).map((v) => [v.value, v.role]);

describe('cues after "for the"', () => {
  it('"Hundreds of volunteers joined the search for the missing" is no missing count', () => {
    expect(values('missing', 'Hundreds of volunteers joined the search for the missing on Saturday, the district office said.')).toEqual([]);
  });

  it('"About 200 soldiers were sent to look for the missing" is no missing count', () => {
    expect(values('missing', 'About 200 soldiers were sent to look for the missing along the river banks.')).toEqual([]);
  });

  it('"Forty people were still missing" counts, and so does a share "Three rescuers were among the missing"', () => {
    expect(values('missing', 'Forty people were still missing on Saturday as volunteers searched for the missing along the river.').map((x) => x[0])).toEqual([40]);
    expect(values('missing', 'Three rescuers were among the missing, officials said.').map((x) => x[0])).toEqual([3]);
  });

  it('"a minute of silence for the dead" leaves the toll alone', () => {
    expect(values('death-toll', 'At least 14 people were killed. Hundreds of mourners held a minute of silence for the dead on Sunday.').map((x) => x[0])).toEqual([14]);
  });
});
