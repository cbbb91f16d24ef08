import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { parseRuleFile } from '../src/rules/index.js';
import type { Rule } from '../src/types.js';
import { normalizedClaims, normalizedVersion } from './helpers/version-claims.js';

// Sentences written for these tests: fictional people, places and bodies, wire style.

const RULES: readonly Rule[] = parseRuleFile(readFileSync('rules/news-core.yaml', 'utf8'), 'news-core.yaml').ruleSet?.rules ?? [];

const named = (ruleId: string, text: string): string[] => [...new Set(normalizedClaims(ruleId, text, '2026-03-02').map((v) => String(v.value)))];
const people = (text: string): string[] => named('people-named', text);
const places = (text: string): string[] => named('places-and-orgs-named', text);

describe('capitalised words that name no place (fix-people6)', () => {
  it('reads no place in a correction label or a common-noun acronym', () => {
    expect(places('CORRECTION: An earlier version of this story misstated the toll in Port Sella.')).toEqual(['Port Sella']);
    expect(places('The statement was an AI rewrite, the Port Sella council said.')).not.toContain('AI');
    expect(places('The AI-generated image spread quickly in Port Sella.')).toEqual(['Port Sella']);
    // an acronym of a body stays
    expect(places('UNICEF said the outbreak in Port Sella was contained.')).toContain('UNICEF');
  });

  it('keeps "New" on a known place', () => {
    expect(places('The fire burned near Santa Fe, New Mexico, on Sunday.')).toEqual(['Santa Fe', 'New Mexico']);
    expect(places('Rain fell across New South Wales overnight.')).toEqual(['New South Wales']);
  });

  it('reads no place in one half of a hyphenated name, unless both halves are places', () => {
    expect(places('The Colorado-Blanco river basin flooded near Port Sella.')).toEqual(['Port Sella']);
    const both = places('Trucks queued at the Kenya-Tanzania border on Monday.');
    expect(both).toContain('Kenya');
    expect(both).toContain('Tanzania');
  });
});

describe('lone capitalised words that name no place (fix-people6)', () => {
  it('reads no place in an ordinal, an outlet word or a people\'s plural, even when repeated', () => {
    expect(places('The parade, held on the Fourth of July, drew crowds to Port Sella. It was the Fourth such parade.')).toEqual(['Port Sella']);
    expect(places('The station told News 4 that the fire in Port Sella was out. News of the blast spread.')).toEqual(['Port Sella']);
    expect(places('Thousands of Uruguayans marched in Port Sella on Sunday. Uruguayans voted later.')).toEqual(['Port Sella']);
    expect(places('Kenyans queued in Port Sella. Kenyans voted later.')).toEqual(['Port Sella']);
    // a place written twice stays
    expect(places('Floods hit Uruguay on Sunday. Uruguay asked for help.')).toContain('Uruguay');
  });

  it('reads a name in apposition with a school year as a person', () => {
    const text = 'The victim was identified as Tyler Brannigan, a sophomore at the school.';
    expect(people(text)).toEqual(['Tyler Brannigan']);
    expect(places(text)).toEqual([]);
  });
});

const participants = (text: string): string[] => named('participants', text);

describe('place nouns before "of" and counting plurals (fix-people6)', () => {
  it('reads a name after "hamlet of", "suburb of", "parish of" as a place, a given name first too', () => {
    const text = 'Rescuers reached residents of the hamlet of Rosa Amaral on Tuesday, Mayor Ana Ruiz said.';
    expect(people(text)).toEqual(['Ana Ruiz']);
    expect(places(text)).toEqual(['Rosa Amaral']);
    expect(people('Water reached the suburb of Lucia Vara overnight, police said.')).toEqual([]);
  });

  it('reads no person in "Hundreds"/"Thousands" opening sentences', () => {
    const text = 'Hundreds of mourners filed past the coffin. Hundreds more waited outside in Port Sella.';
    expect(people(text)).toEqual([]);
    expect(participants(text)).toEqual([]);
    expect(people('Thousands of residents fled. Thousands slept outdoors, Mayor Ana Ruiz said.')).toEqual(['Ana Ruiz']);
  });
});

describe('a stand-in named as the subject of "represented" (fix-people6)', () => {
  it('reads the one represented as absent and the stand-in as taking part', async () => {
    const { attendanceOf } = await import('../src/extract/people.js');
    const rule = RULES.find((r) => r.id === 'participants') as Rule;
    const text = 'Leaders gathered for the memorial in Port Sella. Vice President Ama Osei represented President Kojo Mensah at the ceremony.';
    const reading = attendanceOf(analyze(normalizedVersion(text, 'a')), rule);
    expect(reading.absent.map((x) => x.value.value)).toEqual(['Kojo Mensah']);
    expect(reading.standIns.size).toBe(1);
    expect(participants(text)).toEqual(['Ama Osei']);
    // a lawyer representing a client in a sentence of no event: nothing read
    const court = 'Leaders gathered for the summit. Lawyer Ama Osei represented Kojo Mensah in court last year.';
    expect(attendanceOf(analyze(normalizedVersion(court, 'b')), rule).absent).toEqual([]);
    expect(participants(court)).toEqual([]);
  });
});

// Defects 6, 7, 9 of the audit: already read right on main (regression tests, they pass before and after).
describe('attendance readings already right (fix-people6 regression)', () => {
  it('reads "is also expected to attend" as a plan, "could not attend because she had to attend ..." as absence', async () => {
    const { attendanceOf } = await import('../src/extract/people.js');
    const rule = RULES.find((r) => r.id === 'participants') as Rule;
    const also = attendanceOf(analyze(normalizedVersion('Leaders gathered for the summit in Port Sella. Prime Minister Lena Ruiz is also expected to attend.', 'a')), rule);
    expect(also.planned.size).toBe(1);
    const vote = 'Leaders gathered for the summit in Port Sella. President Tomas Brook attended. Prime Minister Lena Ruiz could not attend because she had to attend a parliamentary vote.';
    expect(attendanceOf(analyze(normalizedVersion(vote, 'b')), rule).absent.map((x) => x.value.value)).toEqual(['Lena Ruiz']);
    expect(participants(vote)).toEqual(['Tomas Brook']);
  });

  it('lists neither the person mourned nor the survivors of an obituary line as taking part', () => {
    expect(participants('Mourners gathered at the funeral of Ines Varga. Among those attending was Mayor Tomas Brook. Varga is survived by her husband, Anton Varga, and two sons.')).toEqual(['Tomas Brook']);
    expect(participants('Mourners gathered at a memorial for the late President Oskar Lind. Among those attending were Premier Tomas Brook and Lena Ruiz. President Oskar Lind died last week.')).toEqual(['Tomas Brook', 'Lena Ruiz']);
  });
});
