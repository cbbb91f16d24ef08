/**
 * Precision on unseen wire copy: portal furniture (navigation bars, related-story blocks)
 * stripped before analysis; a bare weekday resolved forward when the version speaks of
 * that day in the future; funerals and ceremonies as events of `event-dates`.
 * All sentences are written for these tests (fictional people and places).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { integrityFindings } from '../src/check/integrity.js';
import { dateExtractor } from '../src/extract/date.js';
import { findBoilerplate } from '../src/normalize/boilerplate.js';
import { isInputProblem, normalize } from '../src/normalize/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import { readTogether } from '../src/read/share.js';
import { parseRuleFile } from '../src/rules/index.js';
import type { DateRule, NormalizedVersion } from '../src/types.js';

function normalized(text: string, id = 'v1'): NormalizedVersion {
  const result = normalize({ id, path: `set/${id}.txt`, bytes: new TextEncoder().encode(text) });
  if (isInputProblem(result)) throw new Error(result.message);
  return result;
}

const kinds = (text: string): Array<[string, string]> => findBoilerplate(text).map((b) => [b.kind, b.text]);

describe('portal furniture: navigation bars', () => {
  it('strips a pipe navigation bar and a pipe footer, keeps a headline with a site name', () => {
    const text = [
      'Home | Europe | Balkans | Economy | Culture | Weather',
      '',
      'Bridge collapse kills 9 in Velmora | Europe | Daily Ostrava',
      '',
      'VELMORA (Reuters) - At least nine people were killed when a road bridge gave way over the Sava Mala river on Friday, police said.',
      '',
      'About us | Contact | Privacy | Terms',
    ].join('\n');
    const found = kinds(text);
    expect(found).toContainEqual(['navigation', 'Home | Europe | Balkans | Economy | Culture | Weather']);
    expect(found).toContainEqual(['navigation', 'About us | Contact | Privacy | Terms']);
    expect(found.map(([, t]) => t)).not.toContain('Bridge collapse kills 9 in Velmora | Europe | Daily Ostrava');
    const clean = normalized(text).text;
    expect(clean).not.toContain('Balkans');
    expect(clean).not.toContain('Privacy');
    expect(clean).toContain('Bridge collapse kills 9 in Velmora');
  });

  it('keeps a table row of a breakdown and a sentence with pipes, strips a "·" footer', () => {
    const text = [
      'District | Dead | Injured',
      'Orlach | 14 | 31',
      'Subscribe | Newsletters | Advertise | Careers',
      'Mayor Ilse Brandauer said the toll | which rose overnight | was "a wound for every family".',
      'Contact us · Cookie settings · Accessibility',
    ].join('\n');
    const found = kinds(text).map(([, t]) => t);
    expect(found).toEqual(['Subscribe | Newsletters | Advertise | Careers', 'Contact us · Cookie settings · Accessibility']);
  });

  it('a navigation bar alone is not a flood: the copy gets no integrity finding', () => {
    const text = [
      'Home | News | Region | Sport | Opinion',
      '',
      'Fire at Kestrel Row market kills three',
      '',
      'KESTREL ROW (AP) — Three people died when fire swept through a covered market early Sunday, fire officials said.',
    ].join('\n');
    const version = normalized(text);
    expect(version.text).not.toContain('Opinion');
    expect(version.notices.map((n) => n.type)).toContain('boilerplate');
    expect(integrityFindings(version)).toEqual([]);
  });
});

describe('portal furniture: related-story blocks', () => {
  const story = [
    'Landslide buries hillside hamlet in Tervasco, 11 dead',
    '',
    'TERVASCO (AFP) - At least 11 people were killed when a landslide buried a hamlet above the Tervasco valley after three days of rain, the civil protection agency said.',
    '',
    'RELATED STORIES',
    '- Flash floods kill 4 in Dunmara',
    '- Two hikers dead after storm on Mount Ebrel',
    '- Regional rail line reopens after repairs',
    '',
    '"We are digging with our hands," said Paola Venzi, the mayor of Tervasco.',
    '',
    'Trending now',
    'Ferry strike enters second day in Castrone',
    'Six injured as bus hits wall near Lusa',
    '',
    'In 2009, a landslide in the same valley killed 19 people.',
  ].join('\n');

  it('strips a teaser header with the short lines under it, up to a blank line', () => {
    const found = kinds(story);
    expect(found.filter(([k]) => k === 'teaser').map(([, t]) => t)).toEqual([
      'RELATED STORIES',
      '- Flash floods kill 4 in Dunmara',
      '- Two hikers dead after storm on Mount Ebrel',
      '- Regional rail line reopens after repairs',
      'Trending now',
      'Ferry strike enters second day in Castrone',
      'Six injured as bus hits wall near Lusa',
    ]);
    const clean = normalized(story).text;
    expect(clean).not.toContain('Dunmara');
    expect(clean).not.toContain('Six injured');
    expect(clean).toContain('"We are digging with our hands," said Paola Venzi');
    expect(clean).toContain('In 2009, a landslide in the same valley killed 19 people.');
  });

  it('stops at a prose paragraph under the header and never takes a list of names from the story', () => {
    const text = [
      'Most read',
      'The interior minister, Dario Falcetti, flew to Tervasco on Saturday and promised that every family would be rehoused before winter, officials said.',
      'Among the dead were:',
      'Marta Colli, 71',
      'Renzo Colli, 74',
    ].join('\n');
    const found = kinds(text);
    expect(found).toEqual([['teaser', 'Most read']]);
    const quote = ['Related', 'Ferry strike ends in Castrone', '"We kept digging until dark," said Tomas Riedl, a volunteer.'].join('\n');
    expect(kinds(quote).map(([, t]) => t)).toEqual(['Related', 'Ferry strike ends in Castrone']);
  });

  it('reads a teaser header with a blank line under it and bullets separated by blank lines', () => {
    const text = ['More from Valley Post:', '', '• Dam inspection ordered after quake', '', '• Three hurt in Orlach tram crash', '', 'The rescue resumed at dawn on Sunday, with more than 300 volunteers and 12 sniffer dogs working in shifts across the slope.'].join('\n');
    expect(kinds(text).map(([, t]) => t)).toEqual([
      'More from Valley Post:',
      '• Dam inspection ordered after quake',
      '• Three hurt in Orlach tram crash',
    ]);
  });

  it('a header that is already one-line furniture ("Related:") still takes its list', () => {
    const text = ['Related:', '- Storm cuts power to 40,000 in Harl', '- Ferry service resumes', '', 'Power was restored to most homes by Sunday evening, the utility said.'].join('\n');
    expect(kinds(text)).toEqual([
      ['chrome', 'Related:'],
      ['teaser', '- Storm cuts power to 40,000 in Harl'],
      ['teaser', '- Ferry service resumes'],
    ]);
  });

  it('an "Advertisement" slot inside the block keeps its kind, so a flood is still counted', () => {
    const text = [
      'Advertisement', '', 'Advertisement', '',
      'READ ALSO', 'Four drown off Cape Sorrel', 'Advertisement', '',
      'Rescuers said the search would continue.',
    ].join('\n');
    const version = normalized(text);
    expect(version.text).not.toContain('Four drown');
    const notice = version.notices.find((n) => n.type === 'boilerplate');
    expect(notice?.repeated).toBe(3);
    expect(notice?.message).toContain('2 related-stories lines');
  });
});

const ALL_DATES: DateRule = {
  id: 'all-dates', label: 'all', kind: 'date', severity: 'warning', cues: [], window: 8, overTime: null,
  expect: [], replaces: [], source: { file: 'test.yaml', line: 1, column: 1 },
};

/** [text, key] of the dates a rule keeps in one version written on `ref`. */
function dates(rule: DateRule, text: string, ref: string): Array<[string, string]> {
  return dateExtractor.extract(analyze(plainVersion('v1', text)), rule, { referenceDate: ref }).map((v) => [v.text, v.key]);
}

// 2027-03-08 is a Monday: the Tuesday before is 2027-03-02, the Tuesday after 2027-03-09.
const MONDAY = '2027-03-08';

describe('a weekday in the future throughout a version', () => {
  it('a bare weekday resolves forward when another mention of it in the version is future-marked', () => {
    const text =
      'Mourners queued outside the town hall in Brenford on Monday as delegations began arriving for the memorial on Tuesday. ' +
      "Three former prime ministers will attend Tuesday's ceremony, officials said.";
    expect(dates(ALL_DATES, text, MONDAY)).toEqual([
      ['Monday', '2027-03-08'],
      ['Tuesday', '2027-03-09'],
      ['Tuesday', '2027-03-09'],
    ]);
  });

  it('a possessive weekday takes the future verb after it; "is to", "are due to", "to be held" mark the future', () => {
    expect(dates(ALL_DATES, "Wednesday's vote in the Corvale assembly will decide the budget.", MONDAY)).toEqual([
      ['Wednesday', '2027-03-10'],
    ]);
    expect(dates(ALL_DATES, 'Judge Amrit Solberg is to deliver the verdict in Pellham on Friday.', MONDAY)).toEqual([
      ['Friday', '2027-03-12'],
    ]);
    expect(dates(ALL_DATES, 'The two delegations are due to meet in Ostrava on Thursday.', MONDAY)).toEqual([
      ['Thursday', '2027-03-11'],
    ]);
    expect(dates(ALL_DATES, 'A vigil to be held outside the mine gates on Saturday was announced.', MONDAY)).toEqual([
      ['Saturday', '2027-03-13'],
    ]);
  });

  it('a future marker far back in the same clause counts; a relative clause in the past does not take it', () => {
    expect(dates(ALL_DATES, 'She will be buried in a small ceremony in her native village of Harrowgate on Sunday.', MONDAY)).toEqual([
      ['Sunday', '2027-03-14'],
    ]);
    expect(dates(ALL_DATES, 'Ministers will attend the funeral of the ranger who was killed on Saturday.', MONDAY)).toEqual([
      ['Saturday', '2027-03-06'],
    ]);
    expect(dates(ALL_DATES, 'The border crossing at Velky Brod will remain closed on Saturday.', MONDAY)).toEqual([
      ['Saturday', '2027-03-13'],
    ]);
  });

  it('a sentence shared by two versions of a set is read in each version\'s own tense', () => {
    const shared = 'Delegations began arriving for the memorial on Tuesday.';
    const preview = analyze(plainVersion('v1', `${shared} Three former prime ministers will attend Tuesday's ceremony.`));
    const plain = analyze(plainVersion('v2', `${shared} The harbour reopened after the storm.`));
    readTogether([preview, plain]);
    const read = (doc: typeof preview): string[] =>
      dateExtractor.extract(doc, ALL_DATES, { referenceDate: MONDAY }).map((v) => v.key);
    expect(read(preview)).toEqual(['2027-03-09', '2027-03-09']);
    expect(read(plain)).toEqual(['2027-03-02']);
    expect(read(preview)).toEqual(['2027-03-09', '2027-03-09']);
  });

  it('keeps each reading when the version also ties that weekday to a past verb', () => {
    const text =
      'The strike began on Friday, union leader Mirela Dost said. Talks with the port authority will resume on Friday. ' +
      "Delegates arrived for the harbour conference on Thursday. Ministers will open Thursday's conference.";
    expect(dates(ALL_DATES, text, '2027-03-10')).toEqual([
      ['Friday', '2027-03-05'],
      ['Friday', '2027-03-12'],
      ['Thursday', '2027-03-11'],
      ['Thursday', '2027-03-11'],
    ]);
  });

  it('reported speech with "would" and "the next …" are future; "would have" and "next of kin" are not', () => {
    expect(dates(ALL_DATES, 'The mayor said the town would hold a memorial on Sunday.', MONDAY)).toEqual([['Sunday', '2027-03-14']]);
    expect(dates(ALL_DATES, 'Relatives said Ilona Varga would have turned 90 on Sunday.', MONDAY)).toEqual([['Sunday', '2027-03-07']]);
    expect(dates(ALL_DATES, 'Police informed the next of kin on Sunday.', MONDAY)).toEqual([['Sunday', '2027-03-07']]);
    expect(dates(ALL_DATES, 'The next hearing in the Varga case is in Corvale on Thursday.', MONDAY)).toEqual([
      ['Thursday', '2027-03-11'],
    ]);
  });
});

describe('event-dates: funerals and ceremonies are events', () => {
  const file = new URL('../rules/news-core.yaml', import.meta.url);
  const parsed = parseRuleFile(readFileSync(file, 'utf8'), 'news-core.yaml');
  const rule = parsed.ruleSet?.rules.find((r) => r.id === 'event-dates') as DateRule;

  it('ties the date of a funeral, burial, vigil or procession (nouns and multi-word cues)', () => {
    expect(parsed.problems).toEqual([]);
    const ref = '2027-03-10'; // a Wednesday
    expect(dates(rule, 'The former governor was laid to rest in Marrow Hill on Tuesday.', ref)).toEqual([['Tuesday', '2027-03-09']]);
    expect(dates(rule, 'Hundreds joined a candlelight vigil for the three miners on Monday night.', ref)).toEqual([
      ['Monday night', '2027-03-08'],
    ]);
    expect(dates(rule, "Tuesday's funeral procession stretched for two kilometers through Dunstable.", ref)).toEqual([
      ['Tuesday', '2027-03-09'],
    ]);
    expect(dates(rule, 'Crowds bid farewell to the singer Oriol Masdeu on Sunday.', ref)).toEqual([['Sunday', '2027-03-07']]);
  });

  it('a bare "service" is no cue, and a cue in a relative clause on a later noun is not the date\'s', () => {
    const ref = '2027-03-10';
    expect(dates(rule, 'The national weather service said on Monday that more snow was likely.', ref)).toEqual([]);
    expect(dates(rule, 'A memorial service for the crew will be held on Friday.', ref)).toEqual([['Friday', '2027-03-12']]);
    const mud = 'Divers recovered two more bodies on Tuesday from the mud that buried the camp. Two victims were buried in Solna on Wednesday.';
    expect(dates(rule, mud, ref)).toEqual([['Wednesday', '2027-03-10']]);
    expect(dates(rule, 'The minister, who toured the valley on Tuesday, said the state would pay for the funerals.', ref)).toEqual([]);
    expect(dates(rule, 'The 1998 floods, which killed 40 people, were the worst on record.', ref)).toEqual([['1998', '1998-01-01..1998-12-31']]);
  });
});
