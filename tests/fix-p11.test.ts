/**
 * Real-copy probe round six (text of our own, fictional places and people, in the styles of
 * the wire and outlet copy read): what the round's false findings came from.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';
import { normalizedClaims } from './helpers/version-claims.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('two bounds of one day', () => {
  it('"more than 200" beside "at least 210" injured the same day is one count, said rounder', async () => {
    const findings = await sets.findings({
      a: ['2026-02-12', 'Dask quake\n\nThe quake killed 61 people in Dask. At least 210 people were injured, officials said.'],
      b: ['2026-02-12', 'Dask quake: what we know\n\nThe quake killed 61 people. More than 200 people were injured, according to officials.'],
    }, 'injured');
    expect(findings).toEqual([]);
  });

  it('"at least 9" beside "at least 12" the same day are two counts', async () => {
    const findings = await sets.findings({
      a: ['2026-02-12', 'Dask quake\n\nThe quake killed 61 people in Dask. At least 12 people were injured, officials said.'],
      b: ['2026-02-12', 'Dask quake: what we know\n\nThe quake killed 61 people. At least 9 people were injured, according to officials.'],
    }, 'injured');
    expect(findings.map((f) => f.type)).toContain('contradiction');
  });
});

describe('a headline\'s first word before a known place', () => {
  const places = (text: string): unknown[] => normalizedClaims('places-and-orgs-named', text, '2026-02-12').map((v) => v.text);

  it('is cut: "Deadly Mexico quake", "Powerful Taiwan quake" name Mexico and Taiwan', () => {
    expect(places('Deadly Mexico quake: what we know\n\nThe quake killed 61 people.')).toEqual(['Mexico']);
    expect(places('Powerful Taiwan quake kills nine\n\nThe quake struck on Tuesday.')).toEqual(['Taiwan']);
  });

  it('stays when it opens the place\'s name: "Central America", "South Africa", "Mexico City"', () => {
    expect(places('Central America braces for storm\n\nThe storm is due on Tuesday.')).toEqual(['Central America']);
    expect(places('South Africa mourns leader\n\nThe funeral is on Tuesday.')).toEqual(['South Africa']);
    expect(places('Mexico City residents flee\n\nThe quake struck on Tuesday.')).toEqual(['Mexico City']);
  });
});

describe('a breakdown by place before another outcome', () => {
  const values = (rule: string, text: string): unknown[] => normalizedClaims(rule, text, '2026-05-21').map((v) => [v.value, v.role]);
  const text = 'As of 8 a.m. Thursday, 38 people had been confirmed dead in Menda County and three in Dulan County, and 612 others were injured, 47 of them seriously, officials said.';

  it('its members are the dead, not the injured', () => {
    expect(values('death-toll', text)).toEqual([[38, 'part'], [3, 'part']]);
    expect(values('injured', text)).toEqual([[612, 'headline'], [47, 'part']]);
  });

  it('an elliptic member follows the one before it: "killed 17 in Kelmar and six in Dorsk, and injured 40"', () => {
    const t = 'The quake killed 17 people in Kelmar and six in Dorsk, and injured 40.';
    expect(values('injured', t)).toEqual([[40, 'headline']]);
  });
});

describe('a long object between a future verb and its day', () => {
  // 2026-09-09 is a Wednesday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-09-09').map((v) => v.value);

  it('keeps the coming day: "are expected to attend a memorial service for … at the stadium on Thursday"', () => {
    expect(dates('Heads of state are expected to attend a memorial service for Kestovia’s founding president Samuel Oduya at the national stadium on Thursday.')).toEqual(['2026-09-10']);
  });

  it('a verb of its own in between still ends the search', () => {
    expect(dates('Mourners who are expected to return later packed the memorial service for Kestovia’s founding president Samuel Oduya at the national stadium on Tuesday.')).toEqual(['2026-09-08']);
  });
});

describe('a place\'s capacity', () => {
  const counts = (text: string): unknown[] => normalizedClaims('people-count', text, '2026-09-09').map((v) => v.value);

  it('is no count of people: "holds 90,000 people", "can hold 40,000", "a capacity of 2,000 guests"', () => {
    expect(counts('The stadium holds 90,000 people.')).toEqual([]);
    expect(counts('The arena, which can hold 40,000 people, was half empty.')).toEqual([]);
    expect(counts('The hall has a capacity of 2,000 guests.')).toEqual([]);
  });

  it('"held 300 people for hours" and "About 60,000 people filled the 90,000-seat stadium" still count', () => {
    expect(counts('The gunmen held 300 people for hours.')).toEqual([300]);
    expect(counts('About 60,000 people filled the 90,000-seat stadium.')).toEqual([60000]);
  });
});

describe('the honoree after a long title', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-09-09').map((v) => v.text);

  it('"a memorial service for Kestovia\'s founding president X", "the funeral of the country\'s first president X" take no part', () => {
    expect(participants('More than 70 heads of state are expected to attend a memorial service for Kestovia’s founding president Samuel Oduya at the national stadium on Thursday.')).toEqual([]);
    expect(participants('Mourners attended the funeral of the country’s first president Ana Lind on Monday.')).toEqual([]);
  });

  it('a leader named after the honouring phrase still takes part', () => {
    expect(participants('Leaders attended the funeral of the country’s president, and President Ana Lind spoke.')).toEqual(['Ana Lind']);
  });
});

describe('a memorial told by its purpose', () => {
  it('"packed a stadium on Tuesday to celebrate the life of X" and "gathered on Wednesday to honor X" date one memorial', async () => {
    const findings = await sets.findings({
      a: ['2026-09-09', 'Dask honors Oduya at memorial\n\nTens of thousands of mourners packed a rain-soaked stadium on Tuesday to celebrate the life of Samuel Oduya, the liberation hero who died last week.'],
      b: ['2026-09-10', 'Oduya memorial: key moments\n\nLeaders from around the world gathered in Port Alda on Wednesday to honor Samuel Oduya.'],
    }, 'event-dates');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
  });
});

describe('a department before a name', () => {
  const people = (text: string): unknown[] => normalizedClaims('people-named', text, '2026-09-30').map((v) => v.text);

  it('"Information Center and Public Relations Sutopo Purwo Nugroho said": the person after the department', () => {
    expect(people('Head of Data, Information Center and Public Relations Sutopo Purwo Nugroho said the toll had risen.')).toEqual(['Sutopo Purwo Nugroho']);
  });

  it('no person when no verb of saying follows an unknown name', () => {
    expect(people('The Foreign Affairs Ministry Press Office said on Monday that talks would resume.')).toEqual([]);
  });
});

describe('a title that says the figure went past a mark', () => {
  it('"toll passes 200" over "rose to 214" is no stale title', async () => {
    const findings = await sets.findings({
      a: ['2026-06-03', 'Quake strikes Dask\n\nDASK (Reuters) - An earthquake struck Dask on Wednesday, killing at least 142 people, officials said.'],
      b: ['2026-06-04', 'Dask quake toll passes 200 as hopes fade\n\nDASK (AP) — The death toll from Wednesday’s earthquake in Dask rose to 214 on Thursday, the health ministry said.'],
    }, 'death-toll');
    expect(findings.filter((f) => f.type === 'stale')).toEqual([]);
  });

  it('"Quake kills at least 30" over "rose to 52" is still one', async () => {
    const findings = await sets.findings({
      a: ['2026-06-04', 'Quake kills at least 30 in Dask\n\nDASK (AP) — The death toll from Wednesday’s earthquake in Dask rose to 52 on Thursday, the health ministry said.'],
      b: ['2026-06-04', 'Dask toll at 52\n\nDASK (Reuters) — The death toll from Wednesday’s earthquake in Dask rose to 52 on Thursday, officials said.'],
    }, 'death-toll');
    expect(findings.filter((f) => f.type === 'stale').map((f) => f.versions)).toEqual([['a']]);
  });
});

describe('a flash of the first day', () => {
  it('lacking the injured count a longer story of its day gives: info', async () => {
    const findings = await sets.findings({
      a: ['2026-06-03', 'Quake strikes Dask, dozens feared dead\n\nDASK (Reuters) - A magnitude 6.8 earthquake struck Dask on Wednesday afternoon, killing at least 40 people, officials said.'],
      b: ['2026-06-03', 'Dask quake kills 142\n\nDASK (Reuters) - An earthquake killed 142 people in Dask on Wednesday, the health ministry said.\n\nMore than 600 people were injured.\n\nHospitals in Varno were overwhelmed, a doctor said.\n\nRescuers worked through the night.'],
    }, 'injured');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['omission', 'info']]);
  });

  it('a full story of the day without it keeps the warning', async () => {
    const findings = await sets.findings({
      a: ['2026-06-03', 'Quake strikes Dask\n\nDASK (Reuters) - A magnitude 6.8 earthquake struck Dask on Wednesday afternoon, killing 142 people, officials said.\n\nHospitals in Varno were overwhelmed, a doctor said.\n\nRescuers worked through the night.\n\nThe region was hit by a quake in 1999.'],
      b: ['2026-06-03', 'Dask quake kills 142\n\nDASK (Reuters) - An earthquake killed 142 people in Dask on Wednesday, the health ministry said.\n\nMore than 600 people were injured.\n\nHospitals in Varno were overwhelmed, a doctor said.\n\nRescuers worked through the night.'],
    }, 'injured');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['omission', 'warning']]);
  });
});

describe('a cue that ranks the event', () => {
  const values = (rule: string, text: string): unknown[] => normalizedClaims(rule, text, '2026-02-15').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"making it one of the world\'s deadliest school massacres" counts no one: the 15 taken to hospitals stay injured', () => {
    const text = 'Seventeen people were killed and 15 more were taken to hospitals, making it one of the world’s deadliest school massacres.';
    expect(values('death-toll', text)).toEqual([17]);
    expect(values('injured', text)).toEqual([15]);
  });
});

describe('a count of two outcomes at once', () => {
  const tolls = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-04-22').map((v) => [v.value, v.role]);

  it('"208 dead or missing", "208 people had been killed or were missing" is no toll', () => {
    expect(tolls('At Least 208 Dead Or Missing After Dask Quake\n\nThe quake struck on Saturday.')).toEqual([[208, 'other']]);
    expect(tolls('At least 208 people had been killed or were missing, state media said.')).toEqual([[208, 'other']]);
  });

  it('"The number of people killed or missing … rises to more than 200" is no toll either', () => {
    expect(tolls('The number of people killed or missing after the worst earthquake in three years rises to more than 200, with another 11,800 injured.')).toEqual([[200, 'other']]);
  });

  it('"186 people were killed and 22 are missing" gives the toll', () => {
    expect(tolls('The quake killed 186 people and 22 are missing, state media said.')).toEqual([[186, 'headline']]);
  });

  it('a same-day story with the toll and the missing apart agrees with one that adds them up', async () => {
    const findings = await sets.findings({
      a: ['2026-04-22', 'At Least 208 Dead Or Missing After Dask Quake\n\nDASK (Reuters) - At least 208 people had been killed or were missing after the quake on Saturday, state media said.'],
      b: ['2026-04-22', 'Dask quake toll rises\n\nDASK (AP) — The quake killed at least 186 people, injured 11,000 and left nearly two dozen missing, officials said.'],
    }, 'death-toll');
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a title with a round mark', () => {
  it('"Over 300 dead" over "rose to 328" is no stale title', async () => {
    const findings = await sets.findings({
      a: ['2026-11-12', 'Dask quake kills 207\n\nDASK (Reuters) - An earthquake killed 207 people in Dask on Sunday, officials said.'],
      b: ['2026-11-13', 'Over 300 dead in Dask earthquake\n\nThe death toll from the earthquake in Dask rose to 328 dead on Monday, officials said.'],
    }, 'death-toll');
    expect(findings.filter((f) => f.type === 'stale')).toEqual([]);
  });

  it('"Over 300 dead" over "rose to 412" is one', async () => {
    const findings = await sets.findings({
      a: ['2026-11-12', 'Dask quake kills 207\n\nDASK (Reuters) - An earthquake killed 207 people in Dask on Sunday, officials said.'],
      b: ['2026-11-13', 'Over 300 dead in Dask earthquake\n\nThe death toll from the earthquake in Dask rose to 412 dead on Monday, officials said.'],
    }, 'death-toll');
    expect(findings.filter((f) => f.type === 'stale').map((f) => f.versions)).toEqual([['b']]);
  });
});

describe('a clause of place between the event and its participle', () => {
  const values = (rule: string, text: string): unknown[] => normalizedClaims(rule, text, '2026-04-20').map((v) => [v.value, v.role]);

  it('"…on Saturday, near where a devastating quake struck five years ago, killing at least 70" is the toll of today\'s quake', () => {
    const text = 'A powerful earthquake struck the steep hills of Dask province on Saturday, near where a devastating quake struck five years ago, killing at least 70 people and injuring more than 2,000.';
    expect(values('death-toll', text)).toEqual([[70, 'headline']]);
    expect(values('injured', text)).toEqual([[2000, 'headline']]);
  });

  it('"…struck Kira district in 2015, killing 43 people" stays background', () => {
    expect(values('death-toll', 'A quake struck Kira district in 2015, killing 43 people.')).toEqual([[43, 'background']]);
  });
});

describe('an agency that says a magnitude', () => {
  it('"The US Geological Survey said the epicentre was … and measured 7.2", then 7.3 by the USGS: the agency revised it (update)', async () => {
    const findings = await sets.findings({
      a: ['2026-11-12', 'Quake hits Dask\n\nThe US Geological Survey said the epicentre was about 20 miles (32km) southwest of the city of Varno and measured 7.2.'],
      b: ['2026-11-13', 'Dask quake toll rises\n\nThe magnitude 7.3 quake was centered 19 miles outside the city of Varno, the US Geological Survey said.'],
    }, 'magnitude');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('two agencies in the sentence leave the figure unattributed', async () => {
    const findings = await sets.findings({
      a: ['2026-11-12', 'Quake hits Dask\n\nThe US Geological Survey said the national seismology centre had measured it at 7.2.'],
      b: ['2026-11-13', 'Dask quake toll rises\n\nThe magnitude 7.3 quake was centered outside the city of Varno, the US Geological Survey said.'],
    }, 'magnitude');
    expect(findings.filter((f) => f.type === 'update' || f.type === 'contradiction')).toEqual([]);
  });
});

describe('thousands set apart by spaces', () => {
  it('"almost 70 000 people" is 70,000; "1 200 000" is 1,200,000', async () => {
    const { parseNumber } = await import('../src/read/numbers.js');
    expect(parseNumber('70 000')).toBe(70000);
    expect(parseNumber('1 200 000')).toBe(1200000);
    expect(normalizedClaims('death-toll', 'The 2008 quake killed almost 70 000 people.', '2026-04-20').map((v) => v.value)).toEqual([70000]);
  });

  it('a year before a figure stays apart ("in 2015 300 people")', async () => {
    const { parseNumber } = await import('../src/read/numbers.js');
    expect(parseNumber('2015 300')).toBe(null);
  });
});

describe('a cue that is also a verb', () => {
  const tolls = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-12-01').map((v) => v.value);

  it('"The suspect lives about 1½ miles from the school" is no toll; "lost their lives", "claimed 40 lives" are', () => {
    expect(tolls('The suspect lives about 1½ miles from the school.')).toEqual([]);
    expect(tolls('The quake claimed 40 lives.')).toEqual([40]);
    expect(tolls('Officials said more than 60 lives were lost.')).toEqual([60]);
  });
});

describe('people counted with their age', () => {
  const tolls = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-09-05').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"Two 14-year-olds and two teachers were shot dead" is four dead', () => {
    expect(tolls('Two 14-year-olds and two teachers were shot dead.')).toEqual([4]);
    expect(tolls('Two 14-year-old students and two teachers were shot dead.')).toEqual([4]);
  });

  it('"A 14-year-old student killed four people": the age is no count', () => {
    expect(tolls('A 14-year-old student killed four people.')).toEqual([4]);
  });
});

describe('attendance said of a ceremony', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-09-25').map((v) => v.text);

  it('"neither did former president Y", "the delegation sent by President X", "a rally to commemorate X" list no one', () => {
    expect(participants('US President Mark Dalton did not attend, and neither did former president Jim Carver.')).toEqual([]);
    expect(participants('Ambassador Ray Hall will lead the U.S. delegation sent by President Mark Dalton to the funeral.')).toEqual(['Ray Hall']);
    expect(participants('Thousands attended a rally to commemorate Fidel Varga.')).toEqual([]);
  });

  it('"X will not travel to Japan as planned for Tuesday\'s state funeral", then X listed: a change of plan (info)', async () => {
    const findings = await sets.findings({
      a: ['2026-09-25', 'Trudel cancels trip\n\nCanadian Prime Minister Jon Trudel will not travel to Japan as planned for Tuesday’s state funeral, his office said.'],
      b: ['2026-09-27', 'Who is attending the funeral\n\nUS Vice President Kara Harlan, Canadian Prime Minister Jon Trudel and South Korean Prime Minister Han Duck-soo are attending the funeral.'],
    }, 'participants');
    expect(findings.filter((f) => f.type === 'update').map((f) => f.severity)).toEqual(['info']);
  });

  it('a preview that lists X ("may also attend", "will attend") and a later "did not attend": a change of plan (info)', async () => {
    for (const preview of ['may also attend', 'will attend']) {
      const findings = await sets.findings({
        a: ['2026-09-20', `Leaders to attend funeral\n\nFormer US President Ben Ortiz ${preview} the funeral, officials said.`],
        b: ['2026-09-27', 'Leaders attend funeral\n\nFormer US President Ben Ortiz did not attend the funeral.'],
      }, 'participants');
      expect(findings.map((f) => [f.type, f.severity, f.versions])).toEqual([['update', 'info', ['b']]]);
    }
  });
});

describe('a lower bound on a round figure', () => {
  it('"more than 700 troops" against "700 troops" is a minor qualifier change (info); "more than 37" against "37" is not', async () => {
    const round = await sets.findings({
      a: ['2026-04-11', 'Funeral plans\n\nThe funeral procession will involve 700 troops, officials said.'],
      b: ['2026-04-17', 'Funeral held\n\nMore than 700 troops lined the route of the procession, officials said.'],
    }, 'people-count');
    expect(round.filter((f) => f.type === 'qualifier-change').map((f) => f.severity)).toEqual(['info']);
    const count = await sets.findings({
      a: ['2026-04-11', 'Funeral plans\n\nThe procession will involve 37 soldiers, officials said.'],
      b: ['2026-04-17', 'Funeral held\n\nMore than 37 soldiers lined the route of the procession, officials said.'],
    }, 'people-count');
    expect(count.filter((f) => f.type === 'qualifier-change').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('days said relative to the copy', () => {
  // 2026-11-30 is a Monday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-11-30').map((v) => v.value);

  it('"will attend the funeral tomorrow" is the next day', () => {
    expect(dates('Henry Kissel will attend the funeral of Margaret Thorne tomorrow.')).toEqual(['2026-12-01']);
  });

  it('a place and its country before the day keep the clause\'s future ("converge in Havana, Cuba on Sunday")', () => {
    expect(dates('World leaders and dignitaries are expected to converge in Havana, Cuba on Sunday to pay their final respects.')).toEqual(['2026-12-06']);
  });
});

describe('one body written two ways', () => {
  it('"United States Geological Survey", "U.S. Geological Survey" and "US Geological Survey" in one sentence: no changed fact, no omission', async () => {
    const line = (name: string): string => `Quake hits Dask\n\nThe ${name} said the quake struck on Wednesday.`;
    const files = {
      a: ['2026-04-17', line('United States Geological Survey')],
      b: ['2026-04-17', line('U.S. Geological Survey')],
      c: ['2026-04-17', line('US Geological Survey')],
    } as const;
    expect(await sets.findings(files, 'changed-fact')).toEqual([]);
    expect(await sets.findings(files, 'places-and-orgs-named')).toEqual([]);
  });

  it('"St Paul’s Cathedral" and "St Paul\'s Cathedral", "Ya’an" and "Yaan" are one place', async () => {
    const files = {
      a: ['2026-04-17', 'Funeral at St Paul’s\n\nThe funeral was held at St Paul’s Cathedral in Ya’an on Wednesday, said Sean O’Brien.'],
      b: ['2026-04-17', 'Funeral at St Paul\'s\n\nThe funeral was held at St Paul\'s Cathedral in Yaan on Wednesday, said Sean O\'Brien.'],
    } as const;
    expect(await sets.findings(files, 'changed-fact')).toEqual([]);
    expect(await sets.findings(files, 'places-and-orgs-named')).toEqual([]);
  });

  it('"George W. Bush" and "George H.W. Bush" stay two', async () => {
    const { sameName } = await import('../src/read/names.js');
    expect(sameName('George W. Bush', 'George H.W. Bush')).toBe(false);
    expect(sameName('United Nations Office', 'UN Office')).toBe(true);
  });
});

describe('a share of a group counted already', () => {
  it('"Most of the 20 children killed were shot more than once" states no toll', () => {
    const tolls = normalizedClaims('death-toll', 'Most of the 20 children killed were shot more than once, the medical examiner said.', '2026-12-15');
    expect(tolls.map((v) => [v.value, v.role])).toEqual([[20, 'other']]);
  });
});

describe('an age in brackets after a name', () => {
  it('"Justin Shilling (17)", "Tate Myre, (16)" are no counts; "12 people (14 according to local media)" still is', () => {
    const tolls = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-12-02').map((v) => v.value);
    expect(tolls('The students who were killed were Justin Shilling (17), Hana Juliana (14) and Tate Myre, (16).')).toEqual([]);
    expect(tolls('The quake killed 12 people (14 according to local media).')).toEqual([12]);
  });
});

describe('a day ahead of the copy in a clause of the future', () => {
  it('"the 14-year-old accused in the shooting … that killed four people is expected to appear before a judge Friday morning" dates no shooting', () => {
    const dates = normalizedClaims('event-dates', 'The 14-year-old accused in the shooting at a Georgia high school that killed four people and rocked a rural community outside Atlanta is expected to appear before a judge Friday morning as his father faces multiple charges in connection with the attack.', '2026-09-03');
    expect(dates).toEqual([]);
  });

  it('a past verb with a wrong weekday still dates the shooting ("who killed eight classmates … on Thursday", a copy of Wednesday)', () => {
    const dates = normalizedClaims('event-dates', 'A 17-year-old student who killed eight classmates and a teacher at Hollander High School on Thursday had planned the attack for weeks.', '2026-09-03');
    expect(dates.length).toBe(1);
  });
});

describe('names in a funeral\'s copy', () => {
  it('"Baroness Thatcher" is Margaret Thatcher; "to Attend Thatcher\'s Funeral" names no "Attend Thatcher"', () => {
    const people = normalizedClaims('people-named', 'Kissel to Attend Thorne’s Funeral\n\nHenry Kissel will attend the funeral of Margaret Thorne tomorrow, along with Baroness Thorne’s family.', '2026-04-16');
    expect([...new Set(people.map((v) => v.key))].sort()).toEqual(['person:henry kissel', 'person:margaret thorne']);
  });

  it('"Diana, Princess of Wales and the Duke of Edinburgh" name no places', () => {
    expect(normalizedClaims('places-and-orgs-named', 'Mourners included Diana, Princess of Wales and the Duke of Edinburgh.', '2026-04-16')).toEqual([]);
  });

  it('"one in three people", "the Group of Seven industrialized nations" are no counts', () => {
    expect(normalizedClaims('people-count', 'A poll found that only one in three people agree.', '2026-04-16')).toEqual([]);
    expect(normalizedClaims('countries-count', 'He was the only leader of the Group of Seven industrialized nations to attend.', '2026-04-16')).toEqual([]);
  });
});

describe('the event a shooting is compared with', () => {
  const tolls = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-03-22').map((v) => [v.value, v.role]);

  it('"the worst at a school since 15 people were killed at Columbine", "since February, when 17 people were killed" are background', () => {
    expect(tolls('The shooting was the worst at a school since 15 people were killed at Columbine High School near Littleton, Colo., in 1999.')).toEqual([[15, 'background']]);
    expect(tolls('It was the deadliest school shooting since February, when 17 people were killed at a school in Parkland, Florida.')).toEqual([[17, 'background']]);
  });

  it('"Since Monday, when the quake struck, 45 people have died" and "killed since Monday" are the story\'s', () => {
    expect(tolls('Since Monday, when the quake struck, 45 people have died.')).toEqual([[45, 'headline']]);
    expect(tolls('Ten people have been killed since Monday, when the fighting began.')).toEqual([[10, 'headline']]);
  });
});

describe('an estimate said large', () => {
  it('"as many as 117" is an estimate of 117, not a bound', () => {
    expect(normalizedClaims('death-toll', 'As many as 117 people were killed, officials said.', '2026-03-27').map((v) => v.qualifier)).toEqual(['about']);
  });
});

describe('British and American spelling of one name', () => {
  it('"China Earthquake Networks Centre" and "… Center": no changed fact, no omission; "Jim Carver" and "Jim Carter" stay two', async () => {
    const line = (name: string): string => `Quake hits Dask\n\nThe ${name} said the quake struck on Wednesday.`;
    const files = { a: ['2026-04-17', line('China Earthquake Networks Centre')], b: ['2026-04-17', line('China Earthquake Networks Center')] } as const;
    expect(await sets.findings(files, 'changed-fact')).toEqual([]);
    expect(await sets.findings(files, 'places-and-orgs-named')).toEqual([]);
    const { sameName } = await import('../src/read/names.js');
    expect(sameName('Jim Carver', 'Jim Carter')).toBe(false);
  });
});

describe('Chinese state media furniture', () => {
  it('"Editor: Zhang Jianfeng 丨Xinhua" and "新华社发(洪福乐 摄)" are no injected text; a Chinese sentence still is', async () => {
    const { findInjectedText } = await import('../src/normalize/integrity.js');
    const story = 'BEIJING, Aug. 3 (Xinhua) -- An earthquake jolted Ludian County on Sunday, killing at least 150 people, authorities said.';
    expect(findInjectedText(`${story}\n\nEditor: Zhang Jianfeng 丨Xinhua`)).toEqual([]);
    expect(findInjectedText(`${story}\n\nRescuers search the rubble. 新华社发(洪福乐 摄)`)).toEqual([]);
    expect(findInjectedText(`${story}\n\n地震造成重大伤亡，救援工作正在进行。`).length).toBeGreaterThan(0);
  });
});

describe('words that look cut but are not', () => {
  it('"came to a near-halt", "lives on and", "Coach A," are no deletion scars; "hinges on , but" still is', async () => {
    const { findScars } = await import('../src/align/scars.js');
    const { analyze } = await import('../src/analyze/index.js');
    const { plainVersion } = await import('../src/normalize/plain.js');
    const scars = (text: string): number => findScars(analyze({ ...plainVersion('v', text), dateLine: '2026-04-17' })).length;
    expect(scars('Traffic in the city came to a near-halt as the procession passed, officials said.')).toBe(0);
    expect(scars('He said Fidel’s legacy lives on and his struggle continues.')).toBe(0);
    expect(scars('Affectionately known as "Coach A," Aspinwall was a teacher.')).toBe(0);
    expect(scars('The outcome hinges on , but nobody would say more.')).toBe(1);
  });
});

describe('a share of a numbered whole of the rule', () => {
  const values = (rule: string, text: string): unknown[] => normalizedClaims(rule, text, '2026-03-26').map((v) => [v.value, v.role]);

  it('"three of the 10 people who died", "Two of the 13 wounded remain in critical condition": the whole is the count', () => {
    expect(values('death-toll', 'Mourners gathered at the wakes held Friday for three of the 10 people who died.')).toEqual([[3, 'part'], [10, 'headline']]);
    expect(values('injured', 'Two of the 13 wounded remain in critical condition.')).toEqual([[2, 'part'], [13, 'headline']]);
    expect(values('injured', 'Twelve of the 40 injured remained in hospital on Friday.')).toEqual([[12, 'part'], [40, 'headline']]);
  });

  it('"Seven of the 40 survivors were injured": the share is the count of another group', () => {
    expect(values('injured', 'Seven of the 40 survivors were injured.')).toEqual([[7, 'headline'], [40, 'other']]);
  });
});

describe('a memorial preview with a seated stadium', () => {
  it('"will attend a memorial service … at the 90,000-seat national stadium on Tuesday" is the coming Tuesday', () => {
    // 2026-09-07 is a Monday.
    const dates = normalizedClaims('event-dates', 'About 70 heads of state and government will attend a memorial service for Samuel Oduya at the 90,000-seat national stadium on Tuesday, officials said on Monday.', '2026-09-07');
    expect(dates.map((v) => v.value)).toEqual(['2026-09-08']);
  });
});

describe('no cut in a headline or a quote\'s pronoun', () => {
  it('"Nepalese PM calls for calm" (a headline) has no title without a name; "Police Chief said" in prose still does', async () => {
    const { findScars } = await import('../src/align/scars.js');
    const { analyze } = await import('../src/analyze/index.js');
    const { plainVersion } = await import('../src/normalize/plain.js');
    const kinds = (text: string): string[] => findScars(analyze({ ...plainVersion('v', text), dateLine: '2026-05-13' })).map((s) => s.kind);
    expect(kinds('Nepalese PM calls for calm\n\nThe quake struck on Tuesday.')).toEqual([]);
    expect(kinds('The quake struck on Tuesday, and Deputy Police Chief said the roads were closed.')).toContain('title-without-name');
  });

  it('a pronoun is no name: "We" opening a quote', async () => {
    const { isNameToken } = await import('../src/align/tokens.js');
    const token = { text: 'We', lower: 'we', pos: 'PRON' } as Parameters<typeof isNameToken>[0];
    expect(isNameToken(token, false, new Set(['We']))).toBe(false);
  });
});

describe('a hearing today, in a clause of the future', () => {
  it('"is expected to appear before a judge Friday morning" in a copy of that Friday dates no shooting', () => {
    // 2026-09-04 is a Friday.
    const dates = normalizedClaims('event-dates', 'The 14-year-old accused in the shooting at a Georgia high school that killed four people is expected to appear before a judge Friday morning.', '2026-09-04');
    expect(dates).toEqual([]);
  });
});

describe('presence told by what happened at the ceremony', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-09-10').map((v) => v.text);

  it('"was booed … when he arrived at the stadium", "shook hands with Cuban President X before delivering his speech"', () => {
    expect(participants('President Jacob Zuma was booed by the crowd when he arrived at the stadium.')).toEqual(['Jacob Zuma']);
    expect(participants('Dalton shook hands with Cuban President Raul Castro before delivering his speech.')).toEqual(['Raul Castro']);
  });
});

describe('a ceremony told of before it happens', () => {
  // 2026-03-27 is a Friday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-03-27').map((v) => v.value);

  it('"revealed more details about Sunday\'s funeral procession" is the coming Sunday', () => {
    expect(dates('Defence Minister Ng Eng Hen revealed more details about Sunday’s funeral procession, a 15.4km journey from Parliament House.')).toEqual(['2026-03-29']);
  });

  it('"Police said Sunday\'s funeral was peaceful", "His burial on Thursday was private" are past', () => {
    expect(dates('Police said Sunday’s funeral was peaceful.')).toEqual(['2026-03-22']);
    expect(dates('His burial on Thursday was private.')).toEqual(['2026-03-26']);
  });
});

describe('verbs of a massacre', () => {
  it('"used a rifle to slaughter 26 children and adults", "gunned down 26 people" give the toll', () => {
    const tolls = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-12-15').filter((v) => v.role === 'headline').map((v) => v.value);
    expect(tolls('The gunman used a semiautomatic rifle to slaughter 26 children and adults at the school.')).toEqual([26]);
    expect(tolls('A gunman gunned down 26 people at the school.')).toEqual([26]);
  });
});
