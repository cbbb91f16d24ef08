/** "3,400 injuries" counts the people hurt; "he suffered two injuries" is one person's (lang/en/quantities.ts OWN_INJURY_VERBS). */
import { describe, expect, it } from 'vitest';
import { CORE_QUANTITY_RULES, versionClaims } from './helpers/version-claims.js';

const injured = (text: string): string[] =>
  (versionClaims(`${text}\n`, '2026-05-25', CORE_QUANTITY_RULES).get('injured') ?? []).filter((v) => v.role === 'headline').map((v) => String(v.value));

describe('counts of injuries', () => {
  it('are the injured count', () => {
    expect(injured('The earthquake killed 410 people and caused 1,930 injuries, the health ministry said.')).toEqual(['1930']);
    expect(injured('The toll has risen to 212 deaths and 640 injuries.')).toEqual(['640']);
  });

  it("are not one person's wounds", () => {
    expect(injured('The driver suffered two injuries to his leg and was taken to hospital.')).toEqual([]);
  });
});
