/**
 * A toll far from its cue in a long subject ("The death toll from last week's magnitude-7.8
 * earthquake that flattened towns along the coast has risen to 654"): wink cuts "magnitude-7.8"
 * into a sentence end unless the hyphen is read as a space (analyze/fold.ts); the magnitude is no
 * count that blocks the way (read/quantities.ts); the cue at the head of the clause is the
 * subject of "risen to" (extract/quantity.ts `subjectSetTo`).
 */
import { describe, expect, it } from 'vitest';
import { foldForWink } from '../src/analyze/fold.js';
import { versionClaims, CORE_QUANTITY_RULES } from './helpers/version-claims.js';
import { analyze } from '../src/analyze/index.js';
import { plainVersion } from '../src/normalize/plain.js';

const tolls = (text: string): string[] =>
  (versionClaims(text, '2026-06-06', CORE_QUANTITY_RULES).get('death-toll') ?? []).filter((v) => v.role === 'headline').map((v) => v.text);

describe('a hyphen before a decimal', () => {
  it('is read as a space of the same length', () => {
    expect(foldForWink('a magnitude-6.6 quake and a category-4.5 storm')).toBe('a magnitude 6.6 quake and a category 4.5 storm');
    expect(foldForWink('a magnitude-7 quake')).toBe('a magnitude 7 quake');
    expect(foldForWink('a COVID-19 ward, a Boeing 737-800 and a 6.1-magnitude quake')).toBe('a COVID-19 ward, a Boeing 737-800 and a 6.1-magnitude quake');
  });

  it('no longer ends a sentence, and tokens keep their places in the original', () => {
    const text = 'The toll from the magnitude-6.6 quake rose to 41 on Friday.';
    const doc = analyze(plainVersion('a', `${text}\n`));
    expect(doc.sentences.filter((s) => s.text.trim() !== '').map((s) => s.text)).toEqual([text]);
    expect(doc.tokens.find((t) => t.text === '6.6')?.start).toBe(text.indexOf('6.6'));
  });
});

describe('a toll set far behind the head of its subject', () => {
  it('is read past a long subject with a magnitude in it', () => {
    expect(tolls("The death toll from Saturday's magnitude-6.9 earthquake that flattened hillside villages across Orvena province has risen to 212 with dozens still missing, the civil defence agency said.")).toEqual(['212']);
    expect(tolls('The death toll from the 6.9-magnitude earthquake that flattened hillside villages across Orvena province and the lake shore stood at 212 on Monday.')).toEqual(['212']);
  });

  it('not past another count of people, nor when the cue is no subject', () => {
    expect(tolls('The death toll from the earthquake that injured 300 people in hillside villages across Orvena province has risen to 212, officials said.')).not.toContain('300');
    expect(tolls('Officials visited the villages where the earthquake struck on Saturday and said the number of tents sent to the province had risen to 212.')).toEqual([]);
  });
});
