/**
 * Precision on unseen wire copy (prec9): "since <year>" (or "since March 2019", "since the
 * 1990s") that closes a superlative or ordinal comparison ("the worst attack since 2015", "the
 * deadliest flooding in the region since 1998", "the first ... since") measures this event
 * against the past: it does not date the figure, which stays the event's own toll. A year that
 * dates the event, or a count "since <year>" with no comparison, still makes it background. All
 * sentences are written for these tests (fictional people and places).
 */
import { describe, expect, it } from 'vitest';
import { versionClaims } from './helpers/version-claims.js';
import type { ClaimValue } from '../src/types.js';

const DATE = '2026-06-10';

/** The values of `rule` in a one-paragraph version, as "value/role". */
function values(text: string, rule: string): string[] {
  return (versionClaims(text, DATE).get(rule) ?? []).map((v: ClaimValue) => `${v.value}/${v.role ?? 'none'}`);
}

describe('"since <year>" closing a superlative comparison does not date the figure', () => {
  it('worst / deadliest / strongest ... since <year>, in the figure\'s own clause', () => {
    expect(values('Five people were killed in the worst attack on the Varsk garrison since 2016, the army said.', 'death-toll')).toEqual(['5/headline']);
    expect(values('At least 27 people died in the deadliest flooding along the Orbel river since 1994.', 'death-toll')).toEqual(['27/headline']);
    expect(values('Nine miners were killed on Tuesday in the worst accident in the Kessa coalfield since 2011, the ministry said.', 'death-toll'))
      .toEqual(['9/headline']);
  });

  it('"the most ...", an ordinal, a hyphenated superlative', () => {
    expect(values('Fourteen people died in the most violent storm to hit Tarvo since 2008.', 'death-toll')).toEqual(['14/headline']);
    expect(values('Three soldiers were killed in the first deadly clash on the Lessen border since 2013, officials said.', 'death-toll'))
      .toEqual(['3/headline']);
    expect(values('Eleven people were killed in the second-deadliest blast at the Dorsk refinery since 2002.', 'death-toll')).toEqual(['11/headline']);
  });

  it('"since <month> <year>" and "since the 1990s" close the comparison too', () => {
    expect(values('Six people were killed in the heaviest shelling of Marrow since March 2022, the mayor said.', 'death-toll')).toEqual(['6/headline']);
    expect(values('At least 19 people died in the worst drought in the Pell valley since the 1990s.', 'death-toll')).toEqual(['19/headline']);
  });

  it('injured counts as death tolls', () => {
    expect(values('More than 60 people were injured in the strongest quake to hit Altheim since 2009.', 'injured')).toEqual(['60/headline']);
  });
});

describe('a year that dates the figure still makes it background (each next to a comparison that does not)', () => {
  it('a past event named by its year', () => {
    expect(values('About 220 people, mostly farmers, died in the 1994 floods in the Orbel delta.', 'death-toll')).toEqual(['220/background']);
    expect(values('A similar blast in 2011 killed 35 workers at the Dorsk plant.', 'death-toll')).toEqual(['35/background']);
    expect(values('Eight workers died in the worst blast at the Dorsk plant since 2011.', 'death-toll')).toEqual(['8/headline']);
  });

  it('a year in the clause that is not preceded by "since", even with a superlative', () => {
    expect(values('The worst attack on the garrison, in 2016, killed 48 soldiers.', 'death-toll')).toEqual(['48/background']);
    expect(values('The deadliest flood in the valley killed 230 people in 1994.', 'death-toll')).toEqual(['230/background']);
    expect(values('The deadliest flood in the valley since 1994 killed 23 people.', 'death-toll')).toEqual(['23/headline']);
  });

  it('a relative clause that hangs on the compared-with year is about that year', () => {
    expect(values('It was the deadliest attack in Varsk since 2016, when 48 people were killed at a market.', 'death-toll')).toEqual(['48/background']);
    expect(values('Seven people were killed in the deadliest attack in Varsk since 2016, when a market was bombed.', 'death-toll')).toEqual(['7/headline']);
  });

  it('"since <year>" with no comparison before it, or a figure between them, is a count over years, as before', () => {
    expect(values('Since 2020, 52 people have died on the Kessa pass road.', 'death-toll')).not.toContain('52/headline');
    expect(values('Most of the 52 people killed since 2020 were truck drivers.', 'death-toll')).not.toContain('52/headline');
    expect(values('In the worst-hit district 52 people have died since 2020.', 'death-toll')).not.toContain('52/headline');
    expect(values('Two people died on Monday in the worst crash on the Kessa pass road since 2020.', 'death-toll')).toEqual(['2/headline']);
  });
});
