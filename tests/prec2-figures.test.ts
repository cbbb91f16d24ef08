/**
 * Injured counts as wire copy writes them: "four of them were flown … with injuries" (the
 * partitive is the figure's own phrase, not words between it and its cue), "N people were taken
 * to hospital" when the version has no other injured figure, and "N others were being treated
 * for burns" (the count, not a share still in care). Sentences written for these tests
 * (fictional people and places).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../src/types.js';
import { versionClaims } from './helpers/version-claims.js';

const claims = (text: string, date = '2026-04-21'): Map<string, ClaimValue[]> => versionClaims(text, date);

const show = (x: ClaimValue): string => `${x.key}/${x.role}`;
const injured = (text: string): string[] => (claims(text).get('injured') ?? []).map(show);

describe('a partitive after the figure is not gap to its cue', () => {
  it('reads "four of them were flown … with injuries"', () => {
    const text =
      'Two climbers were killed in the avalanche on Mount Pelvar on Sunday. Guides dug five people out of the snow, ' +
      'and three of them were carried down to the valley with injuries, police said.';
    expect(injured(text)).toEqual(['3/headline']);
  });
  it('still needs the cue inside the window', () => {
    const text =
      'Guides dug five people out of the snow, and three of them were carried down on a long stretcher by ' +
      'volunteers from two nearby villages to the valley with injuries.';
    expect(injured(text)).toEqual([]);
  });
});

describe('"taken to hospital" counts the injured when nothing else does', () => {
  it('is the headline when the version has no other injured figure', () => {
    const text =
      'Six people died when a bus left the road near Karsk on Monday. Twenty-two people were taken to hospital, ' +
      'four of them in critical condition, said Capt. Ilse Varnow of the regional police.';
    expect(injured(text)).toEqual(['22/headline', '4/part']);
  });
  it('gives way to a direct injured figure', () => {
    const text =
      'A gas blast in the market town of Orvale killed nine people and injured more than 150, officials said. ' +
      'The regional health office said 163 people had been taken to hospitals and that 20 of them were in serious condition.';
    const values = claims(text).get('injured') ?? [];
    expect(values.find((x) => x.role === 'headline')?.key).toBe('150');
    expect(values.find((x) => x.key === '163')?.role).toBe('other');
  });
});

describe('"being treated for" an injury is the injured count', () => {
  it('reads "N others were being treated for burns" as the headline', () => {
    const text =
      'A tanker fire at a depot in Marrow Bay killed seven workers on Friday. Nineteen others were being treated for burns, ' +
      'six of them in critical condition, at the city hospital.';
    expect(injured(text)).toEqual(['19/headline', '6/part']);
  });
  it('keeps patients being treated for an illness a share in care', () => {
    const text = 'About 180 patients were being treated for typhoid at the district clinic in Velmoor, its director said.';
    expect((claims(text).get('injured') ?? []).filter((x) => x.role === 'headline')).toEqual([]);
  });
});
