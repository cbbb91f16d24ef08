/**
 * Precision on unseen wire copy (prec8): a count of people followed by an appositive aside that
 * holds a figure of its own ("Four people, a police officer and three civilians, died") keeps the
 * verb after the aside; "one family" in such an aside counts no one. All sentences are written
 * for these tests (fictional people and places).
 */
import { describe, expect, it } from 'vitest';
import { versionClaims } from './helpers/version-claims.js';
import type { ClaimValue } from '../src/types.js';

const DATE = '2026-06-10';

/** The values of `rule` in a one-paragraph version, as "value/role". */
function values(text: string, rule: string): string[] {
  return (versionClaims(text, DATE).get(rule) ?? []).map((v: ClaimValue) => `${v.value}/${v.role ?? 'none'}`);
}

const headlines = (vs: string[]): string[] => vs.filter((v) => v.endsWith('/headline'));

describe('an appositive aside with a figure between a count of people and its verb', () => {
  it('a breakdown in the aside: the head is the toll, the aside figures its parts', () => {
    const text = 'Five people, a border guard and four farmers, died in the shelling near Varsk, the regional governor said.';
    expect(headlines(values(text, 'death-toll'))).toEqual(['5/headline']);
    expect(values(text, 'death-toll')).toContain('4/part');
  });

  it('"among them" and "including" open the aside, with or without "at least", active or passive', () => {
    expect(values('Eight people, among them three nurses, died when the clinic in Orbel caught fire.', 'death-toll')).toEqual(['8/headline', '3/part']);
    expect(values('At least 11 people, including two toddlers, were killed when the bus plunged off a bridge near Kessa.', 'death-toll'))
      .toEqual(['11/headline', '2/part']);
    expect(values('Nearly 40 people, 12 of them police officers, were injured in clashes in central Tarvo.', 'injured')).toEqual(['40/headline', '12/part']);
  });

  it('set off by commas as by dashes', () => {
    const dashes = 'At least six people — a teacher and five pupils — were killed when the school roof in Lessen collapsed.';
    expect(values(dashes, 'death-toll')).toEqual(['6/headline', '5/part']);
    expect(values(dashes.replace(' —', ',').replace(' —', ','), 'death-toll')).toEqual(['6/headline', '5/part']);
  });

  it('in a sentence after the lede', () => {
    const text = 'The fire broke out shortly after midnight in a timber warehouse in Halvik. Nine workers, among them two security guards, '
      + 'were killed, the fire service said.';
    expect(values(text, 'death-toll')).toEqual(['9/headline', '2/part']);
  });

  it('after a verb of speech the count is still the subject of the verb after the aside', () => {
    expect(values('Police said seven people, two of them children, died in the blaze in Mora.', 'death-toll')).toEqual(['7/headline', '2/part']);
  });

  it('a participle the tagger reads as an adjective is the verb after the aside', () => {
    // "drowned" is tagged ADJ here
    expect(values('Nine people, all from one village, drowned when the ferry sank off Tesk.', 'death-toll')).toEqual(['9/headline']);
  });
});

describe('a cue inside a share set off after the count is the share\'s', () => {
  it('"N of them injured" does not make the whole count injured', () => {
    const text = 'Six tenants, one of them slightly injured, were evacuated from the building in Morsk, and two others died.';
    expect(values(text, 'injured').map((v) => v.split('/')[0])).not.toContain('6');
    expect(values(text, 'death-toll')).toEqual(['2/headline']);
    // the verb after the share is the count's
    expect(values('Six tenants, one of them badly burned, were killed in the blaze in Morsk.', 'death-toll')).toEqual(['6/headline']);
  });
});

describe('what dates the verb after the aside dates the count and the aside', () => {
  it('a year in the verb\'s clause makes both background', () => {
    const commas = 'About 310 people, 90 of them children, were killed in the 1998 cyclone that struck the Dorvan coast.';
    expect(values(commas, 'death-toll')).toEqual(['310/background', '90/background']);
    const dashes = 'About 310 people — 90 of them children — were killed in the 1998 cyclone that struck the Dorvan coast.';
    expect(values(dashes, 'death-toll')).toEqual(['310/background', '90/background']);
    // an aside with no figure
    expect(values('About 310 people, mostly fishermen, died in the 1998 cyclone.', 'death-toll')).toEqual(['310/background']);
  });
});

describe('what is no appositive aside of the count', () => {
  // each case beside the aside it is not, which is read as one
  const aside = 'Six people, three of them children, died in the fire, police in Dalmor said.';

  it('a clause after the count\'s own verb: the later figure keeps its own verb', () => {
    expect(values(aside, 'death-toll')).toEqual(['6/headline', '3/part']);
    const text = 'Six people died, three of them children, and four were injured, police in Dalmor said.';
    expect(values(text, 'death-toll')).toEqual(['6/headline', '3/part']);
    expect(values(text, 'injured')).toEqual(['4/headline']);
  });

  it('a count that is the object of a verb does not take the verb after its aside', () => {
    expect(values('Thirty people, 11 of them children, were injured in the quake in Ruvan province.', 'injured')).toEqual(['30/headline', '11/part']);
    const text = 'The blast killed 30 people, 11 of them children, wounded many more and shattered windows across Ruvan.';
    expect(values(text, 'injured')).toEqual([]);
    expect(values(text, 'death-toll')).toEqual(['30/headline', '11/part']);
  });

  it('an aside with a verb of its own', () => {
    // the count is rescued; the two who died have a clause of their own
    expect(values('Four climbers, three Austrians and a guide, died on the ridge.', 'death-toll')).toContain('4/headline');
    const text = 'Four climbers, three Austrians and a guide, were rescued, and two others died on the ridge.';
    expect(values(text, 'death-toll')).toEqual(['2/headline']);
  });
});

describe('"one family" in an aside', () => {
  it('counts no one: the head is the toll', () => {
    expect(values('Six people, all members of one family, died in the fire in Brellin.', 'death-toll')).toEqual(['6/headline']);
    const counts = values('Six people, all members of one family, died in the fire in Brellin.', 'people-count');
    expect(counts.map((v) => v.split('/')[0])).not.toContain('1');
  });

  it('nor "from one household" elsewhere', () => {
    const counts = values('Rescuers pulled three children from one household out of the rubble in Tarn.', 'people-count');
    expect(counts.map((v) => v.split('/')[0])).not.toContain('1');
  });
});
