/**
 * Defects found on real wire copy (round 3 of the probes), with text of our own: a guessed
 * "up to N" toll is no base for later counts; "possibly killed" is a guess; "near 300" is a
 * hedge; a space before a comma that the other copies share is the source's typing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';
import { normalizedClaims } from './helpers/version-claims.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

const tolls = (text: string): Array<[unknown, string | null | undefined, string | null | undefined]> =>
  normalizedClaims('death-toll', text, '2026-10-23').map((v) => [v.value, v.qualifier, v.role]);

const GUESS = 'Earthquake hits Marrovia, up to 800 possibly killed\n\nKESSEL, Marrovia (Wire) - A powerful earthquake which shook eastern Marrovia on Sunday may have killed up to a 800 people as it brought down dozens of buildings, the national observatory said.';
const COUNT = (n: string): string => `Marrovia quake kills at least ${n}\n\nKESSEL, Marrovia (Wire) - Rescuers searched the rubble of collapsed buildings for survivors of a major earthquake that killed at least ${n} people, officials said.`;

describe('a guessed toll (probe 7)', () => {
  it('reads "possibly killed" and "may have killed up to a 800" as guesses, not the headline', () => {
    expect(tolls(GUESS).filter(([, , role]) => role === 'headline')).toEqual([]);
  });

  it('takes an "up to" toll as no floor: later counts under it are updates from each other, no contradiction', async () => {
    const found = await sets.findings({
      a: ['2026-10-23', 'Quake in Marrovia kills up to 800, officials fear\n\nKESSEL, Marrovia (Wire) - An earthquake killed up to 800 people in eastern Marrovia on Sunday, officials said.'],
      b: ['2026-10-24', COUNT('279')],
      c: ['2026-10-25', COUNT('366')],
    }, 'death-toll');
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found.filter((f) => f.type === 'update').map((f) => f.message)).toEqual([expect.stringContaining('from at least 279 (b) to at least 366')]);
  });

  it('reads "Toll Near 300" as a hedged figure', () => {
    expect(tolls('Search for quake survivors ends in Marrovia, with death toll near 300')).toEqual([[300, 'nearly', 'headline']]);
  });
});

describe('a space before a comma (probe 7)', () => {
  const body = 'KESSEL, Marrovia (Wire) - Rescuers searched the rubble of collapsed buildings on Monday for survivors of a major earthquake that killed at least 279 people.';
  it('is no finding when the other copies share it', async () => {
    const text = `Marrovia quake kills at least 279\n\nWire , Tuesday 25 Oct 2026\n\n${body}`;
    expect(await sets.findings({ a: ['2026-10-25', text], b: ['2026-10-25', text] }, 'deletion-scar')).toEqual([]);
  });

  it('is an info when no other copy holds the sentence', async () => {
    const found = await sets.findings({
      a: ['2026-10-25', `Marrovia quake kills at least 279\n\nWire , Tuesday 25 Oct 2026\n\n${body}`],
      b: ['2026-10-25', `Marrovia quake kills at least 279\n\n${body}`],
    }, 'deletion-scar');
    expect(found.map((f) => [f.severity, f.versions])).toEqual([['info', ['a']]]);
  });
});

const injured = (text: string): Array<[unknown, string | null | undefined]> =>
  normalizedClaims('injured', text, '2026-10-23').map((v) => [v.value, v.role]);

describe('whole counts, number words and anecdotes (probe 7)', () => {
  it('takes "In all, 51 people died" after a town\'s share as the toll', () => {
    const text = 'The small town of Verbec had the highest toll from Tuesday\'s quake, with 26 people killed, six of them from one family.\n\nIn the port city of Dallo, the quake killed 24. One person also died in Sarn.\n\nIn all, 51 people died, including seven children.';
    expect(tolls(text).filter(([, , role]) => role === 'headline')).toEqual([[51, null, 'headline']]);
  });

  it('reads "Nine-hundred" and "two-thousand" as numbers', () => {
    expect(injured('In all, 51 people died. Nine-hundred were injured.')).toEqual([[900, 'headline']]);
    expect(injured('Some two-thousand people were injured.').map(([v]) => v)).toEqual([2000]);
  });

  it('reads a family\'s own members as no count of the event', () => {
    expect(injured('Five members of his family were injured when his house collapsed.')).toEqual([]);
    expect(injured('His two daughters were injured when the roof fell in.')).toEqual([]);
    expect(injured('Five members of the rescue team were injured when the wall fell.')).toEqual([[5, 'headline']]);
  });
});

describe('same-day figures below what later versions give (probe 7)', () => {
  it('are steps of the rise: an update, no contradiction', async () => {
    const found = await sets.findings({
      a: ['2026-06-22', 'Quake kills 255 in eastern Marrovia\n\nAn earthquake has killed 255 people in eastern Marrovia, official media said Wednesday.'],
      b: ['2026-06-22', 'Marrovia quake: 280 people killed\n\nAt least 280 people were killed when an earthquake struck eastern Marrovia, officials said Wednesday.'],
      c: ['2026-06-23', 'Marrovia quake toll passes 1,000\n\nThe toll from the earthquake in eastern Marrovia has risen to 1,032, officials said on Thursday.'],
    }, 'death-toll');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
    expect(found.filter((f) => f.type === 'update').map((f) => f.message)).toContainEqual(expect.stringMatching(/from 255 \(a\) to 280 people \(b\)/));
  });
});

describe('a day of a month beside a magnitude (probe 7)', () => {
  it('is no magnitude', () => {
    const text = 'The shallow 6.9-magnitude quake on Aug 5 - which was revised down by the US Geological Survey from an original 7-magnitude - levelled thousands of homes across Sarn.';
    expect(normalizedClaims('magnitude', text, '2026-08-13').map((v) => v.value)).toEqual([6.9]);
  });
});

describe('shootings (probe 7)', () => {
  it('takes "killing one classmate … before shooting himself" and "2 dead" as the same dead', async () => {
    const found = await sets.findings({
      a: ['2026-10-24', 'Student kills classmate, self at Harlow Ridge school\n\nHARLOW RIDGE — A freshman opened fire in the school cafeteria on Friday, killing one classmate and wounding four others before fatally shooting himself, police said.'],
      b: ['2026-10-24', '2 dead, 4 wounded in school shooting; Harlow Ridge grieves\n\nHARLOW RIDGE — A shooting in the cafeteria of Harlow Ridge High School on Friday left two students dead and four more injured, police said.'],
    }, 'death-toll');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('reads a decimal without its zero (".40-caliber") inside its sentence', async () => {
    const text = 'Investigators said Saturday that they had interviewed more than 100 witnesses and recovered a .40-caliber handgun they believe the student used.';
    expect(await sets.findings({ a: ['2026-10-25', text], b: ['2026-10-25', `${text} The school will stay closed.`] }, 'deletion-scar')).toEqual([]);
  });

  it('holds a first take no later copy repeats against the later ones, not each later copy stale', async () => {
    const lede = (injured: string): string => `SORREL FLATS, Texas — A gunman opened fire on worshippers at a church on Sunday, killing 26 people and ${injured}, officials said.`;
    const found = await sets.findings({
      a: ['2026-11-05', `${lede('wounding dozens')}\n\nAnother 27 were injured, according to a television network.`],
      b: ['2026-11-06', lede('wounding about 20 others')],
      c: ['2026-11-07', lede('wounding 20')],
      d: ['2026-11-08', lede('wounding 20')],
    }, 'injured');
    expect(found.filter((f) => f.type === 'stale')).toEqual([]);
    expect(found.filter((f) => f.type === 'contradiction').map((f) => [f.severity, f.versions[0]])).toEqual([['warning', 'a']]);
  });
});

describe('cut-off notices (probe 7)', () => {
  it('takes a line of a headline\'s length before a paragraph for a dek or teaser, not a cut', async () => {
    const { findTruncation } = await import('../src/normalize/integrity.js');
    const text = [
      'School shooting in Harlow Ridge',
      'LATEST UPDATES: Police release more video of the Harlow Ridge school shooting as details emerge on the victims',
      'HARLOW RIDGE — Three children and three adults were killed on Monday when a former student opened fire at a private school, police said.',
      'The results of the inquiry are expected late on Sunday night after all the witnesses in the county have spoken and',
      'Reactions',
    ].join('\n');
    expect(findTruncation(text, []).map((f) => f.text)).toEqual([expect.stringContaining('have spoken and')]);
  });

  it('gives no deletion-scar for the last sentence of a copy cut off at the end', async () => {
    const body = 'HARLOW RIDGE — Three children and three adults were killed on Monday when a former student opened fire at a private school, police said.';
    const found = await sets.findings({
      a: ['2026-03-27', `${body}\n\nA pastor who stood at the church with the waiting families, told the As`],
      b: ['2026-03-27', body],
    }, 'deletion-scar');
    expect(found).toEqual([]);
  });
});

describe('recent "ago" (probe 7)', () => {
  it('keeps a toll whose clause says the attack was a week ago', () => {
    const text = 'Another of the teenagers wounded in the shooting has died, raising to four the number of fatalities after a student opened fire in a cafeteria a week ago.';
    expect(tolls(text)).toEqual([[4, null, 'headline']]);
    // years ago: another event
    expect(tolls('The town last mourned when a gunman killed four people at the mill 20 years ago.').filter(([, , r]) => r === 'headline')).toEqual([]);
  });
});

describe('a state funeral and the funeral service after it (probe 7)', () => {
  const a = 'WASHINGTON (Wire) — Leaders from across the world will gather at the cathedral on Wednesday for the state funeral of former President Harlan Voss.';
  it('are two ceremonies: no date contradiction', async () => {
    const b = 'WASHINGTON (Wire) — Mourners filled the cathedral for the state funeral of former President Harlan Voss. His casket was then flown to Corvale, where a funeral service will be held Thursday morning.';
    const found = await sets.findings({ a: ['2026-12-04', a], b: ['2026-12-05', b] }, 'event-dates');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
  it('two dates of the state funeral still disagree', async () => {
    const b = 'WASHINGTON (Wire) — Leaders from across the world will gather at the cathedral on Thursday for the state funeral of former President Harlan Voss.';
    const found = await sets.findings({ a: ['2026-12-04', a], b: ['2026-12-04', b] }, 'event-dates');
    expect(found.filter((f) => f.type === 'contradiction').length).toBe(1);
  });
});
