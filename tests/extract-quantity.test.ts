import { readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { canonicalUnit, quantityExtractor } from '../src/extract/quantity.js';
import type { ClaimValue, NormalizedVersion, Rule, QuantityRule, Span } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';
import { SEEDS, seedVersion } from './helpers/seeds.js';

function version(text: string, id = 'v1', uncertain: Span[] = []): NormalizedVersion {
  return { ...plainVersion(id, text), uncertain };
}

function rule(id: string, cues: string[], units: string[] = [], window = 8): QuantityRule {
  return {
    id, label: id, kind: 'quantity', severity: 'error', cues, units, window, overTime: null,
    compare: 'headline', expect: [], replaces: [], source: { file: 'test.yaml', line: 1, column: 1 },
  };
}

const DEATHS = rule('death-toll', ['killed', 'killing', 'dead', 'deaths', 'death toll', 'fatalities', 'died']);
const INJURED = rule('injured', ['injured', 'injuring', 'wounded', 'hurt']);
const COALITION = rule('coalition', [], ['countries', 'nations', 'states']);
const WAR = rule('war-duration', ['war', 'conflict'], ['years']);
const PEOPLE = rule('people', [], ['people']);

function run(r: QuantityRule, text: string, uncertain: Span[] = []): ClaimValue[] {
  return quantityExtractor.extract(analyze(version(text, 'v1', uncertain)), r, { referenceDate: null });
}

function keys(r: QuantityRule, text: string): string[] {
  return run(r, text).map((v) => (v.qualifier ? `${v.key}:${v.qualifier}` : v.key));
}

describe('quantity: cue patterns (floods, fires, earthquakes)', () => {
  it.each([
    ['Flash floods swept through the valley, killing three people.', ['3']],
    ['Three people were killed when the dam burst.', ['3']],
    ['The earthquake killed at least 12 in the mountain villages.', ['12:at-least']],
    ['The death toll has risen to 157, officials said.', ['157']],
    ['The death toll rose to 21 on Tuesday as rescuers dug through rubble.', ['21']],
    ['The storm caused three fatalities across the region.', ['3']],
    ['The warehouse blaze left 40 dead.', ['40']],
    ['Officials said 12 people died in the fire.', ['12']],
    ['Between 12 and 15 people were killed.', ['12-15:range']],
    ['Dozens of people were killed in the landslide.', ['24-99:several']],
    ['An estimated 1.5 million people died in the famine.', ['1500000:about']],
    ['Twenty-two villagers were killed overnight.', ['22']],
    ['The death toll rose from 120 to 157 overnight.', ['157']],
  ])('%s', (text, expected) => {
    expect(keys(DEATHS, text)).toEqual(expected);
  });

  it('"injuring dozens" and who owns which cue', () => {
    expect(keys(INJURED, 'The bomb tore through the market, injuring dozens.')).toEqual(['24-99:several']);
    expect(keys(INJURED, 'The blast killed 12 people and injured 40 others.')).toEqual(['40']);
    expect(keys(DEATHS, 'The blast killed 12 people and injured 40 others.')).toEqual(['12']);
    expect(keys(DEATHS, 'Three people were killed and 12 injured when the dam burst.')).toEqual(['3']);
    expect(keys(INJURED, 'Three people were killed and 12 injured when the dam burst.')).toEqual(['12']);
    expect(keys(DEATHS, 'Twenty-two people died and a hundred and five were hurt.')).toEqual(['22']);
  });

  it('does not tie a number to a cue across another number, a ";" or beyond the window', () => {
    expect(keys(DEATHS, 'The fire killed 3 firefighters in 2 districts.')).toEqual(['3']);
    expect(keys(DEATHS, 'Two people were killed; 300 homes were evacuated.')).toEqual(['2']);
    const far = 'The floods killed hundreds of cattle, and officials later evacuated farms in the valley where 300 people lived.';
    // cattle are not people: a casualty rule counts people or no noun at all
    expect(keys(DEATHS, far)).toEqual([]);
    expect(keys(rule('narrow', ['killed'], [], 2), 'Officials say 300 residents of the valley were killed.')).toEqual([]);
    expect(keys(rule('wide', ['killed'], [], 6), 'Officials say 300 residents of the valley were killed.')).toEqual(['300']);
  });

  it('crosses a list conjunction but not a new clause', () => {
    expect(keys(DEATHS, 'The death toll in Kenya and Somalia rose to 40.')).toEqual(['40']);
  });
});

describe('quantity: exclusions', () => {
  it.each([
    'The flood of 2022 killed many.',
    'The quake killed residents on April 17 at 5 p.m.',
    'Officials killed the plan, which cost $5 million, or 20% of the budget.',
    'A 30-day ceasefire collapsed and fighters were killed.',
    'A 5-year-old boy was killed, police said.',
    'The killed suspect was No. 5 on the list.',
    'One of the dead was a teacher.',
    'More than three years after the war, people died of hunger.',
    'The 2-1 ruling ended the case of the killed activist.',
    'Call 555-1234 to report the dead.',
  ])('no count in %j', (text) => {
    expect(keys(DEATHS, text)).toEqual([]);
  });

  it('reads "40 may have died" as a count, not a date', () => {
    expect(keys(DEATHS, 'Officials fear as many as 40 may have died.')).toEqual(['40:about']);
  });

  it('keeps a year-like number with a unit ("2000 people")', () => {
    expect(keys(DEATHS, 'Nearly 2000 people were killed.')).toEqual(['2000:nearly']);
  });
});

describe('quantity: units', () => {
  it('matches unit synonyms and reports the class head', () => {
    const values = run(COALITION, 'Some 40 nations signed, two countries abstained and 27 member states watched.');
    expect(values.map((v) => [v.key, v.qualifier, v.unit])).toEqual([
      ['40', 'about', 'countries'],
      ['2', null, 'countries'],
      ['27', null, 'countries'],
    ]);
    expect(canonicalUnit('nations')).toBe('countries');
    expect(canonicalUnit('persons')).toBe('people');
    expect(canonicalUnit('years')).toBe('year');
    expect(canonicalUnit('cities')).toBe('city');
  });

  it('skips adjectives before the unit and ignores other units', () => {
    expect(keys(PEOPLE, 'Rescuers found three injured residents and 12 dogs in 30 houses.')).toEqual(['3']);
    expect(keys(PEOPLE, 'Up to 300 persons and no fewer than 12 civilians were evacuated, with 12 or more people missing.')).toEqual([
      '300:at-most',
      '12:at-least',
      '12:at-least',
    ]);
    expect(keys(PEOPLE, 'Tens of thousands of people fled the election violence.')).toEqual(['20000-99999:several']);
  });

  it('a listed unit lets a DURATION through; a cue is still required', () => {
    expect(keys(WAR, 'The conflict has lasted more than three years.')).toEqual(['3:more-than']);
    expect(keys(WAR, 'The dam took three years to build.')).toEqual([]);
    expect(keys(WAR, 'The war has killed 10,000 people since 2022.')).toEqual([]);
  });

  it('accepts a cue right after the number in place of a unit', () => {
    const r = rule('toll', ['dead', 'fatalities'], ['people']);
    expect(keys(r, 'The crash left 12 dead and three fatalities were confirmed later.')).toEqual(['12', '3']);
  });
});

describe('quantity: claim value fields', () => {
  it('fills text, sentence, span, place and uncertainty', () => {
    const text = 'Heavy rain fell for days.\n\nThe landslide buried the village, killing more than 20 people, officials said.';
    const values = run(DEATHS, text);
    expect(values).toHaveLength(1);
    const v = values[0];
    expect(v).toBeDefined();
    if (!v) return;
    expect(v).toMatchObject({
      rule: 'death-toll', version: 'v1', kind: 'quantity', key: '20', value: 20, qualifier: 'more-than',
      unit: 'people', text: 'more than 20 people', line: 3, uncertain: false,
    });
    expect(text.slice(v.span.start, v.span.end)).toBe(v.text);
    expect(v.column).toBe(text.split('\n')[2]?.indexOf('more than') as number + 1);
    expect(v.sentence).toBe('The landslide buried the village, killing more than 20 people, officials said.');
    expect('high' in v).toBe(false);

    const at = text.indexOf('20');
    const unsure = run(DEATHS, text, [{ start: at, end: at + 2 }]);
    expect(unsure[0]?.uncertain).toBe(true);
  });

  it('keeps qualifiers out of the key and puts ranges in it', () => {
    const [a] = run(DEATHS, 'At least 12 people were killed.');
    const [b] = run(DEATHS, 'Some 12 to 15 people were killed.');
    expect(a?.key).toBe('12');
    expect(b).toMatchObject({ key: '12-15', value: 12, high: 15, qualifier: 'range' });
  });

  it('with no cues and no units takes every count', () => {
    expect(keys(rule('any', []), 'Voters in 12 districts chose 3 mayors in 2024.')).toEqual(['12', '3']);
  });
});

// ---------------------------------------------------------------- seeds



const seedFiles = readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();

describe('quantity: seeds', () => {
  it('has the five seeds', () => {
    expect(seedFiles).toHaveLength(5);
  });

  for (const file of seedFiles) {
    const doc = analyze(seedVersion(file));
    const ai = file.startsWith('004');
    it(`${file}: death toll is exactly 3`, () => {
      const values = quantityExtractor.extract(doc, DEATHS, { referenceDate: '2025-04-17' });
      expect(values.map((v) => [v.value, v.qualifier])).toEqual([[3, null]]);
      expect(values[0]?.text).toBe(ai ? 'three fatalities' : 'three people');
    });
    it(`${file}: coalition is about 30 countries`, () => {
      const values = quantityExtractor.extract(doc, COALITION, { referenceDate: '2025-04-17' });
      expect(values.map((v) => [v.value, v.qualifier, v.unit])).toEqual([[30, 'about', 'countries']]);
    });
    it(`${file}: the war has lasted ${ai ? '' : 'more than '}three years`, () => {
      const values = quantityExtractor.extract(doc, WAR, { referenceDate: '2025-04-17' });
      expect(values.map((v) => [v.value, v.qualifier])).toEqual([[3, ai ? null : 'more-than']]);
    });
  }
});

describe('measurements are not counts', () => {
  it('"more than two meters" next to a death cue is not a toll', () => {
    expect(keys(DEATHS, 'Nine of the dead were found where the water rose more than two meters in an hour.')).toEqual(['9']);
  });
});

describe('contrasts end a cue window', () => {
  it('"no deaths were reported, but that 23 people were treated" gives no toll', () => {
    expect(keys(DEATHS, 'Blasco said no deaths had been reported, but that 23 people had been treated for smoke inhalation.')).toEqual([]);
  });
});

describe('percentages, for a rule whose units name them', () => {
  const SHARES = rule('shares', [], ['percent']);
  it('reads "49.8%", "45.9 percent" and "12 per cent"', () => {
    expect(keys(SHARES, 'Orsi won with 49.8% of the vote; Delgado took 45.9 percent and others 12 per cent.')).toEqual(['49.8', '45.9', '12']);
  });
  it('other rules still skip them', () => {
    expect(keys(PEOPLE, 'Turnout was 90% and 2,000 people voted.')).toEqual(['2000']);
  });
});
