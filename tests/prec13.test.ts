/**
 * Precision on unseen wire copy (prec13). All sentences are written for these tests (fictional
 * people, places, outlets and storms).
 * 1. Scraped page furniture: a newsletter sign-up line, a share bar of network names and a
 *    one-line row of other stories' headlines after a "Most read:" / "Trending:" label are
 *    boilerplate (a notice), not claims, places or a truncated paragraph. A sentence that
 *    mentions a newsletter and a pipe table of figures without such a label keep their lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { extractClaims } from '../src/extract/claims.js';
import { kindOf } from '../src/kinds/index.js';
import { findBoilerplate } from '../src/normalize/boilerplate.js';
import { readCredits } from '../src/read/bylines.js';
import { isInputProblem, normalize } from '../src/normalize/index.js';
import { parseRuleFile } from '../src/rules/index.js';
import type { ClaimValue, Doc, NormalizedVersion, Rule } from '../src/types.js';

const DATE = '2026-09-14';
const RULES: readonly Rule[] = parseRuleFile(readFileSync('rules/news-core.yaml', 'utf8'), 'news-core.yaml').ruleSet?.rules ?? [];

function normalized(text: string, id = 'a'): NormalizedVersion {
  const out = normalize({ id, path: `${id}.txt`, bytes: new TextEncoder().encode(`${text}\n`) });
  if (isInputProblem(out)) throw new Error(out.message);
  return out;
}

/** The values of `ruleId` in a one-version set, as the pipeline normalizes and reads it. */
function values(ruleId: string, text: string): ClaimValue[] {
  const docs = new Map<string, Doc>([['a', analyze(normalized(text))]]);
  const table = extractClaims(RULES, [{ id: 'a', date: DATE }], docs, DATE, kindOf);
  return table.get(ruleId)?.get('a') ?? [];
}
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
    const version = normalized(page);
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
    expect(readCredits(normalized(text)).credits.map((c) => `${c.role}:${c.name}`)).toEqual(['photo:Ilmar Teppo', 'photo:Greta Holm']);
  });

  it('brackets that do not close a caption keep their names', () => {
    const text = [
      'The two ruling parties (Social Democrats/Green Alliance) agreed on a relief budget for Dorvan Province on Tuesday.',
      '',
      'Water levels were highest on the route between the two towns (Kessmar/Orlach)',
    ].join('\n');
    const places = named('places-and-orgs-named', text);
    expect(places).toContain('Green Alliance');
    expect(readCredits(normalized(text)).credits).toEqual([]);
    // a sentence of prose ending in a bracketed pair is no caption either
    expect(readCredits(normalized('Aid was split between the agencies (Red Cross/Caritas Relief).')).credits).toEqual([]);
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
