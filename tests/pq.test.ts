/**
 * Tolls as real disaster copy writes them, found by running factlint on stored wire pages of
 * earthquakes (the fixes are general; these sentences are written for the tests: fictional
 * places and people, wire style).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimValue, Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { versionClaims } from './helpers/version-claims.js';

const claims = (text: string, date = '2026-03-11'): Map<string, ClaimValue[]> => versionClaims(text, date);

const show = (x: ClaimValue): string => `${x.key}/${x.role}`;
const rule = (text: string, id: string): string[] => (claims(text).get(id) ?? []).map(show);

describe('a four-digit toll is not a year', () => {
  it('reads "the toll surged to 1941" as the toll', () => {
    const text = 'The death toll from the earthquake in the Orvan highlands has surged to 1941, the civil defence agency said on Wednesday.';
    expect(rule(text, 'death-toll')).toEqual(['1941/headline']);
  });
  it('reads "climbs to almost 2000" in a headline', () => {
    expect(rule('Quake toll in Tessaly climbs to almost 2000 as aid trickles in', 'death-toll')).toEqual(['2000/headline']);
  });
  it('reads "stood at 2012" after a verb of level', () => {
    const text = 'The number of people injured in the storm stood at 2012 on Friday, the Drava health ministry said.';
    expect(rule(text, 'injured')).toEqual(['2012/headline']);
  });
});

describe('"a mother of two" counts no one', () => {
  it('is no toll next to a word of death', () => {
    const text = 'The 34-year-old dead teacher, herself a mother of two, had been crushed by a falling beam during the quake.';
    expect(rule(text, 'death-toll')).toEqual([]);
  });
  it('nor "the father of three young children"', () => {
    const text = 'Among those killed was Ilyas Doran, the father of three young children, who ran a bakery in Persk.';
    expect(rule(text, 'death-toll')).toEqual([]);
  });
});

describe('"with" and people before a later cue: the cue is theirs', () => {
  it('gives the figure to the cue before it', () => {
    const text = 'Clinics struggled to care for all those injured, the official tally of which rose to 3815, with many residents still missing.';
    expect(rule(text, 'injured')).toEqual(['3815/headline']);
    expect(rule(text, 'missing')).toEqual([]);
  });
});

const sets = datedSets();
afterAll(sets.cleanup);

describe('versions of the same time: a hedge that allows the other figure agrees with it', () => {
  const exact = `14 dead, 60 hurt as quake hits Vadra province\n\nKASSEL, Vadra (AP) — At least 14 people were killed and 60 injured when a magnitude 6.1 earthquake struck Vadra province on Saturday, officials said.\n\nThe provincial health director, Oren Malik, said the figures were not final.\n`;
  const hedged = `Over a dozen killed as quake shakes Vadra\n\nA magnitude 6.1 earthquake in Vadra province killed 14 people and injured 60, an official said on Saturday.\n\n"These are the numbers brought to the central hospital so far," said Oren Malik, the provincial health director.\n`;
  it('reports no contradiction between "over a dozen" and 14', async () => {
    const found: Finding[] = await sets.findings({ a: ['2026-03-07', exact], b: ['2026-03-07', hedged] }, 'death-toll');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
    // a figure the hedge does not allow still disagrees
    const other = hedged.replace('14 people', '11 people').replace('Over a dozen', 'Eleven');
    const against: Finding[] = await sets.findings({ a: ['2026-03-07', exact], b: ['2026-03-07', other] }, 'death-toll');
    expect(against.filter((f) => f.type === 'contradiction').length).toBe(1);
  });
});

describe('versions of the same time at different hours of a rising toll', () => {
  const take = (toll: string, day: string): string =>
    `Quake toll in Marvel province rises to ${toll}\n\nSELKA, Marvel (Reuters) — The death toll from the earthquake that struck Marvel province on Saturday rose to ${toll} on ${day}, the interior ministry said, as rescuers searched collapsed villages in the Drun hills.\n\nThe ministry spokesman, Idris Kavan, said teams had reached most of the worst-hit villages.\n`;
  const first = `Quake kills at least 40 in Marvel province\n\nSELKA, Marvel (AP) — A magnitude 6.5 earthquake struck Marvel province on Saturday, killing at least 40 people, officials said.\n`;
  it('makes the lower figure stale, not a contradiction, when later versions keep the higher one', async () => {
    const found: Finding[] = await sets.findings(
      { a: ['2026-05-02', first], b: ['2026-05-03', take('212', 'Sunday')], c: ['2026-05-03', take('305', 'Sunday')], d: ['2026-05-04', take('305', 'Monday')] },
      'death-toll',
    );
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
    const stale = found.filter((f) => f.type === 'stale');
    expect(stale.map((f) => [f.versions, f.severity])).toEqual([[['b'], 'warning']]);
    expect(stale[0]?.message).toMatch(/b still says 212, but c of the same time says 305, as later versions do/);
    // no later version keeps either figure, but both say the toll rose to theirs: a rising toll told
    // at two hours of one day (real copy: "quake toll rises to 268" and "rises to 278"), an update
    const neither: Finding[] = await sets.findings(
      { a: ['2026-05-02', first], b: ['2026-05-03', take('212', 'Sunday')], c: ['2026-05-03', take('305', 'Sunday')], d: ['2026-05-04', take('340', 'Monday')] },
      'death-toll',
    );
    expect(neither.filter((f) => f.type === 'contradiction')).toEqual([]);
    expect(neither.filter((f) => f.type === 'update').map((f) => [f.versions, f.expected])).toContainEqual([['c'], '212']);
  });
  it('does so for the first versions of a set too', async () => {
    const found: Finding[] = await sets.findings(
      { b: ['2026-05-03', take('212', 'Sunday')], c: ['2026-05-03', take('305', 'Sunday')], d: ['2026-05-04', take('305', 'Monday')] },
      'death-toll',
    );
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
    expect(found.filter((f) => f.type === 'stale').map((f) => f.versions)).toEqual([['b']]);
  });
});

describe('"climbed past N" is a mark passed', () => {
  it('gives way to the exact figure the version states', () => {
    const text =
      'Ten days after the earthquake, the toll in the Sarnath hills has climbed past 3,400, police said.\n\n' +
      'Police chief Anil Terwan said on Friday that 3,417 people had died in the quake.';
    const values = claims(text).get('death-toll') ?? [];
    expect(values.map((x) => `${x.qualifier ?? 'exact'} ${x.key}/${x.role}`)).toEqual(['more-than 3400/other', 'exact 3417/headline']);
  });
});

describe('"had said" before a figure: an earlier statement', () => {
  it('is not the headline once the story moved on', () => {
    const text =
      'Officials lowered the toll from the landslide in Corva district on Monday. On Sunday, the district office had said ' +
      'the landslide killed at least 90 people and injured about 300. The slide killed 41 people, the regional governor said on Monday.';
    const values = claims(text).get('death-toll') ?? [];
    expect(values.find((x) => x.role === 'headline')?.key).toBe('41');
    expect((claims(text).get('injured') ?? []).filter((x) => x.role === 'headline')).toEqual([]);
  });
});

describe('a breakdown of the missing by place', () => {
  it('reads "N remain unaccounted for in A, and one each in B and C" as parts', () => {
    const text =
      'Rescuers searched the valley for a fifth day on Friday. Eighteen people remain unaccounted for in Velka, ' +
      'and one each in the hamlets of Dorn and Asper, the prefectural government said.';
    expect(rule(text, 'missing')).toEqual(['18/part', '1/part']);
    // people still in hospital name no place: the injured count stays the headline
    const care = 'Thirty-one people were injured in the blast at the Ostrava depot, and six were still in hospital on Thursday.';
    expect(rule(care, 'injured')[0]).toBe('31/headline');
  });
});

describe('a related-story line in brackets is page furniture', () => {
  it('gives no figure to the version', async () => {
    const story = (related: string): string =>
      `Death toll from Varna floods hits 12\n\n${related}4 dead, 30 missing as rivers burst banks in Kessel\n\n` +
      'VARNA (AP) — Floods in the Varna lowlands have killed 12 people, the regional government said on Tuesday.\n';
    const later = 'Varna flood toll rises to 15\n\nVARNA (AP) — The toll from floods in the Varna lowlands rose to 15 on Wednesday, with 9 people missing, officials said.\n';
    const found: Finding[] = await sets.findings({ a: ['2026-02-03', story('【Related】')], b: ['2026-02-04', later] }, 'missing');
    // no "30 missing" of another story in a: nothing to contradict or update b's 9
    expect(found.filter((f) => f.type !== 'not-yet-reported' && f.type !== 'omission')).toEqual([]);
  });
  it('so is "READ ALSO" and two spaces before another story\'s headline', async () => {
    const story = (related: string): string =>
      `Death toll from Varna floods hits 12\n\n${related}4 dead, 30 missing as rivers burst banks in Kessel\n\n` +
      'VARNA (AP) — Floods in the Varna lowlands have killed 12 people, the regional government said on Tuesday.\n';
    const later = 'Varna flood toll rises to 15\n\nVARNA (AP) — The toll from floods in the Varna lowlands rose to 15 on Wednesday, with 9 people missing, officials said.\n';
    const found: Finding[] = await sets.findings({ a: ['2026-02-03', story('READ ALSO  ')], b: ['2026-02-04', later] }, 'missing');
    expect(found.filter((f) => f.type !== 'not-yet-reported' && f.type !== 'omission')).toEqual([]);
  });
});

describe('shares of the toll named without a breakdown', () => {
  it('reads the figures after "Of the total," as parts', () => {
    const text =
      'The toll from the quake in the Merov hills rose to 1,120, police said. Of the total, more than 540 were reported dead ' +
      'in the Tarn valley and at least 200 more in the provincial capital.';
    const values = claims(text).get('death-toll') ?? [];
    expect(values.map((x) => `${x.key}/${x.role}`)).toEqual(['1120/headline', '540/part', '200/part']);
  });
  it('reads "deaths were recorded in Al-Vesh province alone" as that place\'s share', () => {
    const text = 'The quake has killed more than 900 people. More than 400 deaths were recorded in Al-Vesh province alone.';
    const share = (claims(text).get('death-toll') ?? []).find((x) => x.key === '400');
    expect([share?.role, share?.place]).toEqual(['part', 'Al-Vesh province']);
  });
});

describe('a version that also gives the newer figure is no stale or contradicting copy', () => {
  it('keeps quiet on a rounder headline over the same toll', async () => {
    const first = 'Storm toll in the Kessaly islands rises to 375\n\nKESSALY (AP) — The death toll from Typhoon Orla rose to 375 on Monday, police said.\n';
    const later =
      'Typhoon toll passes 300 as aid reaches Kessaly islands\n\nKESSALY (Reuters) — Aid reached the Kessaly islands on Tuesday. ' +
      'According to the national police, at least 375 people were killed and 500 were injured.\n';
    const found: Finding[] = await sets.findings({ a: ['2026-01-12', first], b: ['2026-01-13', later] }, 'death-toll');
    expect(found.filter((f) => f.type === 'contradiction' || f.type === 'stale')).toEqual([]);
  });
  it('nor for a count that moves either way (the missing)', async () => {
    const a = 'Floods in Lerma leave 50 missing\n\nLERMA (AP) — Fifty people were missing after floods in the Lerma valley on Saturday, officials said.\n';
    const b = 'Lerma floods: 56 missing\n\nLERMA (AP) — Police said on Sunday that 56 people were missing after the floods in the Lerma valley.\n';
    const c =
      'Lerma flood search goes on\n\nLERMA (Reuters) — The search went on in the Lerma valley on Monday, with more than 50 others still missing. ' +
      'According to police, at least 56 people went missing in the floods.\n';
    const found: Finding[] = await sets.findings({ a: ['2026-01-10', a], b: ['2026-01-11', b], c: ['2026-01-12', c] }, 'missing');
    expect(found.filter((f) => f.type === 'stale' || f.type === 'contradiction')).toEqual([]);
  });
});

describe('a projection is not the toll', () => {
  it('reads "could exceed 1,000" and "may have died" as guesses', () => {
    const text =
      'Officials in Dorvan province said the death toll could exceed 1,000 as rescuers reach remote villages. ' +
      'As many as 300 people may have died in the town of Keth alone, a local official said, but the ministry has confirmed 87 deaths.';
    const values = claims(text).get('death-toll') ?? [];
    expect(values.find((x) => x.role === 'headline')?.key).toBe('87');
    // "May" the month is no modal
    expect(rule('Floods killed 14 people on 3 May in the Tessel valley, officials said.', 'death-toll')).toEqual(['14/headline']);
  });
});

describe('another country\'s share and "the number of dead at N"', () => {
  it('reads "N in neighbouring X" as a share, not the headline', () => {
    const text = 'The quake killed 95 people in neighbouring Kessaly, officials there said, while in Orvan the toll rose to 1,210.';
    expect(rule(text, 'death-toll')).toEqual(['95/part', '1210/headline']);
  });
  it('reads "put the number of dead at 37" as the toll, not an age', () => {
    const text = 'The ministry put the number of dead at 37, while a district hospital said it had received 41 bodies.';
    expect(rule(text, 'death-toll')[0]).toBe('37/headline');
  });
});

describe('the day\'s figure before ", bringing the toll to N"', () => {
  it('is a part of the total', () => {
    const text = 'Eighteen bodies were pulled from the Varna river on Sunday, taking the death toll to 44, while 15 remain missing.';
    expect(rule(text, 'death-toll')).toEqual(['18/part', '44/headline']);
    // the event's toll when the total is a period's
    const period = 'A car bomb killed 12 people in Sarvan on Sunday, bringing to 150 the number killed in attacks this month.';
    expect(rule(period, 'death-toll')[0]).toBe('12/headline');
  });
});

describe('"yesterday" after a toll', () => {
  it('is no unit of the figure', () => {
    expect(rule('The death toll in the Kessel mine disaster soared to 525 yesterday, officials said.', 'death-toll')).toEqual(['525/headline']);
  });
  it('dates the figure to the day before: of two versions of the same date it is the older', async () => {
    const print = 'Kessel mine toll may rise further\n\nThe death toll in the Kessel mine disaster soared to 525 yesterday as cranes lifted slabs of rock, officials said.\n';
    const wire = 'Kessel mine toll reaches 550\n\nKESSEL (AP) — The death toll in the Kessel mine disaster touched 550 on Saturday morning, officials said, as cranes lifted slabs of rock.\n';
    const first = 'Kessel mine collapse kills 300\n\nKESSEL (AP) — A mine collapse in Kessel killed 300 workers on Tuesday, officials said.\n';
    const found: Finding[] = await sets.findings({ a: ['2026-05-05', first], b: ['2026-05-09', print], c: ['2026-05-09', wire] }, 'death-toll');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
    expect(found.filter((f) => f.type === 'stale').map((f) => f.message)).toEqual([
      'Death toll: b still says 525, but c of the same time says 550, and b dates its figure to the day before',
    ]);
  });
});

describe('the whole after "among the" and people moved, not harmed', () => {
  it('reads "among the 61 killed" as the toll and "four rescuers" as its share', () => {
    expect(rule('Four rescuers were among the 61 killed in the collapse at Tarvo, officials said.', 'death-toll')).toEqual(['4/part', '61/headline']);
  });
  it('does not give "200 residents had been evacuated" to the injured cue before it', () => {
    const text =
      'At least 15 people died and around 40 others were injured, the Kessel fire department said, adding that 200 residents had been evacuated.';
    expect((claims(text).get('injured') ?? []).map((x) => x.key)).toEqual(['40']);
  });
});
