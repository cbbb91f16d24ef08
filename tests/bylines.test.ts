import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { readCredits } from '../src/read/bylines.js';
import { findPeople } from '../src/read/people.js';
import { plainVersion } from '../src/normalize/plain.js';

const credits = (text: string): Array<[string, string]> =>
  readCredits(plainVersion('v', text)).credits.map((c) => [c.role, c.name]);
const people = (text: string): Set<string> => new Set(findPeople(analyze(plainVersion('v', text))).map((p) => p.name));

describe('bylines', () => {
  it('reads a plain byline and one in capitals with an agency', () => {
    expect(credits('By Tom Reyes\n\nFloods swept the valley on Monday.')).toEqual([['byline', 'Tom Reyes']]);
    expect(credits('By TOM REYES and ANNA LU, Associated Press\n\nFloods swept the valley.')).toEqual([
      ['byline', 'Tom Reyes'],
      ['byline', 'Anna Lu'],
    ]);
    expect(credits('By Carla Mendes, Reuters\n\nText.')).toEqual([['byline', 'Carla Mendes']]);
    expect(credits('By KAREN ODELL Associated Press\n\nThe storm passed.')).toEqual([['byline', 'Karen Odell']]);
  });

  it('reads a byline with time stamps after bars', () => {
    expect(credits('By Ana Ruiz | Published 11:42 AM | Updated 12:05 PM\n\nText.')).toEqual([['byline', 'Ana Ruiz']]);
    expect(credits('By Ana Ruiz | 4 min read\n\nText.')).toEqual([['byline', 'Ana Ruiz']]);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    expect(credits('By Tuesday, the toll had risen to 14.')).toEqual([]);
    expect(credits('By Friday Governor Ella Brandt had declared an emergency.')).toEqual([]);
  });

  it('reads contributor lines, leaving out the places', () => {
    expect(credits('Rain fell. Associated Press writer Omar Haddad in Amman, Jordan, contributed to this report.')).toEqual([['contributor', 'Omar Haddad']]);
    expect(credits('Associated Press writers Lena Park and Ivo Marek in Prague and Sam Ortiz in Lima contributed.')).toEqual([
      ['contributor', 'Lena Park'],
      ['contributor', 'Ivo Marek'],
      ['contributor', 'Sam Ortiz'],
    ]);
    expect(credits('Lena Park in Washington D.C. contributed.')).toEqual([['contributor', 'Lena Park']]);
    expect(credits('Haddad reported from Beirut.')).toEqual([['contributor', 'Haddad']]);
    expect(credits('(Reporting by Nadia Coste in Dakar; Editing by Piet Vos)')).toEqual([
      ['contributor', 'Nadia Coste'],
      ['contributor', 'Piet Vos'],
    ]);
  });

  it('does not take story sentences for credit lines', () => {
    expect(credits('The company contributed $5 million to the fund.')).toEqual([]);
    expect(credits('Residents contributed.')).toEqual([]);
    expect(credits('Police said the fire was reported from a farm near Oakridge.')).toEqual([]);
  });

  it('reads photo credits', () => {
    expect(credits('Rescuers dig through rubble. (AP Photo/Jane Okafor)')).toEqual([['photo', 'Jane Okafor']]);
    expect(credits('Rescuers dig. (AP Photo/Jane Okafor, File)')).toEqual([['photo', 'Jane Okafor']]);
    expect(credits('Photo: Tomas Lind/Reuters')).toEqual([['photo', 'Tomas Lind']]);
    expect(credits('A man waves. REUTERS/Tomas Lind')).toEqual([['photo', 'Tomas Lind']]);
    expect(credits('A crowd gathers. (Photo by Mei Tan/AFP via Getty Images)')).toEqual([['photo', 'Mei Tan']]);
    expect(credits('The river rose overnight.\n\nPhoto by Grant Hollis / Valley Wire')).toEqual([['photo', 'Grant Hollis']]);
  });

  it('covers the agency tag of a dateline', () => {
    const text = 'OSLO, Norway (AP) — The storm passed. (Reuters) said nothing.';
    const spans = readCredits(plainVersion('v', text)).spans.map((x) => text.slice(x.start, x.end));
    expect(spans).toEqual(['(AP)']);
  });

  it('keeps credited names out of the story people', () => {
    const text = [
      'By RITA SOLBERG and KOFI MENSAH, Associated Press',
      'OSLO, Norway (AP) — Mayor Henrik Dahl said the storm had passed. (AP Photo/Jane Okafor)',
      'Dahl said crews were clearing roads.',
      'Associated Press writer Lena Park in Stockholm contributed to this report.',
    ].join('\n\n');
    expect(people(text)).toEqual(new Set(['Henrik Dahl']));
  });
});
