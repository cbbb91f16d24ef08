/**
 * Real-copy probe round five (text of our own, fictional places and people, in the styles of
 * the wire and outlet copy read): what the round's false findings came from.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datedSets } from './helpers/dated-set.js';
import { normalizedClaims } from './helpers/version-claims.js';

const sets = datedSets();
afterAll(() => sets.cleanup());

describe('a timetable verb before "to"', () => {
  // 2026-03-08 is a Sunday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-03-08').map((v) => v.value);

  it('"continues to rise after Saturday\'s quake" dates the quake past', () => {
    expect(dates('The number of dead continues to rise by the hour after Saturday’s 7.2 magnitude quake in Dask, amid frantic searches.')).toEqual(['2026-03-07']);
    expect(dates('The toll from the quake in Dask on Saturday continues to climb.')).toEqual(['2026-03-07']);
  });

  it('"the summit continues on Saturday" still speaks of the coming Saturday', () => {
    expect(dates('The Dask summit continues on Saturday with a session on trade.')).toEqual(['2026-03-14']);
  });
});

describe('a weekday that owns the incident', () => {
  // 2026-03-12 is a Thursday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-03-12').map((v) => v.value);

  it('names a day past whatever the tense around it ("would make Wednesday\'s temblor the worst")', () => {
    expect(dates('Officials feared the toll would make Wednesday’s temblor the deadliest in Rovia in decades.')).toEqual(['2026-03-11']);
  });

  it('keeps every mention of that weekday past in the version', async () => {
    const findings = await sets.findings({
      a: ['2026-03-11', 'Quake hits Dask\n\nDASK (Wire) — A magnitude-6.2 quake struck Dask before dawn on Wednesday, killing at least 38 people.'],
      b: ['2026-03-12', 'Dask toll rises\n\nDASK (Wire) — The death toll from Wednesday’s quake rose to 120 on Thursday, officials said.\n\nOfficials worried the toll would make Wednesday’s temblor the deadliest in Rovia since 1980.'],
    }, 'event-dates');
    expect(findings).toEqual([]);
  });

  it('leaves a funeral ahead: "will attend Wednesday\'s funeral"', () => {
    expect(dates('Leaders will attend Wednesday’s funeral in Dask.')).toEqual(['2026-03-18']);
  });
});

describe('a compound modifier before a noun', () => {
  const injured = (text: string): unknown[] => normalizedClaims('injured', text, '2026-03-11').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"the two worst-hit villages" counts villages, not the injured', () => {
    expect(injured('DASK (Wire) — A total of 368 injured and sick people had been rescued from the two worst-hit villages, Varno and Tesk, after the quake struck.')).toEqual([368]);
  });
});

describe('people found', () => {
  const injured = (text: string): unknown[] => normalizedClaims('injured', text, '2026-03-11').map((v) => v.value);
  const missing = (text: string): unknown[] => normalizedClaims('missing', text, '2026-03-11').map((v) => v.value);

  it('stay injured once rescued: "368 injured and sick people had been rescued"', () => {
    expect(injured('A total of 368 injured and sick people had been rescued by Wednesday night.')).toEqual([368]);
  });

  it('are no longer missing: "Two missing climbers were found alive"', () => {
    expect(missing('Two missing climbers were found alive on Wednesday.')).toEqual([]);
  });
});

describe('two tolls of one day', () => {
  it('are an update when the higher one\'s lede says the toll is rising, its figure a sentence later', async () => {
    const findings = await sets.findings({
      a: ['2026-03-12', 'Rovia races to find quake survivors\n\nWire\n\nRescuers on Wednesday pulled bodies from the ruins of an earthquake that has claimed 30 lives in Rovia, as aftershocks hampered the search.\n\nThe 6.4 magnitude quake struck early Tuesday.'],
      b: ['2026-03-12', 'Rovian quake toll at 39\n\nWire\n\nTwo days after a deadly quake struck the coast of Rovia, hopes were fading Thursday of finding anyone alive, with the death toll rising after more bodies were pulled from the ruins overnight.\n\nPrime Minister Ana Vell put the death toll at 39 after officials said six more bodies had been recovered in Dask.'],
    }, 'death-toll');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('stay a contradiction when no version says the toll rose (a forecast is no rise)', async () => {
    const findings = await sets.findings({
      a: ['2026-03-12', 'Rovia quake\n\nAn earthquake has claimed 30 lives in Rovia, officials said on Wednesday.'],
      b: ['2026-03-12', 'Rovia quake\n\nThe death toll is expected to rise as rescuers dig.\n\nAn earthquake has claimed 39 lives in Rovia, officials said on Wednesday.'],
    }, 'death-toll');
    expect(findings.map((f) => f.type)).toEqual(['contradiction']);
  });
});

describe('a live page', () => {
  it('takes the newest update at its top ("has reached 413") over a title that still says 262', async () => {
    const findings = await sets.findings({
      a: ['2026-04-17', 'Dask quake toll rises to 233\n\nThe death toll from the quake in Dask has risen to 233, President Lee Amon said.'],
      b: ['2026-04-19', 'Dask quake toll rises to 262\n\nApril 19, 2026\n\nUPDATE: 8:36 a.m. — The death toll from the 7.8-magnitude quake in Dask has reached 413, the government said.\n\nApril 18, 2026\n\nUPDATE: The toll has risen to 262, officials said.'],
    }, 'death-toll');
    expect(findings.filter((f) => f.type === 'update').map((f) => f.message)).toEqual([expect.stringContaining('to 413 (b)')]);
  });
});

describe('bounds of one direction', () => {
  it('"more than 2,500" after "at least 2527" injured is the same count, said rounder', async () => {
    const findings = await sets.findings({
      a: ['2026-04-17', 'Dask quake\n\nThe quake killed 233 people in Dask, and officials said at least 2527 were injured.'],
      b: ['2026-04-19', 'Dask quake\n\nThe quake, the strongest since 1979, has left more than 2,500 people injured, officials said.'],
    }, 'injured');
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('"some 650" then "more than 650" injured is a minor qualifier change (info)', async () => {
    const findings = await sets.findings({
      a: ['2026-11-27', 'Dask quake\n\nThe quake killed 22 people in Dask. Some 650 people were injured, officials said.'],
      b: ['2026-11-28', 'Dask quake\n\nThe quake killed 22 people in Dask. More than 650 people were injured, officials said.'],
    }, 'injured');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['qualifier-change', 'info']]);
  });
});

describe('a caption', () => {
  it('closed by a credit after a bar is not cut off ("… 2026 | Photo: Wire")', async () => {
    const findings = await sets.findings({
      a: ['2026-04-17', 'Dask quake\n\nA man walks past buildings destroyed by the quake in the coastal town of Varno on the west coast, Dask, April 16, 2026 | Photo: Reuters\n\nThe quake killed 233 people in Dask, officials said.'],
      b: ['2026-04-17', 'Dask quake\n\nThe quake killed 233 people in Dask, officials said.'],
    }, 'integrity');
    expect(findings).toEqual([]);
  });
});

describe('a person of an age', () => {
  const missing = (text: string): unknown[] => normalizedClaims('missing', text, '2026-11-28').map((v) => v.value);

  it('"a boy of 17 was pulled out alive" counts no one missing', () => {
    expect(missing('Nine members of the Vell family were trapped but a boy of 17 was pulled out alive on Tuesday.')).toEqual([9]);
  });

  it('"two boys of 6 and 7 and a man of 52 were still under the rubble": ages, not counts', () => {
    expect(missing('Rescuers believed two boys of 6 and 7 and a disabled man of 52 were still trapped under the rubble.')).toEqual([]);
  });
});

describe('a live page\'s entry stamp', () => {
  // 2026-10-02 is a Friday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-10-02').map((v) => v.value);

  it('"Update 3:19 a.m. EDT Oct. 2:" dates the entry, not the quake', () => {
    expect(dates('Update 3:19 a.m. EDT Oct. 2: The death toll from the quake and tsunami in Dask has risen to 1,234, officials said.')).toEqual([]);
    expect(dates('UPDATED Oct. 1 — The quake struck Dask on Tuesday, killing 832.')).toEqual(['2026-09-29']);
  });
});

describe('an update beside two versions of its day', () => {
  it('names its version once', async () => {
    const findings = await sets.findings({
      a: ['2026-10-02', 'Dask quake\n\nThe death toll from the quake in Dask has reached 413, officials said.'],
      b: ['2026-10-02', 'Dask quake\n\nThe death toll from the quake in Dask has reached 413, the agency said.'],
      c: ['2026-10-02', 'Dask quake\n\nThe death toll from the quake and tsunami in Dask has risen to 1,234, officials said.'],
    }, 'death-toll');
    expect(findings.map((f) => f.message)).toEqual(['Death toll rose from 413 (a) to 1234 (c)']);
  });
});

describe('an attendance denied after "but"', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-09-28').map((v) => v.text);

  it('"had said he would attend but will not" is no participant', () => {
    expect(participants('Cardinal Emil Varga had originally said he would attend but will not, since he is due to begin a visit to Dask that day.')).toEqual([]);
    expect(participants('President Tom Arlen planned to attend the funeral but could not.')).toEqual([]);
  });

  it('"will attend but will not speak" still attends', () => {
    expect(participants('King Abel Tor will attend the funeral but will not speak.')).toEqual(['Abel Tor']);
  });
});

describe('a group after a subordinator', () => {
  const toll = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-03-27').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"tragedy struck … as three children and three adults were killed" is a toll of six', () => {
    expect(toll('On Monday, tragedy struck a school in Varno as three children and three adults were killed in a shooting.')).toEqual([6]);
  });

  it('"the gunman killed two students and three teachers were wounded" stays two counts', () => {
    expect(toll('The gunman killed two students and three teachers were wounded.')).toEqual([2]);
  });
});

describe('link cards run into a scraped copy', () => {
  const card = 'Former presidents gathered on Saturday at the funeral for the late Sen. Tom HaleThomas Arden HaleVell campaign raises over M in days after launch The Wire\'s 12:30 Report — Presented by Acme — Lawmakers wait on border deal Vell launches Senate bid in Dask MORE (R-Dask).\n\nFormer Vice Presidents Ana RuizAna Maria RuizO’Neill heading to Varno amid 2030 speculation The Wire\'s 12:30 Report — Lawmakers scramble as deadline nears MORE and Lee Amon attended the service.';
  const people = (text: string): unknown[] => normalizedClaims('people-named', text, '2026-09-01').map((v) => v.text);

  it('leave the names alone for analysis', () => {
    expect(people(card)).toEqual(['Tom Hale', 'Ana Ruiz', 'Lee Amon']);
  });

  it('are damage a reader sees: one integrity warning', async () => {
    const findings = await sets.findings({
      a: ['2026-09-01', `Farewell to Hale\n\n${card}`],
      b: ['2026-09-01', 'Farewell to Hale\n\nFormer presidents gathered on Saturday at the funeral for the late Sen. Tom Hale (R-Dask).\n\nFormer Vice Presidents Ana Ruiz and Lee Amon attended the service.'],
    }, 'integrity');
    expect(findings.map((f) => [f.severity, f.versions])).toEqual([['warning', ['a']]]);
    expect(findings[0]?.message).toContain('link-card text');
  });

  it('need their closing "MORE": a word like "YouTube" is no card', () => {
    expect(people('Tom Hale posted a video on YouTube on Monday, and Ana Ruiz shared it with MORE readers.')).toEqual(['Tom Hale', 'Ana Ruiz']);
  });
});

describe('a party before a name', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-09-01').map((v) => v.text);

  it('is no part of it: "Democrat Ana Ruiz and Republican Tom Hale"', () => {
    expect(participants('Two former presidents, Democrat Ana Ruiz and Republican Tom Hale, delivered eulogies at the funeral.')).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
});

describe('a count only the first take gave', () => {
  it('is an info omission when most later stories move on without it', async () => {
    const findings = await sets.findings({
      a: ['2026-02-06', 'Quake kills 1,700\n\nThe quake killed more than 1,700 people in Rovia and Dask, officials said. In Dask, 326 people died and 1,042 were injured, the health ministry said.'],
      b: ['2026-02-09', 'Quake toll passes 15,000\n\nThe death toll from the quake in Rovia and Dask has risen to more than 15,000, officials said.'],
      c: ['2026-02-10', 'Quake toll passes 20,000\n\nThe death toll from the quake in Rovia and Dask has risen to more than 20,000, officials said.'],
    }, 'injured');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['omission', 'info']]);
  });

  it('stays a warning when most versions give it and one drops it', async () => {
    const findings = await sets.findings({
      a: ['2026-02-06', 'Quake kills 40\n\nThe quake killed 40 people in Dask, and 120 were injured, officials said.'],
      b: ['2026-02-07', 'Quake kills 52\n\nThe quake killed 52 people in Dask, and 150 were injured, officials said.'],
      c: ['2026-02-08', 'Quake kills 60\n\nThe death toll from the quake in Dask has risen to 60, officials said.'],
    }, 'injured');
    expect(findings.filter((f) => f.type === 'omission').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('a title-case headline group', () => {
  const toll = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-05-24').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"19 Children & 2 Adults Killed" is one toll of 21 ("&" joins, "Adults" counts people)', () => {
    expect(toll('19 Children & 2 Adults Killed In Shooting At Varno Elementary School')).toEqual([21]);
    expect(toll('3 Men, 2 Women Killed In Varno Crash')).toEqual([5]);
  });
});

describe('a byline in lower case', () => {
  it('is no sentence cut ("by Kaitlin Vell")', async () => {
    const findings = await sets.findings({
      a: ['2026-05-24', 'Shooting at Varno school\n\nby Kaitlin Vell\n\nAt least 19 children and two adults were killed in a shooting at a school in Varno on Tuesday, police said.'],
      b: ['2026-05-24', 'Shooting at Varno school\n\nAt least 19 children and two adults were killed in a shooting at a school in Varno on Tuesday, police said.'],
    }, 'deletion-scar');
    expect(findings).toEqual([]);
  });
});

describe('a lone name under the title', () => {
  it('is the writer\'s byline ("Eric J. Vell"), no person of the story', async () => {
    const findings = await sets.findings({
      a: ['2026-08-26', 'Quake toll rises to 267\n\nEric J. Vell\n\nVARNO, Rovia — Crews found more bodies Thursday, bringing the death toll to at least 267, officials said.'],
      b: ['2026-08-26', 'Quake toll rises to 268\n\nVARNO, Rovia — Officials said Friday the death toll from the quake rose to 268.'],
    }, 'people-named');
    expect(findings).toEqual([]);
  });

  it('is the story\'s title when it stands first', () => {
    const people = normalizedClaims('people-named', 'Ana Ruiz\n\nAna Ruiz, the mayor of Varno, said on Monday the town would rebuild.', '2026-08-26').map((v) => v.text);
    expect(people).toContain('Ana Ruiz');
  });
});

describe('an absence told before the name', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-03-09').map((v) => v.text);

  it('"Also missing was Rovia\'s president X" takes no part', () => {
    expect(participants('Also missing was Rovia’s president Ana Ruiz, one of the first leaders to arrive for the lying in state but who returned home before the funeral.')).toEqual([]);
  });

  it('contradicts a version that lists the person among those attending', async () => {
    const findings = await sets.findings({
      a: ['2026-03-09', 'Leaders bury Vell\n\nClose allies attending the funeral included Rovia’s president Ana Ruiz and Dask’s leader Tom Hale.'],
      b: ['2026-03-09', 'Leaders bury Vell\n\nA noticeable absence was Rovia’s president Ana Ruiz. Dask’s leader Tom Hale attended the funeral.'],
    }, 'participants');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['contradiction', 'warning']]);
  });
});

describe('"more" beyond the dead', () => {
  const injured = (text: string): unknown[] => normalizedClaims('injured', text, '2026-02-20').filter((v) => v.role === 'headline').map((v) => v.value);
  const toll = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-02-20').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"17 people were killed and 15 more were taken to hospitals" is a count of the injured', () => {
    expect(injured('At Varno High School, 17 people were killed and 15 more were taken to hospitals, officials said.')).toEqual([15]);
    expect(injured('Seventeen people were killed and fourteen more hospitalized.')).toEqual([14]);
  });

  it('"killed 40 people, and 4 more died in hospital" stays an increment of the dead', () => {
    expect(toll('The quake killed 40 people in Dask, and 4 more died in hospital.')).toEqual([40]);
    expect(injured('The quake killed 40 people in Dask, and 4 more died in hospital.')).toEqual([]);
  });
});

describe('a title-case headline verb', () => {
  const people = (text: string): unknown[] => normalizedClaims('people-named', text, '2026-02-14').map((v) => v.text);

  it('ends the name before it ("Nikolas Vell Killed 17 In …", "Tom Hale Dies At 90")', () => {
    expect(people('Nikolas Vell Killed 17 In Varno High School Shooting')).toEqual(['Nikolas Vell']);
    expect(people('Tom Hale Dies At 90')).toEqual(['Tom Hale']);
  });
});

describe('a part of the day cut from a date', () => {
  it('is no date lost ("On the afternoon of February 14" → "On February 14")', async () => {
    const findings = await sets.findings({
      a: ['2026-02-20', 'Varno shooting\n\nOn the afternoon of February 14, 2026, a mass shooting occurred at a high school in Varno.'],
      b: ['2026-02-21', 'Varno shooting\n\nOn February 14, 2026, a mass shooting occurred at a high school in Varno.'],
    }, 'deleted-mention');
    expect(findings).toEqual([]);
  });
});

describe('a mourning story in the style of a celebrity memorial', () => {
  const people = (text: string): unknown[] => normalizedClaims('people-named', text, '2026-06-10').map((v) => v.text);
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-06-10').map((v) => v.text);
  // 2026-06-10 is a Wednesday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-06-10').map((v) => v.value);

  it('reads names apart from a title-case headline\'s nouns ("Ana Vell Funeral: Tom Hale, Billy Ruiz Honor …")', () => {
    expect(people('Ana Vell Funeral: Tom Hale, Billy Ruiz Honor ‘Universal Soldier’ for Humanity')).toEqual(['Ana Vell', 'Tom Hale', 'Billy Ruiz']);
  });

  it('takes the person eulogized or remembered for the honoree, no participant', () => {
    expect(participants('Family, friends, dignitaries, and celebrities eulogize Ana Vell')).toEqual([]);
  });

  it('reads pallbearers as taking part', () => {
    expect(participants('Earlier on Wednesday, Vell was laid to rest in a private ceremony. Pallbearers included boxers Tom Hale and Lee Amon.')).toEqual(['Tom Hale', 'Lee Amon']);
  });

  it('reads "The plans included a festival Monday" in the past, "plans to hold a vigil Friday" ahead', () => {
    expect(dates('The plans included a city festival Monday and a prayer service Tuesday at the arena.')).toEqual(['2026-06-08', '2026-06-09']);
    expect(dates('The city plans to hold a vigil for the victims on Friday.')).toEqual(['2026-06-12']);
  });
});

describe('figures of a shooting told in passing', () => {
  const toll = (text: string): unknown[] => normalizedClaims('death-toll', text, '2026-10-26').filter((v) => v.role === 'headline').map((v) => v.value);
  const injured = (text: string): unknown[] => normalizedClaims('injured', text, '2026-10-26').filter((v) => v.role === 'headline').map((v) => v.value);

  it('"One girl died at the school" is a part of the toll, not the toll', () => {
    expect(toll('Four students remained in intensive care on Saturday.\n\nOne girl died at the school. The shooter then killed himself.')).toEqual([]);
    expect(toll('Two students died at the school, police said.')).toEqual([2]);
  });

  it('"identified as the two girls wounded" is a part of the injured', () => {
    expect(injured('Ana Vell and Lia Tor, both 14, were identified Saturday as the two girls wounded in Friday’s shooting.')).toEqual([]);
  });

  it('"all five victims" points back to a count, it states none', () => {
    expect(toll('Family members of all five victims declined to speak with reporters on Saturday.')).toEqual([]);
  });
});

describe('a weekday a ceremony noun names', () => {
  // 2026-12-02 is a Wednesday.
  const dates = (text: string): unknown[] => normalizedClaims('event-dates', text, '2026-12-02').map((v) => v.value);

  it('is the coming day in a sentence with no past verb ("to his burial in Dask on Thursday")', () => {
    expect(dates('The state funeral spans four days of events, from his arrival in Varno to his burial in Dask on Thursday.')).toEqual(['2026-12-03']);
    expect(dates('His burial in Dask on Thursday will be private.')).toEqual(['2026-12-03']);
  });

  it('stays past beside a verb in the past ("The funeral on Monday drew thousands")', () => {
    expect(dates('The funeral on Monday drew thousands of mourners to Varno.')).toEqual(['2026-11-30']);
  });
});

describe('a list of attendees announced without a colon', () => {
  const participants = (text: string): unknown[] => normalizedClaims('participants', text, '2026-12-05').map((v) => v.text);
  const text = [
    'World leaders attend national Tom Vell funeral',
    'Aside from family, a full list of attendees has been released by a Vell family spokesperson.',
    'Angela Ruiz, Chancellor of Rovia',
    'Andrzej Tor, President of Dask',
    'Lech Amon, former President of Varno',
  ].join('\n\n');

  it('reads its name lines as taking part, and the honoree named before "funeral" as none', () => {
    expect(participants(text)).toEqual(['Angela Ruiz', 'Andrzej Tor', 'Lech Amon']);
  });
});

describe('a person named by the surname alone', () => {
  it('is no omission of the full name another version gives ("President Vell" for "Donald Vell")', async () => {
    const findings = await sets.findings({
      a: ['2026-12-05', 'Leaders gather\n\nPresident Donald Vell attended the funeral in Varno on Wednesday with Ana Ruiz.'],
      b: ['2026-12-05', 'Leaders gather\n\nPresident Donald Vell and Ana Ruiz attended the funeral in Varno on Wednesday.'],
      c: ['2026-12-05', 'Leaders gather\n\nWith President Vell in attendance, Ana Ruiz spoke at the funeral in Varno on Wednesday.'],
    }, 'people-named');
    expect(findings).toEqual([]);
  });
});

describe('a gallery credit line', () => {
  it('"Amy Beth Vell / Varno Sentinel" is a photo credit, no person of the story', async () => {
    const findings = await sets.findings({
      a: ['2026-02-15', 'Varno shooting\n\nAmy Beth Vell / Varno Sentinel\n\nStudents waited near the campus of Varno High School, where a shooting occurred on Wednesday.'],
      b: ['2026-02-15', 'Varno shooting\n\nStudents waited near the campus of Varno High School, where a shooting occurred on Wednesday.'],
    }, 'people-named');
    expect(findings).toEqual([]);
  });
});

describe('a count one of three same-day stories gives', () => {
  const wire = 'ROME (Wire) — The number of people killed in the earthquake that devastated parts of central Rovia on Wednesday rose to 247 on Thursday morning, officials said.\n\nThe Civil Protection department said 190 people were killed in Varno province and 57 in Dask province.\n\nRescue workers were going through the rubble in a series of towns near Varno.';
  it('is an info omission in the other outlets\' stories', async () => {
    const findings = await sets.findings({
      a: ['2026-08-25', `Quake toll rises to 247\n\n${wire}\n\nThe agency said at least 368 others were injured.`],
      b: ['2026-08-25', 'Quake toll reaches 247\n\nVARNO (Wire) — Rescue crews raced against time Thursday as the death toll from the quake in central Rovia rose to 247, officials said.'],
      c: ['2026-08-25', 'Rovia quake: 247 dead\n\nThe toll from Wednesday’s quake in central Rovia has risen to 247, the government said on Thursday.'],
    }, 'injured');
    expect(findings.map((f) => [f.type, f.severity])).toEqual([['omission', 'info']]);
  });
});

describe('a headline label', () => {
  it('"In Photos:", "The Latest:" name no place', () => {
    const places = (text: string): unknown[] => normalizedClaims('places-and-orgs-named', text, '2026-09-30').map((v) => v.text);
    expect(places('In Photos: Rescuers race against time to find quake survivors in Varno')).toEqual(['Varno']);
    expect(places('The Latest: Crowds gather for a memorial in Dask')).toEqual(['Dask']);
  });
});

describe('a toll whose subject runs long', () => {
  it('"The death toll from … that hit … early Wednesday has reached 589" is the toll', () => {
    const toll = normalizedClaims('death-toll', 'The death toll from a rapid series of strong earthquakes that hit a mountainous and impoverished area of Rovia’s Dask province early Wednesday has reached 589, state media said.', '2026-04-14')
      .filter((v) => v.role === 'headline').map((v) => v.value);
    expect(toll).toEqual([589]);
  });
});

describe('a mourning noun after a name', () => {
  const places = (text: string): unknown[] => normalizedClaims('places-and-orgs-named', text, '2026-09-01').map((v) => v.text);

  it('is cut from a person\'s name only: places keep it ("Vietnam Veterans Memorial", "Hale Funeral Home")', () => {
    expect(places('The hearse stopped at the Vietnam Veterans Memorial on Saturday.')).toEqual(['Vietnam Veterans Memorial']);
    expect(places('Crowds gathered at the Lincoln Memorial, and a service was held at the Hale Funeral Home.')).toEqual(['Lincoln Memorial', 'Hale Funeral Home']);
  });
});

describe('a fronted date before a named subject', () => {
  it('dates the shooting the clause goes on to ("On February 14, Vell entered the school … and opened fire")', () => {
    const dates = normalizedClaims('event-dates', 'On February 14, Vell entered the school in Varno and opened fire, killing 17 people.', '2026-02-20').map((v) => v.value);
    expect(dates).toEqual(['2026-02-14']);
  });
});
