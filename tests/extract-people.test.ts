import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { readCredits } from '../src/read/bylines.js';
import { findPeople } from '../src/read/people.js';
import { peopleExtractor } from '../src/extract/people.js';
import { unifyPeople } from '../src/extract/unify.js';
import type { ClaimValue, Doc, NormalizedVersion, Rule, PeopleRule } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';
import { seedDoc as seed } from './helpers/seeds.js';

function version(id: string, text: string, uncertain: NormalizedVersion['uncertain'] = []): NormalizedVersion {
  return { ...plainVersion(id, text), uncertain };
}

function rule(cues: string[] = []): PeopleRule {
  return {
    id: cues.length > 0 ? 'attendees' : 'named-people', label: 'People', kind: 'people', severity: 'warning', cues,
    window: 10, overTime: null, expect: [], replaces: [], source: { file: 'r.yaml', line: 1, column: 1 },
  };
}

const ATTEND = ['joined', 'participants', 'took part', 'take part', 'taking part', 'attended', 'participated', 'met with', 'included', 'alongside'];


function extract(doc: Doc, cues: string[] = []): ClaimValue[] {
  return peopleExtractor.extract(doc, rule(cues), { referenceDate: null });
}

const names = (values: ClaimValue[]): Set<string> => new Set(values.map((v) => String(v.value)));

const SUMMIT = `BRUSSELS (AP) — European leaders gathered Tuesday for an emergency summit on energy prices.

German Chancellor Friedrich Merz, Italian Prime Minister Giorgia Meloni and Polish President Andrzej Duda attended the meeting, along with NATO Secretary-General Mark Rutte. Spanish Prime Minister Pedro Sánchez spoke by video link from Madrid.

Merz told reporters the talks had been constructive. Meloni said Italy would back a price cap, and officials at the European Commission said a proposal would follow in March.`;

const QUAKE = `ANKARA, Turkey (AP) — A powerful earthquake struck eastern Turkey on Monday, killing at least 40 people.

Interior Minister Ali Yerlikaya said rescue teams were searching collapsed buildings in Malatya. Health Minister Kemal Memişoğlu visited a hospital in the city.

Dr. Sarah Mitchell, a seismologist at the University of Oxford, said aftershocks were likely. Yerlikaya said 300 buildings had collapsed.`;

const COURT = `NEW YORK (AP) — A federal judge on Wednesday refused to dismiss the fraud case against former fund manager Daniel O'Connor.

U.S. District Judge Lewis Kaplan ruled that prosecutors had presented enough evidence. Defense lawyer Maria de la Cruz said her client would appeal. Kaplan set a trial date for June, and Judge Kaplan warned both sides against delays.`;

describe('people extractor on written texts', () => {
  it('splits titles from names and resolves short forms', () => {
    const doc = analyze(version('summit', SUMMIT));
    const people = findPeople(doc);
    const merz = people.find((p) => p.text === 'Friedrich Merz');
    expect(merz?.title).toBe('German Chancellor');
    expect(people.find((p) => p.text === 'Giorgia Meloni')?.title).toBe('Italian Prime Minister');
    expect(people.find((p) => p.text === 'Mark Rutte')?.title).toBe('NATO Secretary-General');
    const shortMerz = people.find((p) => p.text === 'Merz');
    expect(shortMerz?.name).toBe('Friedrich Merz');
    expect(shortMerz?.key).toBe('person:friedrich merz');
    expect(names(extract(doc))).toEqual(new Set(['Friedrich Merz', 'Giorgia Meloni', 'Andrzej Duda', 'Mark Rutte', 'Pedro Sánchez']));
  });

  it('keeps only people in cue sentences', () => {
    const doc = analyze(version('summit', SUMMIT));
    // Rutte is in the cue sentence; Sánchez (video link) is not.
    expect(names(extract(doc, ATTEND))).toEqual(new Set(['Friedrich Merz', 'Giorgia Meloni', 'Andrzej Duda', 'Mark Rutte']));
    expect(extract(doc, ['video link']).map((v) => v.value)).toEqual(['Pedro Sánchez']);
    // The speaker of a statement is not a participant.
    expect(extract(doc, ['told reporters'])).toEqual([]);
  });

  it('finds officials in an earthquake story and rejects organisations', () => {
    const doc = analyze(version('quake', QUAKE));
    const values = extract(doc);
    expect(names(values)).toEqual(new Set(['Ali Yerlikaya', 'Kemal Memişoğlu', 'Sarah Mitchell']));
    expect(values.find((v) => v.text === 'Kemal Memişoğlu')?.key).toBe('person:kemal memisoglu');
    expect(values.filter((v) => v.key === 'person:ali yerlikaya')).toHaveLength(2);
    expect(values.find((v) => v.text === 'Sarah Mitchell')?.person?.title).toBe('Dr.');
  });

  it('handles a judge, particles and apostrophes in a court story', () => {
    const doc = analyze(version('court', COURT));
    const values = extract(doc);
    expect(names(values)).toEqual(new Set(["Daniel O'Connor", 'Lewis Kaplan', 'Maria de la Cruz']));
    expect(values.filter((v) => v.value === 'Lewis Kaplan').map((v) => v.text)).toEqual(['Lewis Kaplan', 'Kaplan', 'Kaplan']);
    expect(values.find((v) => v.text === 'Lewis Kaplan')?.person?.title).toBe('U.S. District Judge');
  });

  it('keeps a single name after a title head but drops an unknown capitalised word', () => {
    const doc = analyze(version('t', 'Police said Governor Hochul visited the site. Residents of Brookfield were evacuated overnight.'));
    const values = extract(doc);
    expect(names(values)).toEqual(new Set(['Hochul']));
    expect(values[0]?.key).toBe('person:hochul');
  });

  it('fills every field of a value, with original place and uncertainty', () => {
    const text = 'Storm hits coast.\n\nMayor Karen Bass said crews were ready.';
    const start = text.indexOf('Karen');
    const doc = analyze(version('v1', text, [{ start: start + 2, end: start + 4 }]));
    const [v] = extract(doc);
    expect(v).toMatchObject({
      rule: 'named-people', version: 'v1', kind: 'people', key: 'person:karen bass', value: 'Karen Bass', qualifier: null,
      text: 'Karen Bass', sentence: 'Mayor Karen Bass said crews were ready.', span: { start, end: start + 10 }, line: 3, column: 7, uncertain: true,
      person: { name: 'Karen Bass', title: 'Mayor', key: 'person:karen bass' },
    });
  });
});

describe('people extractor on the seeds', () => {
  const d000 = seed('000');
  const d001 = seed('001');
  const d003 = seed('003');
  const d004 = seed('004');

  it('finds the 13 people of 000 and nothing else; the contributors are credits', () => {
    const found = names(extract(d000));
    const truth = ['Marco Rubio', 'Steve Witkoff', 'Emmanuel Macron', 'Donald Trump', 'Alina Polyakova', 'Volodymyr Zelenskyy', 'Andrii Yermak', 'Tammy Bruce', 'Keith Kellogg', 'Andrii Sybiha', 'Rustem Umerov', 'David Lammy', 'Vladimir Putin'];
    expect(found).toEqual(new Set(truth));
    expect(readCredits(d000.version).credits.map((c) => c.name)).toEqual(['Illia Novikov', 'Hanna Arhirova', 'Matt Lee']);
  });

  it('gives the credited Matt Lee (000) and Matthew Lee (001) the same key', () => {
    const a = readCredits(d000.version).credits.find((c) => c.name === 'Matt Lee');
    const b = readCredits(d001.version).credits.find((c) => c.name === 'Matthew Lee');
    expect(a?.key).toBeDefined();
    expect(a?.key).toBe(b?.key);
    expect(readCredits(d001.version).credits.map((c) => c.name)).toEqual(['Burrows', 'Illia Novikov', 'Hanna Arhirova', 'Matthew Lee']);
  });

  it('splits titles and resolves short forms', () => {
    const values = extract(d000);
    expect(values.find((v) => v.text === 'David Lammy')?.person?.title).toBe('British Foreign Secretary');
    expect(values.find((v) => v.text === 'Keith Kellogg')?.person?.title).toBe('retired Lt. Gen.');
    expect(values.find((v) => v.text === 'Marco Rubio')?.person?.title).toBe('U.S. Secretary of State');
    const rubio = values.filter((v) => v.text === 'Rubio');
    expect(rubio.length).toBeGreaterThan(1);
    expect(rubio.every((v) => v.value === 'Marco Rubio' && v.key === 'person:marco rubio')).toBe(true);
    expect(values.some((v) => v.text === 'Trump' && v.value === 'Donald Trump')).toBe(true);
  });

  it('never takes places or organisations for people', () => {
    for (const doc of [d000, d001, d003, d004]) {
      const found = names(extract(doc));
      for (const bad of ['Saudi Arabia', 'Center for European Policy Analysis', 'Policy Analysis', 'State Department', 'Associated Press', 'NATO', 'Kyiv', 'Paris', 'Washington D.C.']) {
        expect(found.has(bad)).toBe(false);
      }
    }
  });

  it('lists the attendees of 000 and not Kellogg in 003', () => {
    const a000 = names(extract(d000, ATTEND));
    for (const p of ['Keith Kellogg', 'Andrii Sybiha', 'Rustem Umerov', 'David Lammy', 'Marco Rubio', 'Steve Witkoff']) expect(a000.has(p)).toBe(true);
    expect(a000.has('Donald Trump')).toBe(false);
    expect(a000.has('Vladimir Putin')).toBe(false);
    const a003 = names(extract(d003, ATTEND));
    expect(a003.has('Keith Kellogg')).toBe(false);
    for (const p of ['Andrii Sybiha', 'Rustem Umerov', 'David Lammy', 'Andrii Yermak']) expect(a003.has(p)).toBe(true);
  });

  it('unifies a surname-only person across versions (004 Polyakova)', () => {
    const all = [...extract(d000), ...extract(d001), ...extract(d003), ...extract(d004)];
    const before = all.find((v) => v.version.startsWith('004') && v.text === 'Polyakova');
    expect(before?.key).toBe('person:polyakova');
    const unified = unifyPeople(all);
    const after = unified.find((v) => v.version.startsWith('004') && v.text === 'Polyakova');
    expect(after?.key).toBe('person:alina polyakova');
    expect(after?.value).toBe('Alina Polyakova');
    expect(before?.key).toBe('person:polyakova'); // input untouched
    // 001 never gives Rubio's first name: unified through 000.
    expect(unified.filter((v) => v.version.startsWith('001') && v.text === 'Rubio').every((v) => v.key === 'person:marco rubio')).toBe(true);
  });
});

describe('unifyPeople', () => {
  const base = (key: string, value: string, version: string): ClaimValue => ({
    rule: 'r', version, kind: 'people', key, value, qualifier: null, person: { name: value, title: null, key },
    text: value, sentence: value, span: { start: 0, end: value.length }, line: 1, column: 1, uncertain: false,
  });
  it('leaves ambiguous surnames and other kinds alone', () => {
    const values = [base('person:lee', 'Lee', 'a'), base('person:matthew lee', 'Matt Lee', 'b'), base('person:sarah lee', 'Sarah Lee', 'c'),
      { ...base('mention:nato', 'NATO', 'a'), kind: 'mention' as const }];
    const out = unifyPeople(values);
    expect(out.map((v) => v.key)).toEqual(['person:lee', 'person:matthew lee', 'person:sarah lee', 'mention:nato']);
    expect(out[0]).not.toBe(values[0]);
  });
  it('drops an ambiguous surname when its version names one of the full names ("Veldar" beside Tomas and Irena Veldar)', () => {
    const values = [base('person:tomas veldar', 'Tomas Veldar', 'a'), base('person:irena veldar', 'Irena Veldar', 'a'), base('person:veldar', 'Veldar', 'a')];
    expect(unifyPeople(values).map((v) => v.key)).toEqual(['person:tomas veldar', 'person:irena veldar']);
  });
  it('resolves a unique surname', () => {
    const out = unifyPeople([base('person:zelensky', 'Zelensky', 'a'), base('person:volodymyr zelensky', 'Volodymyr Zelenskiy', 'b')]);
    expect(out[0]?.key).toBe('person:volodymyr zelensky');
    expect(out[0]?.value).toBe('Volodymyr Zelenskiy');
    expect(out[0]?.text).toBe('Zelensky');
  });
});

describe('unifyPeople: middle names', () => {
  it('treats "Tayyip Erdogan" and "Recep Tayyip Erdogan" as one person', () => {
    const v = (version: string, name: string, key: string): ClaimValue => ({
      rule: 'p', version, kind: 'people', key, value: name, qualifier: null, text: name, sentence: `${name} spoke.`,
      span: { start: 0, end: name.length }, line: 1, column: 1, uncertain: false, person: { name, title: null, key },
    });
    const out = unifyPeople([
      v('a', 'Recep Tayyip Erdogan', 'person:recep erdogan'),
      v('b', 'Tayyip Erdogan', 'person:tayyip erdogan'),
      v('b', 'Ali Erdogan', 'person:ali erdogan'),
    ]);
    expect(out.map((x) => x.key)).toEqual(['person:recep erdogan', 'person:recep erdogan', 'person:ali erdogan']);
  });
});

describe('bare titles', () => {
  it('a title left without its name is no person', () => {
    const doc = analyze(version('v', 'The Environment Minister said the fund would open in May. Environment Minister Barbara Creecy agreed.'));
    expect([...names(extract(doc))]).toEqual(['Barbara Creecy']);
  });
});

describe('people need positive evidence (wire-style sentences)', () => {
  const people = (text: string): string[] => [...names(extract(analyze(version('w', text))))].sort();

  it('does not take organisations, agencies, places or modifiers for people', () => {
    expect(people('Local officials said the river had crested. Local officials said more rain was expected.')).toEqual([]);
    expect(people('The National Weather Service said the storm would weaken. Weather Service forecasters agreed.')).toEqual([]);
    expect(people('Kenyan police said 12 people died, according to Xinhua and Agence France-Presse.')).toEqual([]);
    expect(people('Students at Lincoln High School were taken to Mercy General Hospital, the Kenya Red Cross said.')).toEqual([]);
    expect(people('The Ministry of Health and the Social Democratic Party said Saudi Arabia would send aid.')).toEqual([]);
    expect(people('Marlow Ridge reopened on Sunday after the landslide.')).toEqual([]);
    expect(people('Hurricane Odalys strengthened overnight. Odalys was moving north, forecasters said.')).toEqual([]);
    // an organisation named right after "group", "company", "operator": not a person, even when it "said"
    expect(people('Teodor Brask, a coordinator for the environmental group Tanah Hijau, said the slope had cracked.')).toEqual(['Teodor Brask']);
    expect(people('The operator Meridian Vale said work had stopped.')).toEqual([]);
  });

  it('accepts a name with a title, an apposition, a speech verb, a later pronoun or a reused word', () => {
    expect(people('Gov. Tarquin Vellacott declared an emergency.')).toEqual(['Tarquin Vellacott']);
    expect(people('The fire spread quickly, said meteorologist Ondine Rask.')).toEqual(['Ondine Rask']);
    expect(people('Tarquin Vellacott, a 34-year-old teacher, lost his home.')).toEqual(['Tarquin Vellacott']);
    expect(people('Tarquin Vellacott, 58, was arrested on Monday.')).toEqual(['Tarquin Vellacott']);
    expect(people('Ondine Rask, a spokeswoman for the agency, declined to comment.')).toEqual(['Ondine Rask']);
    expect(people('"We will rebuild," said Tarquin Vellacott.')).toEqual(['Tarquin Vellacott']);
    expect(people('Ondine Rask arrived at the camp on Monday. She brought blankets.')).toEqual(['Ondine Rask']);
    expect(people('Ondine Rask opened the shelter. Volunteers thanked Rask on Friday.')).toEqual(['Ondine Rask']);
    expect(people('Rescuers found Grace Atieno under the rubble.')).toEqual(['Grace Atieno']);
  });

  it('keeps a regnal number, and leaves out advocacy groups and broadcasters that "said"', () => {
    expect(people('Pope Leo XIV prayed for the victims. King Charles III sent condolences.')).toEqual(['Charles III', 'Leo XIV']);
    expect(people('Amnesty International said it was worried. Human Rights Watch said the army must investigate. Witnesses told Al Jazeera the crowd ran.')).toEqual([]);
  });

  it('keeps hyphenated names whole', () => {
    const doc = analyze(version('h', 'South Korean President Moon Jae-in met Jean-Pierre Dumont and Gareth Lloyd-Evans. The U.S.-led talks ended.'));
    const found = findPeople(doc);
    expect(found.map((p) => p.name)).toEqual(['Moon Jae-in', 'Jean-Pierre Dumont', 'Gareth Lloyd-Evans']);
    expect(found[0]?.title).toBe('South Korean President');
    expect(found[0]?.key).toBe('person:moon jae-in');
    expect(findPeople(analyze(version('x', 'Ex-wife Ondine Rask said she had left. Co-host Tarquin Vellacott said so too.'))).map((p) => p.name)).toEqual(['Ondine Rask', 'Tarquin Vellacott']);
  });

  it('links a short form to any word of a unique full name in the document', () => {
    const doc = analyze(version('s', 'Li Wenhua, chief economist at a bank, said exports rose. Wenhua said the trend would hold. Analyst Park Min-seo agreed. Park, 52, said so too.'));
    const found = findPeople(doc);
    expect(found.map((p) => [p.text, p.name])).toEqual([
      ['Li Wenhua', 'Li Wenhua'],
      ['Wenhua', 'Li Wenhua'],
      ['Park Min-seo', 'Park Min-seo'],
      ['Park', 'Park Min-seo'],
    ]);
  });
});

describe('unifyPeople: a short form that is any word of one full name', () => {
  const v = (version: string, name: string): ClaimValue => {
    const key = `person:${name.toLowerCase()}`;
    return { rule: 'p', version, kind: 'people', key, value: name, qualifier: null, text: name, sentence: `${name} spoke.`,
      span: { start: 0, end: name.length }, line: 1, column: 1, uncertain: false, person: { name, title: null, key } };
  };
  it('links "Wenhua" to Li Wenhua when unique in the set, and leaves a shared word alone', () => {
    expect(unifyPeople([v('a', 'Li Wenhua'), v('b', 'Wenhua')]).map((x) => x.key)).toEqual(['person:li wenhua', 'person:li wenhua']);
    expect(unifyPeople([v('a', 'Li Wenhua'), v('a', 'Zhou Wenhua'), v('b', 'Wenhua')]).map((x) => x.key)).toEqual(['person:li wenhua', 'person:zhou wenhua', 'person:wenhua']);
  });
});

describe('the person honoured is not a participant', () => {
  it('"the memorial service for firefighter X" keeps X out of who attended; the mourners stay in', () => {
    const doc = analyze(
      version(
        'v',
        "Hundreds attended the memorial service for Kelmar's former fire chief Kwame Asante on Saturday, alongside Mayor Bola Tinubu.\n" +
          'Mourners joined a vigil for Maria Lopez, and Governor Tom Reyes attended it.\n',
      ),
    );
    const who = names(extract(doc, ATTEND));
    expect(who.has('Kwame Asante')).toBe(false);
    expect(who.has('Maria Lopez')).toBe(false);
    expect(who.has('Bola Tinubu')).toBe(true);
    expect(who.has('Tom Reyes')).toBe(true);
  });
});

describe('plural titles', () => {
  it('"Former Presidents A of X and B of Y" reads both people', () => {
    const doc = analyze(version('v', 'Former Presidents Ellen Johnson Sirleaf of Liberia and Michelle Bachelet of Chile also took part.\n'));
    expect(names(extract(doc, ATTEND))).toEqual(new Set(['Ellen Johnson Sirleaf', 'Michelle Bachelet']));
  });
});

describe('places named like people', () => {
  const names = (text: string): string[] => findPeople(analyze(plainVersion('v', text))).map((p) => p.name);
  it('a name after "<place word> of" is a place, wherever else the version names it', () => {
    const text = [
      'The boat overturned some 35 nautical miles south of Capo Sorbo, said coast guard spokesman Luca Ferrante.',
      'Survivors were brought to the port of Marina di Sorbo. Aid workers in Marina di Sorbo handed out blankets.',
    ].join('\n\n');
    expect(names(text)).toEqual(['Luca Ferrante']);
    // "the wife of", "the son of" name people
    expect(names('The boat belonged to the son of Roberto Caldara, police said.')).toEqual(['Roberto Caldara']);
  });
});
