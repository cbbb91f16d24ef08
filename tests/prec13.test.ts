/**
 * Precision on unseen wire copy (prec13). All sentences are written for these tests (fictional
 * people, places, outlets and storms).
 * 1. Scraped page furniture: a newsletter sign-up line, a share bar of network names and a
 *    one-line row of other stories' headlines after a "Most read:" / "Trending:" label are
 *    boilerplate (a notice), not claims, places or a truncated paragraph. A sentence that
 *    mentions a newsletter and a pipe table of figures without such a label keep their lines.
 * 2. A photographer in an outlet credit closing a caption ("(Dorvan Herald/Ilmar Teppo)") and a
 *    named storm ("Typhoon Merit") are no places or organisations.
 * 3. Noise: a place a version names only as a modifier ("Ostrel Community Center") is named; a
 *    version naming a participant outside the rule's context does not "lack" him in a fold; a
 *    list omission of a name that a cut or another loss already reports for the same version
 *    ("Jana Tesar of Morvia" cut, "Jana Tesar" missing; "Edda Lind" missing, "Lind" dropped)
 *    folds into the stronger finding.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { checkRule, similarity, type OrderedVersion } from '../src/check/index.js';
import { dropRedundant } from '../src/check/redundant.js';
import { check } from '../src/index.js';
import { mentionPresence } from '../src/extract/mention.js';
import { factKey } from '../src/findings.js';
import { findBoilerplate } from '../src/normalize/boilerplate.js';
import { readCredits } from '../src/read/bylines.js';
import type { ClaimValue, Doc, Finding, Rule } from '../src/types.js';
import { tempSets } from './helpers/temp-set.js';
import { normalizedClaims, normalizedVersion } from './helpers/version-claims.js';

const DATE = '2026-09-14';


const values = (ruleId: string, text: string): ClaimValue[] => normalizedClaims(ruleId, text, DATE);
const named = (ruleId: string, text: string): string[] => [...new Set(values(ruleId, text).map((v) => String(v.value)))];
const kinds = (text: string): Array<[string, string]> => findBoilerplate(text).map((b) => [b.kind, b.text]);

describe('page furniture: sign-up lines, share bars and rows of teasers', () => {
  const page = [
    'Ferry capsizes off Dalvik coast, 6 dead',
    '',
    'Subscribe to our Evening Digest newsletter for the day\'s main stories, free every weekday.',
    '',
    'PORT ALVEN (Reuters) - Six people died when a passenger ferry capsized in heavy swell off the Dalvik coast on Sunday, the coast guard said.',
    '',
    'Coast guard spokeswoman Ilka Voss said 41 passengers were rescued.',
    '',
    'Share this story: Facebook | X | WhatsApp | Email',
    'Sign up for the Harbour Briefing newsletter and get our top stories in your inbox.',
    'Trending: Fuel prices rise again | 2 hurt in Kessmar tram crash | Heatwave warning for the north',
  ].join('\n');

  it('strips each line with a notice, and neither the teasers\' toll nor their places are read', () => {
    expect(kinds(page)).toEqual([
      ['chrome', "Subscribe to our Evening Digest newsletter for the day's main stories, free every weekday."],
      ['chrome', 'Share this story: Facebook | X | WhatsApp | Email'],
      ['chrome', 'Sign up for the Harbour Briefing newsletter and get our top stories in your inbox.'],
      ['teaser', 'Trending: Fuel prices rise again | 2 hurt in Kessmar tram crash | Heatwave warning for the north'],
    ]);
    const version = normalizedVersion(page);
    expect(version.text).not.toContain('Kessmar');
    expect(version.text).not.toContain('newsletter');
    expect(version.notices.map((n) => n.type)).not.toContain('truncation');
    expect(version.notices.find((n) => n.type === 'boilerplate')?.message).toContain('1 related-stories line');
    const places = named('places-and-orgs-named', page);
    expect(places).not.toContain('Kessmar');
    expect(places).not.toContain('Evening Digest');
    expect(places).not.toContain('Harbour Briefing');
    expect(places).not.toContain('Subscribe');
    expect(values('injured', page).map((v) => v.value)).not.toContain(2);
  });

  it('reads "Most read:" and "Popular now:" rows, split by pipes or bullets', () => {
    expect(kinds('Most read: Senate passes budget | Storm cuts power to 9,000 homes')).toEqual([
      ['teaser', 'Most read: Senate passes budget | Storm cuts power to 9,000 homes'],
    ]);
    expect(kinds('Popular now: Rail strike called off • Two climbers rescued on Mount Orrel • Markets close higher')).toHaveLength(1);
  });

  it('keeps a sentence about a newsletter, a share sentence and a pipe table of figures', () => {
    const text = [
      'The council urged residents to sign up for its flood alerts newsletter before the weekend.',
      'More than 12,000 readers subscribed to the bulletin after the storm, the paper said.',
      'Share this story on Facebook, the mayor told residents, so neighbours know where the shelters are.',
      'Kessmar | 14 | 3',
      'Dalvik | 22 | 5',
      'District: Kessmar | Dead: 14 | Injured: 3',
      'Trending upward: prices rose 4 percent in August, the statistics office said.',
      'Subscribe',
    ].join('\n');
    expect(kinds(text)).toEqual([]);
  });

  it('a labelled row needs two items: a label with one headline or a sentence after it is no row', () => {
    expect(kinds('Most read: Senate passes budget')).toEqual([]);
    expect(kinds('Trending: the hashtag #DalvikFerry was shared 40,000 times | police said.')).toEqual([]);
  });
});

describe('a photographer in an outlet credit and a named storm are no places or organisations', () => {
  it('"(Outlet/Name)" closing a caption gives a photo credit, not a place or a body', () => {
    const text = [
      'KESSMAR (Reuters) - Floodwater reached the first floors of homes in the river town of Kessmar on Monday, officials in Dorvan Province said.',
      '',
      'Photo: Volunteers carry sandbags along the Kessmar embankment on Monday. (Dorvan Herald/Ilmar Teppo)',
      '',
      'Rescuers pulled two children from a car near the old mill. (Valley Post/Greta Holm)',
    ].join('\n');
    const places = named('places-and-orgs-named', text);
    expect(places).not.toContain('Ilmar Teppo');
    expect(places).not.toContain('Greta Holm');
    expect(named('people-named', text)).toEqual([]);
    expect(places).toContain('Kessmar');
    expect(readCredits(normalizedVersion(text)).credits.map((c) => `${c.role}:${c.name}`)).toEqual(['photo:Ilmar Teppo', 'photo:Greta Holm']);
  });

  it('brackets that do not close a caption keep their names', () => {
    const text = [
      'The two ruling parties (Social Democrats/Green Alliance) agreed on a relief budget for Dorvan Province on Tuesday.',
      '',
      'Water levels were highest on the route between the two towns (Kessmar/Orlach)',
    ].join('\n');
    const places = named('places-and-orgs-named', text);
    expect(places).toContain('Green Alliance');
    expect(readCredits(normalizedVersion(text)).credits).toEqual([]);
    // a sentence of prose ending in a bracketed pair is no caption either
    expect(readCredits(normalizedVersion('Aid was split between the agencies (Red Cross/Caritas Relief).')).credits).toEqual([]);
  });

  it('"Typhoon Lorna"-style storm names are no places; a storm centre, a relief fund and a town keep theirs', () => {
    const text = [
      'Typhoon Merit slammed into the province of Bantal on Monday, killing six people.',
      'Forecasters at the National Hurricane Center in Miami said Tropical Storm Osric was weakening over the sea.',
      'Residents of Storm Lake were told to stay indoors, and the Typhoon Relief Fund opened an account for donations.',
      'In 2009, Cyclone Harun killed more than 200 people in the same region.',
    ].join(' ');
    const places = named('places-and-orgs-named', text);
    expect(places).not.toContain('Typhoon Merit');
    expect(places).not.toContain('Tropical Storm Osric');
    expect(places).not.toContain('Cyclone Harun');
    expect(places).toEqual(expect.arrayContaining(['Bantal', 'National Hurricane Center', 'Miami', 'Storm Lake', 'Typhoon Relief Fund']));
  });
});

describe('a place named as a modifier is named', () => {
  const docOf = (text: string): Map<string, Doc> => new Map([['a', analyze(normalizedVersion(text))]]);

  it('"Ostrel Community Center", "Ostrel evacuees" name Ostrel; a byline outlet and a lower-case word do not', () => {
    const present = mentionPresence(docOf('Ostrel evacuees return home\n\nVolunteers served meals at the Ostrel Community Center on Wednesday.'));
    expect(present('a', 'mention:ostrel')).toBe(true);
    expect(present('a', 'mention:idaho')).toBe(false);
    const byline = mentionPresence(docOf('Evacuees return home\n\nBy Ana Ruiz, Ostrel Courier\n\nVolunteers served meals at the community center on Wednesday.'));
    expect(byline('a', 'mention:ostrel')).toBe(false);
    const word = mentionPresence(docOf('Residents said they had little hope left after the fire reached the ridge.'));
    expect(word('a', 'mention:hope')).toBe(false);
    // part of a longer word is no mention ("Ostrelton" is another town)
    expect(mentionPresence(docOf('Crews moved on to Ostrelton on Thursday.'))('a', 'mention:ostrel')).toBe(false);
  });

  it('end to end: a local copy naming the town only as a modifier lacks the state, not the town', async () => {
    const wire = (n: number): string => [
      `Wildfire forces ${n},000 from homes in Ostrel`,
      '',
      `OSTREL, Idaho (AP) - A fast-moving wildfire forced about ${n},000 people from their homes in Ostrel, Idaho, on Tuesday, fire officials said.`,
      '',
      'The fire has burned more than 4,000 acres of timber and grassland east of Ostrel, said fire spokesman Dale Wren.',
    ].join('\n');
    const local = [
      'Ostrel evacuees wait for word on their homes',
      '',
      'Volunteers served hot meals at the Ostrel Community Center on Wednesday as evacuees waited for news, fire spokesman Dale Wren said.',
    ].join('\n');
    const sets = tempSets();
    try {
      const dir = sets.write({ 'a1.txt': wire(2), 'a2.txt': wire(2), 'a3.txt': wire(2), 'a4.txt': local });
      const report = await check([dir], { cwd: dir });
      const places = report.sets[0]?.findings.filter((f) => f.rule === 'places-and-orgs-named' && f.versions.includes('a4')) ?? [];
      expect(places.map((f) => f.subject).join(' | ')).not.toContain('Ostrel');
      expect(places.map((f) => f.subject)).toContain('Idaho');
    } finally {
      sets.cleanup();
    }
  });
});

function person(version: string, name: string): ClaimValue {
  return {
    rule: 'took-part', version, kind: 'people', key: `person:${name.toLowerCase()}`, value: name, qualifier: null, text: name,
    sentence: `${name} attended the memorial service.`, span: { start: 0, end: name.length }, line: 1, column: 1, uncertain: false,
  };
}

describe('a participant named outside the rule\'s context is not folded into what a version lacks', () => {
  const rule = {
    id: 'took-part', label: 'Who took part', kind: 'people', severity: 'info', cues: ['attended'], names: [], expect: [], replaces: [],
    source: { file: 'r.yaml', line: 1, column: 1 },
  } as unknown as Rule;
  const versions: OrderedVersion[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, rank: 0, date: null, time: null, role: null, source: null }));
  const values = new Map(versions.map((v) => [v.id, v.id === 'd' ? [] : [person(v.id, 'Oskar Brandt'), person(v.id, 'Mira Castell')]]));

  it('d quotes Oskar Brandt elsewhere and lacks Mira Castell: two findings, no "d lacks Oskar Brandt"', () => {
    const f = checkRule({ rule, values, versions, paths: new Map(), similarity, present: (v, k) => v === 'd' && k === 'person:oskar brandt' });
    expect(f.map((x) => x.message).join('\n')).not.toMatch(/lacks[^\n]*Oskar Brandt/u);
    expect(f.map((x) => [x.subject, x.versions])).toEqual(expect.arrayContaining([['Mira Castell', ['d']], ['Oskar Brandt', ['d']]]));
    expect(f.find((x) => x.subject === 'Oskar Brandt')?.message).toContain('but not in this context');
  });

  it('two members d names elsewhere fold together, apart from what it lacks', () => {
    const named = new Set(['person:oskar brandt', 'person:mira castell']);
    const f = checkRule({ rule, values, versions, paths: new Map(), similarity, present: (v, k) => v === 'd' && named.has(k) });
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toBe('Who took part: d names Oskar Brandt, Mira Castell but not in this context (listed in other versions)');
  });
});

describe('a list omission of a name another loss reports for the same version folds into it', () => {
  const loss = (rule: string, subject: string, version: string, kind: string, lossKind: 'cut' | 'omitted' | 'reworded', severity: Finding['severity']): Finding => {
    const type = lossKind === 'cut' ? ('deleted-mention' as const) : ('omission' as const);
    const f: Finding = { rule, type, severity, subject, versions: [version], message: `${rule}: ${subject}`, evidence: [] };
    return { ...f, fact: factKey(f, { rule, origin: lossKind === 'omitted' ? 'rule' : 'check', kind, subject, loss: lossKind }) };
  };

  it('"Jana Tesar of Morvia" cut from v3: the participants omission of "Jana Tesar" in v3 goes, the cut lists it', () => {
    const cut = loss('deleted-mention', 'Prime Minister Jana Tesar of Morvia', 'v3', 'name', 'cut', 'error');
    const omitted = loss('participants', 'Jana Tesar', 'v3', 'people', 'omitted', 'warning');
    const elsewhere = loss('participants', 'Jana Tesar', 'v2', 'people', 'omitted', 'warning');
    const out = dropRedundant([cut, omitted, elsewhere]);
    expect(out.map((f) => [f.rule, f.versions])).toEqual([['deleted-mention', ['v3']], ['participants', ['v2']]]);
    expect(out[0]?.alsoReportedBy).toEqual(['participants']);
  });

  it('"Edda Lind" missing from v2 and "Lind" dropped from a reworded sentence of v2 are one finding', () => {
    const omitted = loss('people-named', 'Edda Lind', 'v2', 'people', 'omitted', 'info');
    const dropped = loss('dropped-fact', 'Lind', 'v2', 'name', 'reworded', 'info');
    const out = dropRedundant([dropped, omitted]);
    expect(out.map((f) => f.subject)).toEqual(['Edda Lind']);
    expect(out[0]?.alsoReportedBy).toEqual(['dropped-fact']);
  });

  it('keeps another version\'s loss, another person of the same surname, and a figure', () => {
    const omitted = loss('people-named', 'Edda Lind', 'v2', 'people', 'omitted', 'info');
    const otherVersion = loss('dropped-fact', 'Lind', 'v3', 'name', 'reworded', 'info');
    const otherPerson = loss('dropped-fact', 'Marten Lind', 'v2', 'name', 'reworded', 'info');
    const figure = loss('dropped-fact', '71', 'v2', 'number', 'reworded', 'info');
    expect(dropRedundant([omitted, otherVersion, otherPerson, figure])).toHaveLength(4);
  });
});
