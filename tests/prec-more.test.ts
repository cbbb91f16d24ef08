/**
 * Figures read in the wrong role: a figure inside a phrase about a person ("leader of some 40
 * million faithful, who died", "who ran an orphanage for 200 children, died") is no death toll; a revision sets the count after its "to",
 * however long its object, and the people it says were counted twice are no headline; a
 * qualifier is shared only into an elliptical second figure ("and 40 injured"), not into one
 * with a verb of its own ("and nine remain missing"). Sentences written for these tests
 * (fictional people and places).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../src/types.js';
import { versionClaims } from './helpers/version-claims.js';

const claims = (text: string): Map<string, ClaimValue[]> => versionClaims(text, '2026-05-12');
const show = (x: ClaimValue): string => `${x.qualifier ?? 'exact'} ${x.key}/${x.role}`;
const values = (text: string, rule: string): string[] => (claims(text).get(rule) ?? []).map(show);
const headline = (text: string, rule: string): string | undefined => values(text, rule).find((x) => x.endsWith('/headline'));

describe('a figure that counts the people a person led or served is no toll', () => {
  it('reads "spiritual leader of some N faithful, who died" as no death toll', () => {
    const text =
      'Metropolitan Sava, spiritual leader of some 6 million Orthodox believers in Corvania, who died on Thursday, ' +
      'will be buried in the monastery of Drevno on Monday.';
    expect(values(text, 'death-toll')).toEqual([]);
    // a leader's figure of things, not people, is what it counts: the countries that came
    const countries = 'Leaders of 20 countries attended the funeral of Metropolitan Sava in Drevno on Monday.';
    expect((claims(countries).get('countries-count') ?? []).map((x) => x.key)).toEqual(['20']);
  });
  it('reads "who served N Catholics", "head of the world\'s N", "who reigned over N" as no death toll', () => {
    const served = 'Bishop Anton Veres, who shepherded 250,000 Catholics in the mountain diocese of Hollin, died on Tuesday at a clinic in Pesk.';
    const head = "Archbishop Ruta Kallan, head of the world's 3 million Velician Lutherans, died on Sunday, the church said.";
    const ruled = 'King Arvel, who reigned over 12 million people for four decades, died on Sunday in Tesk.';
    expect(values(served, 'death-toll')).toEqual([]);
    expect(values(head, 'death-toll')).toEqual([]);
    expect(values(ruled, 'death-toll')).toEqual([]);
  });
  it('reads a place\'s population as no count, and keeps the toll beside it', () => {
    const text = 'The former governor, leader of a province of 4 million, died on Saturday in Orlen.';
    expect(values(text, 'death-toll')).toEqual([]);
    const toll = 'The blaze killed 12 people in Marvik, a town of 3,000 residents, on Friday.';
    expect(values(toll, 'death-toll')).toEqual(['exact 12/headline']);
    expect((claims(toll).get('people-count') ?? []).map((x) => x.key)).not.toContain('3000');
  });
});

describe('a verb after an aside about a noun is said of the noun, not of a figure inside the aside', () => {
  it('reads "Sister Maren, who ran an orphanage for 200 children, died" and "which has some 40 million members, died" as no toll', () => {
    const ran = 'Sister Maren Holt, who ran an orphanage for 200 children in Pesk, died on Monday.';
    const has = 'Patriarch Mikal of the Velician church, which has some 40 million members, died on Monday at 84.';
    const shot = 'The gunman, who shot 12 people, killed himself as police closed in.';
    expect(values(ran, 'death-toll')).toEqual([]);
    expect(values(has, 'death-toll')).toEqual([]);
    expect(values(shot, 'death-toll')).toEqual([]);
    // a figure that is the noun's own, or its own clause's, keeps its cue
    expect(values('Two passengers, who were sitting in the front carriage, died at the scene.', 'death-toll')).toEqual(['exact 2/headline']);
    expect(values('A bus, carrying 40 passengers, plunged into a ravine near Orlen, killing at least 12.', 'death-toll')).toEqual(['at-least 12/headline']);
  });
});

describe('a revision sets the count after its "to"', () => {
  it('reads the revised figure as the headline, however long the object', () => {
    const text =
      "Police in Brannock on Friday revised the number of people hurt in Tuesday's knife attack at the Corley Street market " +
      'to six from eight, saying two victims had been counted twice as they were moved between clinics.';
    expect(headline(text, 'injured')).toBe('exact 6/headline');
    const count = 'The health ministry lowered its count of those injured in the blast at the Varna fireworks depot to 61 from 75.';
    expect(headline(count, 'injured')).toBe('exact 61/headline');
  });
  it('reads a count moved to a level over a long object, not past another count of people', () => {
    const text = 'The number of people injured in the storms across the four southern provinces of Vell has risen to 75, officials said.';
    expect(values(text, 'injured')).toEqual(['exact 75/headline']);
    // the three soldiers may be what "wounded" is said of: the object is not read through them
    const other = 'The number of people wounded in the bombing that killed three soldiers near Tesk has risen to 19, the army said.';
    expect(values(other, 'injured')).toEqual([]);
  });
  it('keeps people counted twice out of the headline, wherever they stand', () => {
    const text =
      'Three injured passengers had been counted twice, the rail operator said on Monday as it lowered the number of wounded ' +
      'in the derailment to 14.';
    expect(values(text, 'injured')).toEqual(['exact 3/other', 'exact 14/headline']);
  });
});

describe('a qualifier is shared only into an elliptical figure', () => {
  it('keeps "and eight remain missing" exact', () => {
    const text = 'More than 150 people were hurt and eight remain missing after the ferry capsized off Tesk on Sunday.';
    expect(values(text, 'missing')).toEqual(['exact 8/headline']);
    expect(values(text, 'injured')).toEqual(['more-than 150/headline']);
  });
  it('keeps "and six remained unaccounted for" and "and four died" exact, and shares into "and 30 injured"', () => {
    const remained = 'Nearly 40 people were injured and six remained unaccounted for in the flooded valley.';
    expect(values(remained, 'missing')).toEqual(['exact 6/headline']);
    const died = 'At least 25 people were hurt and four died when the grandstand at the Pell racetrack gave way.';
    expect(values(died, 'death-toll')).toEqual(['exact 4/headline']);
    const elliptical = 'At least 9 people were killed and 30 injured in the explosion at the Varna depot.';
    expect(values(elliptical, 'injured')).toEqual(['at-least 30/headline']);
    const missing = 'At least 9 people were killed and 30 missing after the dam burst above Orlen.';
    expect(values(missing, 'missing')).toEqual(['at-least 30/headline']);
  });
  it('shares into an elliptical figure past an adverb of manner, not into one with its own verb past an adverb', () => {
    const badly = 'At least 9 people were killed and 30 badly injured when the roof of the Orlen market fell in.';
    expect(values(badly, 'injured')).toEqual(['at-least 30/headline']);
    const still = 'More than 80 people were hurt and three still remain unaccounted for, the mayor of Orlen said.';
    expect(values(still, 'missing')).toEqual(['exact 3/headline']);
  });
});
