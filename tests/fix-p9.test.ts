/**
 * Agency copy in the style of a state news agency and its portals (text of our own, fictional
 * places and people): an editor field in the header is a credit; "relocated" residents are one
 * state of people; the incident's "hit" in a relative clause dates it past a long place name; a
 * Roman numeral alone ("a level-II response") names no place.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readCredits } from '../src/read/bylines.js';
import { datedSets } from './helpers/dated-set.js';
import { normalizedClaims, normalizedVersion } from './helpers/version-claims.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('staff fields of an agency header', () => {
  const credits = (text: string): string[] => readCredits(normalizedVersion(text)).credits.map((c) => c.name);
  const people = (text: string): unknown[] => normalizedClaims('people-named', text, '2026-03-09').map((v) => v.text);

  it('reads "Editor: X" after a bar as a credit, not a person of the story', () => {
    const text = 'Quake kills 47 in Rovia\n\nSource: Wire | 2026-03-09 10:12:31 | Editor: Lin Hao\n\nKESSEL, March 9 (Wire) -- A quake killed 47 people in Dask County on Monday, Governor Mara Ostrov said.';
    expect(credits(text)).toEqual(['Lin Hao']);
    expect(people(text)).toEqual(['Mara Ostrov']);
  });

  it('reads "Editors: X, Y" and "Edited by X" lines', () => {
    expect(credits('Quake kills 47\n\nEditors: Lin Hao, Tomas Brandt\n\nA quake killed 47 people in Dask County on Monday.')).toEqual(['Lin Hao', 'Tomas Brandt']);
    expect(credits('Quake kills 47\n\nA quake killed 47 people in Dask County on Monday.\n\nEdited by Tomas Brandt')).toEqual(['Tomas Brandt']);
  });

  it('leaves an editor in the story alone', () => {
    expect(credits('Paper shuts\n\nThe paper\'s editor, Tomas Brandt, said on Monday the last issue would appear in May.')).toEqual([]);
  });
});

describe('people relocated', () => {
  it('are one state of people: a later version\'s higher figure is an update, not a contradiction', async () => {
    const findings = await sets.findings({
      a: ['2026-03-09', 'Quake in Dask\n\nA quake killed 47 people in Dask County on Monday.\n\nAbout 45,000 residents have been relocated.'],
      b: ['2026-03-10', 'Quake toll rises in Dask\n\nThe toll from Monday\'s quake in Dask County rose to 89.\n\nMore than 5,300 houses collapsed and about 98,000 residents have been relocated.'],
    }, 'people-count');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });
});

describe('an incident dated in a relative clause', () => {
  // 2026-03-10 is a Tuesday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-03-10').map((v) => v.value);

  it('ties "on Monday" to the quake "that hit" a place however long its name', () => {
    expect(dates("KESSEL (Wire) -- The death toll from a 6.1-magnitude earthquake that hit Dask County in northern Rovia's Varn Province on Monday has risen to 89, local authorities said.")).toContain('2026-03-09');
  });

  it('needs the quake before "hit": a car that hit a man dates no quake', () => {
    expect(dates('KESSEL (Wire) -- Police said a car that hit a man in the village of Tomsk in northern Rovia\'s Varn Province on Monday was stolen.')).toEqual([]);
  });
});

describe('a Roman numeral alone', () => {
  it('names no place or organisation', () => {
    const places = normalizedClaims('places-and-orgs-named', 'KESSEL (Wire) -- The provincial government of Varn Province launched a level-II emergency response on Monday.', '2026-03-10').map((v) => v.text);
    expect(places).toContain('Varn Province');
    expect(places).not.toContain('II');
  });
});

describe('US copy: "City, State," and "shot dead"', () => {
  // 2026-04-16 is a Thursday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-04-17').map((v) => v.value);

  it('reads the date past the two commas of "in Brayton, Ohio, on Thursday"', () => {
    expect(dates('BRAYTON, Ohio (Wire) - A 14-year-old boy opened fire at a middle school in Brayton, Ohio, on Thursday, police said.')).toEqual(['2026-04-16']);
  });

  it('ties the date to "shot dead" before its figure', () => {
    expect(dates('BRAYTON, Ohio (Wire) - A 14-year-old boy shot dead three students and a teacher at a middle school in Brayton, Ohio, on Thursday and wounded six others, police said.')).toEqual(['2026-04-16']);
  });
});

describe('an institution with a possessive in its name', () => {
  const places = (text: string): unknown[] => normalizedClaims('places-and-orgs-named', text, '2026-04-18').map((v) => v.text);
  const people = (text: string): unknown[] => normalizedClaims('people-named', text, '2026-04-18').map((v) => v.text);

  it('is one name, no person: "Dayton Children\'s Hospital said"', () => {
    const text = 'BRAYTON, Ohio (Wire) - Two remained in critical condition Saturday and three had been released, Dayton Children\'s Hospital said.';
    expect(places(text)).toContain("Dayton Children's Hospital");
    expect(people(text)).toEqual([]);
  });

  it('leaves a person\'s possessive before another noun alone', () => {
    expect(people('BRAYTON, Ohio (Wire) - Lorna Haskett\'s officers arrived within four minutes, the city said.')).toEqual(['Lorna Haskett']);
  });
});

describe('memorial copy: who came', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-12-08').map((v) => v.text);

  it('reads those who "also flew in" as taking part', () => {
    const text = 'VALMORA, Norland (Wire) - Four former presidents - Carter Bell, Mark Hollis, Sam Dreyer and Ellen Ward - also flew in for the memorial service on Tuesday.';
    expect(participants(text)).toEqual(['Carter Bell', 'Mark Hollis', 'Sam Dreyer', 'Ellen Ward']);
  });

  it('reads a royal named after two titles ("Queen Consort Camilla")', () => {
    expect(participants('VALMORA, Norland (Wire) - Among the mourners were Queen Consort Amalia and Crown Prince Frederik.')).toEqual(['Amalia', 'Frederik']);
  });
});

describe('mountain quake copy', () => {
  // 2026-11-08 is a Sunday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-11-08').map((v) => v.value);
  const injured = (text: string): Array<[unknown, unknown]> => normalizedClaims('injured', text, '2026-11-08').map((v) => [v.value, v.role]);

  it('reads no event date from the day officials spoke ("…, officials said on Sunday")', () => {
    expect(dates('KATHMANDU, Nepal (Wire) - At least 132 people were killed when an earthquake struck remote western Nepal, officials said on Sunday.')).toEqual([]);
    expect(dates('KATHMANDU, Nepal (Wire) - The quake struck late on Friday, officials said on Sunday.')).toEqual(['2026-11-06']);
  });

  it('reads no event date from the moment of a count ("as of 8 p.m. Tuesday", "as of Tuesday evening")', () => {
    expect(dates('LUYUAN (Wire) - A total of 89 people have been confirmed dead and 1,024 injured as of Tuesday evening, according to the provincial earthquake relief headquarters.')).toEqual([]);
    expect(dates('LUYUAN (Wire) - The death toll from the earthquake that jolted Luyuan County on Friday morning has risen to 89, as of 8 p.m. Saturday, local authorities said.')).toEqual(['2026-11-06']);
  });

  it('reads "25 seriously injured people were airlifted" as a share of the injured', () => {
    expect(injured('KATHMANDU, Nepal (Wire) - About 25 seriously injured people were airlifted to Kathmandu.')).toEqual([[25, 'part']]);
  });

  it('keeps "12 dead and 40 seriously injured" as the injured count', () => {
    expect(injured('KATHMANDU, Nepal (Wire) - A bus crash killed 12 people and left 40 seriously injured, police said.')).toEqual([[40, 'headline']]);
  });
});

describe('two sources in one sentence', () => {
  const tolls = (text: string): Array<[unknown, unknown]> => normalizedClaims('death-toll', text, '2026-02-04').map((v) => [v.value, v.role]);
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-02-04').map((v) => v.value);
  const sentence = 'GUATEMALA CITY (Wire) - The death toll from a powerful earthquake in central Guatemala climbed to 142 on Wednesday, the national disaster agency said, while the health ministry put the figure at 149.';

  it('reads the other source\'s figure after "while … put the figure at" as told, not the version\'s own', () => {
    expect(tolls(sentence)).toEqual([[142, 'headline'], [149, 'other']]);
  });

  it('keeps a lede\'s "Officials put the toll at 149" as the toll', () => {
    expect(tolls('GUATEMALA CITY (Wire) - Officials put the death toll from the earthquake at 149 on Wednesday.')).toEqual([[149, 'headline']]);
  });

  it('reads no event date from the day a toll climbed ("climbed to 142 on Wednesday")', () => {
    expect(dates(sentence)).toEqual([]);
  });

  it('makes a lower toll from another outlet that reports the higher one as another source\'s a warning', async () => {
    const findings = await sets.findings({
      a: ['2026-02-04', 'Guatemala quake toll rises to 149\n\nGUATEMALA CITY (AP) - The death toll from Tuesday\'s earthquake in central Guatemala rose to 149, the health ministry said.'],
      b: ['2026-02-05', `Guatemala quake toll climbs to 142 - agency\n\n${sentence.replace('(Wire)', '(Reuters)')}`],
    }, 'death-toll');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
  });
});

describe('guests named by their occupation', () => {
  it('reads "talk-show host X", "Nobel laureate X" and "billionaire X" in a list of mourners', () => {
    const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-12-08').map((v) => v.text);
    expect(participants('VALMORA (Wire) - Dignitaries at the service included singer Liam Doyle and talk-show host Ginny Marlowe.')).toEqual(['Liam Doyle', 'Ginny Marlowe']);
    expect(participants('VALMORA (Wire) - Mourners included Nobel laureate Ekwueme Dike and billionaire Tunde Bakare.')).toEqual(['Ekwueme Dike', 'Tunde Bakare']);
  });
});

describe('numbers that label', () => {
  const tolls = (text: string): Array<[unknown, unknown]> => normalizedClaims('death-toll', text, '2026-04-17').map((v) => [v.value, v.role]);

  it('reads no count in "Room 201 of the school" or "Building 12 of the complex"', () => {
    expect(tolls('DALLAS (Wire) - The gunman opened fire in Room 201 of the 1,900-student school, killing three students and a teacher.').map(([v]) => v)).not.toContain(201);
    expect(tolls('DALLAS (Wire) - Gunfire erupted in Building 12 of the complex, killing four people.')).toEqual([[4, 'headline']]);
  });

  it('keeps a headline toll after a flight\'s number', () => {
    expect(tolls('Flight 302 crash kills 157').map(([v]) => v)).toEqual([157]);
  });
});

describe('agency updates of a small quake', () => {
  it('reads "the number of injured was adjusted from 60 to 54" as 54, revised down from 60', async () => {
    const findings = await sets.findings({
      a: ['2026-11-22', 'Quake kills two in SW China\n\nKANGLU, Nov 22 (Wire) -- A 5.9-magnitude earthquake struck a remote county in southwest China on Saturday, killing two people and injuring 60, state media said.'],
      b: ['2026-11-23', 'China quake toll rises to four\n\nKANGLU, Nov 23 (Wire) -- The death toll from a 5.9-magnitude quake that struck a remote county in southwest China rose to four on Sunday, state media said, and the number of injured was adjusted from 60 to 54, with six in critical condition.'],
    }, 'injured');
    expect(findings.map((f) => [f.type, f.severity, f.message])).toEqual([['update', 'info', 'Injured was revised down from 60 (a) to 54 (b)']]);
  });

  it('reads "SW China" in a headline as China', () => {
    const places = normalizedClaims('places-and-orgs-named', 'Quake kills two in SW China\n\nKANGLU (Wire) -- A quake struck southwest China on Saturday.', '2026-11-22').map((v) => v.text);
    expect(places).toContain('China');
    expect(places).not.toContain('SW China');
  });
});

describe('a toll told by an ordinal', () => {
  it('reads "A third student has died" as a toll of three, an update of two', async () => {
    const findings = await sets.findings({
      a: ['2026-03-02', 'Two students killed in Delmar school shooting\n\nDELMAR, Ohio (Wire) - A gunman killed two students at Delmar High School on Monday, police said.'],
      b: ['2026-03-03', 'Third student dies after Delmar school shooting\n\nDELMAR, Ohio (Wire) - A third student has died after Monday\'s shooting at Delmar High School, the county coroner said on Tuesday.'],
    }, 'death-toll');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('needs the death: "A second student was hurt" counts no one dead', () => {
    expect(normalizedClaims('death-toll', 'DELMAR, Ohio (Wire) - A second student was hurt in the stampede out of the building.', '2026-03-03')).toEqual([]);
  });
});

describe('funeral copy from several outlets', () => {
  const credits = (text: string): string[] => readCredits(normalizedVersion(text)).credits.map((c) => c.name);
  const places = (text: string): unknown[] => normalizedClaims('places-and-orgs-named', text, '2026-09-19').map((v) => v.text);
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-09-19').map((v) => v.text);

  it('reads "(Peter Byrne/PA)" as a photo credit', () => {
    expect(credits('Leaders gather for funeral\n\nPrime Minister Ada Lund leaves the abbey (Peter Byrne/PA)')).toEqual(['Peter Byrne']);
  });

  it('reads "and wife, Brigitte" as a person, no place', () => {
    expect(places('LONDON (Wire) - French President Pierre Lamont and wife, Brigitte, arrive for the funeral at the abbey.')).not.toContain('Brigitte');
  });

  it('reads leaders "seen arriving" or "among the last to arrive" as taking part', () => {
    expect(participants('LONDON (Wire) - President Ana Souza was seen arriving with her husband, as was President Isak Harel. President Sergio Valli was among the last to arrive.')).toEqual(['Ana Souza', 'Isak Harel', 'Sergio Valli']);
  });

  it('reports no missing event date in another outlet\'s story that gives none', async () => {
    const manifest = 'version: 1\norder: date\nversions:\n  - id: a\n    date: 2026-09-19\n    time: "12:00"\n    source: AP\n  - id: b\n    date: 2026-09-19\n    time: "18:00"\n    source: Reuters\n';
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { check } = await import('../src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'fl-p9-'));
    try {
      writeFileSync(join(dir, 'factlint.set.yaml'), manifest);
      writeFileSync(join(dir, 'a.txt'), 'Leaders gather for funeral\n\nLONDON (AP) - Leaders gathered at the abbey on Monday for the state funeral of former Prime Minister Ada Lund.\n');
      writeFileSync(join(dir, 'b.txt'), 'Leaders bid farewell to Lund\n\nLONDON (Reuters) - Leaders from dozens of countries bid farewell to former Prime Minister Ada Lund at the abbey.\n');
      const report = await check([dir], { rules: [join(import.meta.dirname, '..', 'rules', 'news-core.yaml')] });
      expect((report.sets[0]?.findings ?? []).filter((f) => f.rule === 'event-dates')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a quake toll rising over three days (probe on real pages of a non-reserved quake)', () => {
  const tolls = (text: string): Array<[unknown, unknown]> => normalizedClaims('death-toll', text, '2026-08-06').map((v) => [v.value, v.role]);
  const credits = (text: string): string[] => readCredits(normalizedVersion(text)).credits.map((c) => c.name);

  it('reads "Another 179 … almost three days after the quake, bringing the overall toll to close to 600" as a part and the total', () => {
    expect(tolls('KUNMING (Wire) - Another 179 people have been confirmed dead almost three days after a powerful earthquake devastated the province, bringing the overall toll to close to 600, local authorities said.')).toEqual([[179, 'part'], [600, 'headline']]);
  });

  it('reads "Death toll nears 400" as nearly 400', () => {
    expect(normalizedClaims('death-toll', 'Death toll in Valdorian earthquake nears 400', '2026-08-04').map((v) => [v.value, v.qualifier])).toEqual([[400, 'nearly']]);
  });

  it('reads the figures after "Among the reported deaths," as parts', () => {
    expect(tolls('KUNMING (Wire) - The death toll rose to 589 on Wednesday. Among the reported deaths, 504 were in the worst-hit Dalu County and 72 in Qiao County.').map(([, role]) => role)).toEqual(['headline', 'part', 'part']);
  });

  it('keeps a photo credit on its line ("Photograph: Wire/Rex Features" above the lede)', () => {
    expect(credits('China quake toll rises\n\nRescuers search the rubble. Photograph: Xinhua/Rex Features\n\nThe death toll rose to nearly 600 on Wednesday.')).toEqual(['Rex Features']);
  });
});

describe('a school shooting told by several local outlets (probe on real pages of a non-reserved shooting)', () => {
  const people = (text: string): unknown[] => normalizedClaims('people-named', text, '2026-01-21').map((v) => v.text);
  // 2026-01-20 is a Tuesday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-01-21').map((v) => v.value);

  it('reads names whose only evidence is their death as people ("Ava Lynn Marsh died at the scene")', () => {
    expect(people('Ava Lynn Marsh died at the scene, and Colt Ryan Rusk died at a hospital, the sheriff said.')).toEqual(['Ava Lynn Marsh', 'Colt Ryan Rusk']);
  });

  it('reads "City Clerk X" as a title', () => {
    expect(people('The shooting took place Tuesday, Hollis City Clerk Dana Reyes told reporters.')).toEqual(['Dana Reyes']);
  });

  it('dates the shooting past a clock time ("shortly before 8 a.m. Tuesday")', () => {
    expect(dates('HOLLIS, Ky. (Wire) - A 15-year-old student opened fire at Hollis County High School in Hollis, Kentucky, shortly before 8 a.m. Tuesday, leaving two students dead.')).toEqual(['2026-01-20']);
  });
});

describe('a portal\'s captions', () => {
  it('reads a caption closed by "| REUTERS" as no cut paragraph, and "IMAGE:" as no place', async () => {
    const { findTruncation } = await import('../src/normalize/integrity.js');
    expect(findTruncation('Leaders bid farewell\n\nMourners line up near the hall, which will host a state funeral on Tuesday in Tokyo. | REUTERS\n\nAbout 700 dignitaries attended.\n', [])).toEqual([]);
    const places = normalizedClaims('places-and-orgs-named', 'Leaders bid farewell\n\nIMAGE: Former president Ana Souza at the funeral in Tokyo.', '2026-09-27').map((v) => v.text);
    expect(places).not.toContain('IMAGE');
  });
});

describe('figures the copy says were given earlier (probe on real pages of a non-reserved 2012 quake)', () => {
  const tolls = (text: string): Array<[unknown, unknown]> => normalizedClaims('death-toll', text, '2026-11-08').map((v) => [v.value, v.role]);

  it('reads "has earlier said at a press conference that more than 15 people were dead" as an earlier figure', () => {
    expect(tolls('MEXICO CITY (Wire) -- The death toll from the quake rose to 29. President Ana Souza has earlier said at a press conference that more than 15 people were dead and 100 missing.')).toEqual([[29, 'headline'], [15, 'other']]);
  });

  it('stops at "but now": "Officials earlier said 12 people died, but now say 15 were killed"', () => {
    expect(tolls('MEXICO CITY (Wire) -- Officials earlier said 12 people died, but now say 15 were killed.')).toEqual([[12, 'other'], [15, 'headline']]);
  });
});

describe('a title that drops its lede\'s hedge (probe on real pages of a non-reserved 2023 quake)', () => {
  it('reads "toll rises to 2,000" over "risen sharply to more than 2,000 people" as more than 2,000, no error against 2,053', async () => {
    const findings = await sets.findings({
      a: ['2026-10-08', 'Quakes killed more than 2,000, officials say\n\nKARAB (Wire) - A spokesman for the disaster ministry said 2,053 people were dead and 9,240 injured after the earthquakes on Saturday.'],
      b: ['2026-10-09', 'Earthquake death toll rises to 2,000\n\nKARAB (Wire) - The death toll from a series of earthquakes has risen sharply to more than 2,000 people, according to a government spokesperson.'],
    }, 'death-toll');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(normalizedClaims('death-toll', 'Earthquake death toll rises to 2,000\n\nKARAB (Wire) - The death toll from a series of earthquakes has risen sharply to more than 2,000 people, according to a government spokesperson.', '2026-10-09')
      .filter((v) => v.role === 'headline').map((v) => [v.value, v.qualifier])).toEqual([[2000, 'more-than']]);
  });
});

describe('a date that opens its sentence (probe on real pages of a non-reserved 2024 shooting)', () => {
  // 2026-09-02 is a Wednesday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-09-03').map((v) => v.value);

  it('dates the shooting the subject\'s long name stands before ("On Wednesday, Brook High School in Marlow, Georgia, was the scene of a … shooting")', () => {
    expect(dates('On Wednesday, Brook High School in Marlow, Georgia, was the scene of a devastating mass shooting that resulted in four fatalities.')).toEqual(['2026-09-02']);
  });

  it('keeps a fronted date of a statement no event\'s ("On Wednesday, officials said the toll had risen")', () => {
    expect(dates('On Wednesday, officials said the toll had risen to 12.')).toEqual([]);
  });
});

describe('a name in both orders (probe on real pages of a non-reserved state funeral)', () => {
  it('reads "Abe Shinzo" in one outlet and "Shinzo Abe" in another as one person: no omission', async () => {
    const findings = await sets.findings({
      a: ['2026-09-27', 'Leaders attend funeral of Haruto Sato\n\nTOKYO (Wire) - About 700 foreign dignitaries attended the state funeral of former Prime Minister Haruto Sato on Tuesday.'],
      b: ['2026-09-28', 'Dignitaries attend funeral\n\nDignitaries from around the world attended the state funeral for Japan\'s former prime minister Sato Haruto at the Budokan on Tuesday.'],
    }, 'people-named');
    expect(findings).toEqual([]);
  });
});

describe('a date of the search, not of the quake (probe on real pages of a non-reserved 2011 quake)', () => {
  // 2026-10-26 is a Monday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-10-26').map((v) => v.value);

  it('reads no quake date in "scrambled through rubble to find survivors Monday after a deadly earthquake devastated the region"', () => {
    expect(dates('VARNA, Turkey (Wire) - Rescue workers scrambled through piles of rubble to find survivors Monday after a deadly 7.2-magnitude earthquake devastated parts of the east.')).toEqual([]);
  });

  it('gives a date right after another act\'s verb to that act ("Rescuers scrambled today to find survivors of the earthquake")', async () => {
    const findings = await sets.findings({
      a: ['2026-10-26', 'Quake kills 239\n\nVARNA (Wire) - The earthquake struck on Sunday, killing at least 239 people.'],
      b: ['2026-10-27', 'Hunt for survivors\n\nVARNA (Wire) - Rescuers scrambled today to find survivors of the earthquake that killed at least 272 people.'],
    }, 'event-dates');
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
});

describe('the person a funeral honours (probe on real pages of a non-reserved 2025 state funeral)', () => {
  it('reads "to honor the life and legacy of X" as the honoree, not a participant', () => {
    const participants = normalizedClaims('participants', 'In a rare moment of unity, five presidents gathered on Thursday at the cathedral to honor the life and legacy of Tomas Ekdal, the 39th president. In attendance were President Ana Souza and former presidents Carl Berg and Ines Mora.', '2026-01-09').map((v) => v.text);
    expect(participants).toEqual(['Ana Souza', 'Carl Berg', 'Ines Mora']);
  });
});

describe('scraped copies of a coastal quake (probe on real pages of a non-reserved 2020 quake)', () => {
  const role = (rule: string, text: string): Array<[unknown, unknown]> => normalizedClaims(rule, text, '2026-06-24').map((v) => [v.value, v.role]);

  it('reads the lede\'s "A powerful quake struck …, killing at least five" over a quote\'s one death at a building', () => {
    const text = 'Powerful quake hits coast\n\nIn a radio interview, Gov. Ana Souza said at least one person was killed when a building collapsed in the town of Crucera.\n\nA powerful earthquake struck the southern coast on Tuesday, killing at least five people and shaking buildings hundreds of miles away.';
    expect(role('death-toll', text)).toEqual([[1, 'other'], [5, 'headline']]);
  });

  it('reads figures listed after one of an earlier quake as background ("caused around 9,500 fatalities, injuries to 30,000 people")', () => {
    expect(role('injured', 'MEXICO CITY (Wire) - A magnitude 8.0 quake that struck in 1985 caused around 9,500 fatalities, injuries to 30,000 people and left 100,000 homeless.')).toEqual([[30000, 'background']]);
  });
});

describe('crowds at a funeral (probe on real pages of a non-reserved 2025 funeral)', () => {
  it('compares no crowd estimates said in words ("Tens of thousands of mourners" at the start, "Hundreds of thousands" later)', async () => {
    const findings = await sets.findings({
      a: ['2026-04-26', 'Crowds gather for funeral\n\nROME (Wire) - Tens of thousands of mourners and world leaders packed the square on Saturday for the funeral of the former president.'],
      b: ['2026-04-27', 'Hundreds of thousands gather for funeral\n\nROME (Wire) - Hundreds of thousands of mourners and world leaders packed the square on Saturday for the funeral of the former president.'],
    }, 'people-count');
    expect(findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('still reads a figure against a figure: "about 150,000 people" against "about 250,000 people" in one sentence', async () => {
    const findings = await sets.findings({
      a: ['2026-04-26', 'Crowds gather\n\nROME (Wire) - Police said about 150,000 people packed the square for the funeral.'],
      b: ['2026-04-26', 'Crowds gather\n\nROME (Wire) - Police said about 250,000 people packed the square for the funeral.'],
    }, 'people-count');
    expect(findings.length).toBeGreaterThan(0);
  });

  it('reads "Image: Name / AFP" closing a caption as a credit, no cut paragraph', async () => {
    const { findTruncation } = await import('../src/normalize/integrity.js');
    expect(findTruncation('Funeral begins\n\nA general view of the coffin in the square on April 26. Image: Alberto Pizolli / AFP\n\nTens of thousands of mourners gathered.\n', [])).toEqual([]);
  });
});

describe('a headline with two outcomes (probe on real pages of a non-reserved 2021 shooting)', () => {
  it('reads "3 students killed, 8 others wounded" as 3 dead and 8 wounded, no group of 11', () => {
    const title = '3 students killed, 8 others wounded in Michigan high school shooting';
    expect(normalizedClaims('death-toll', title, '2026-11-30').filter((v) => v.role === 'headline').map((v) => v.value)).toEqual([3]);
    expect(normalizedClaims('injured', title, '2026-11-30').filter((v) => v.role === 'headline').map((v) => v.value)).toEqual([8]);
  });

  it('keeps a group of one outcome: "19 children, 2 teachers killed" is 21 dead', () => {
    expect(normalizedClaims('death-toll', '19 children, 2 teachers killed in school shooting', '2026-11-30').filter((v) => v.role === 'headline').map((v) => v.value)).toEqual([21]);
  });
});

describe('a headline member without a figure', () => {
  it('reads "Three students, teacher killed" as a share of an unknown total, not a toll of 3', () => {
    expect(normalizedClaims('death-toll', 'Three students, teacher killed in school shooting', '2026-11-30').map((v) => [v.value, v.role])).toEqual([[3, 'part']]);
  });
});

describe('an age written before the name', () => {
  it('makes "18-year-old Caleb Stone" a person with an age, though the given name is not a known one', () => {
    const text = 'LAKEVIEW, Ore. (Wire) - The suspected gunman, 18-year-old Caleb Stone, was charged with capital murder, Sheriff Ana Ruiz said.';
    expect(normalizedClaims('people-named', text, '2026-05-02').map((v) => v.text)).toEqual(['Caleb Stone', 'Ana Ruiz']);
    expect(normalizedClaims('ages', text, '2026-05-02').map((v) => v.value)).toHaveLength(1);
  });
});

describe('performers known by one name', () => {
  it('reads "Irish rock star Bono" and "Singer Adele" among those attending', () => {
    expect(normalizedClaims('participants', 'VALMORA (Wire) - Among those attending were former President Joan Easton and Irish rock star Tavo.', '2026-12-08').map((v) => v.text)).toEqual(['Joan Easton', 'Tavo']);
    expect(normalizedClaims('participants', 'VALMORA (Wire) - Singer Mirela performed at the memorial, attended by President Joan Easton.', '2026-12-08').map((v) => v.text)).toEqual(['Mirela', 'Joan Easton']);
  });
});

describe('"scores" of people hurt in a headline', () => {
  it('reads "128 dead, scores injured" and "injures scores" as a vague injured count', () => {
    const injured = (text: string): unknown[] => normalizedClaims('injured', text, '2026-10-08').map((v) => v.qualifier);
    expect(injured('Valdoria quake: 128 dead, scores injured')).toEqual(['several']);
    expect(injured('Valdoria quake kills 128, injures scores')).toEqual(['several']);
  });
});

describe('a chant in quotes (probe on real pages of a non-reserved 2016 memorial rally)', () => {
  it('reads no cut sentence after an exclamation that closes a quote mid-sentence', async () => {
    const { findScars } = await import('../src/align/scars.js');
    const { analyze } = await import('../src/analyze/index.js');
    const doc = analyze(normalizedVersion('Thousands rally in Havana\n\nThey chanted “long live the revolution!” and “Viva! Viva!” at a packed square, the vast esplanade where he spoke.'));
    expect(findScars(doc).map((s) => s.kind)).toEqual([]);
  });
});
