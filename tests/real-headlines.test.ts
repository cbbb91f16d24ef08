/**
 * Headline and quote shapes of real copy (written here in our own words): a title-case headline's
 * people ("11 Pupils, 2 Teachers Killed"), each member with its own word of harm ("11 pupils dead,
 * 2 adults killed"), and "about" after a verb of speech ("what can you say about 13 children
 * killed") that is no hedge.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/read/numbers.js';
import { CORE_QUANTITY_RULES, versionClaims } from './helpers/version-claims.js';

const head = (text: string): string[] =>
  (versionClaims(`${text}\n`, '2026-05-25', CORE_QUANTITY_RULES).get('death-toll') ?? []).filter((v) => v.role === 'headline').map((v) => String(v.value));

describe('real headline shapes', () => {
  it('a title-case headline reads its people and sums them', () => {
    expect(head('11 Students, 2 Teachers Killed in Harlan High School Shooting')).toEqual(['13']);
  });

  it('members each with a word of harm are one group', () => {
    expect(head('11 pupils dead, 2 adults killed after Harlan primary school shooting')).toEqual(['13']);
  });

  it('a name-like title word is no unit of people', () => {
    expect(head('2 Bridges Closed After Harlan Storm Kills Driver')).not.toContain('2');
  });
});

describe('"about" after a verb of speech', () => {
  const q = (text: string): string => findQuantities(text.split(' ')).map((x) => `${x.value}:${x.qualifier ?? ''}`).join(',');
  it('is the preposition', () => {
    expect(q('what can you say about 13 children killed in a classroom')).toBe('13:');
    expect(q('reporters asked about 12 missing fishermen')).toBe('12:');
    expect(q('about 13 children were killed')).toBe('13:about');
  });
});

describe('a range of ages', () => {
  it('is no count, neither end of it', () => {
    const all = (text: string): string[] => (versionClaims(`${text}\n`, '2026-05-25', CORE_QUANTITY_RULES).get('death-toll') ?? []).map((v) => String(v.value));
    expect(all('The gunman shot dead 14 people, including 9 children between the ages of 6 and 8.')).toEqual(['14', '9']);
  });
});

describe('abbreviated titles wink ends a sentence at', () => {
  it('"the Rev. Ann Okoro" stays one sentence and one titled person', async () => {
    const { analyze } = await import('../src/analyze/index.js');
    const { plainVersion } = await import('../src/normalize/plain.js');
    const { findPeople } = await import('../src/read/people.js');
    const text = 'Speakers included the Rev. Ann Okoro, bishop of Harlan; Maj. Paul Devane; and Det. Sgt. Lena Roth.';
    const doc = analyze(plainVersion('a', `${text}\n`));
    expect(doc.sentences.filter((s) => s.text.trim() !== '').map((s) => s.text)).toEqual([text]);
    expect(findPeople(doc).map((m) => [m.name, m.title])).toEqual([['Ann Okoro', 'Rev.'], ['Paul Devane', 'Maj.'], ['Lena Roth', 'Det. Sgt.']]);
    expect(doc.tokens.some((t) => t.text === 'Rev.')).toBe(true);
  });
});

describe('"murdered N" is a toll', () => {
  it('and the breakdown after it stays no headline', () => {
    const text = 'On Tuesday a former pupil murdered 11 students and teachers at Harlan High School.\n\nNine victims were killed inside the building and two died on the way to hospital.';
    expect(head(text)).toEqual(['11']);
  });
});

describe('relatives of the slain', () => {
  it('are no toll ("Nine parents of slain students pleaded ...")', () => {
    expect(head('Nine parents and siblings of slain Harlan high school students pleaded with state senators on Monday.')).toEqual([]);
  });
});
