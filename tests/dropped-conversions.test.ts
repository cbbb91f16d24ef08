/** A measure and its conversion in brackets are one fact to drop (align/dropped.ts `convertsPrevious`). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { checkAlignment } from '../src/align/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { Doc, Finding } from '../src/types.js';

const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(plainVersion(id, paragraphs.join('\n\n') + '\n'));

function droppedFigures(first: readonly string[], second: readonly string[]): string[] {
  const docs = [doc('a', first), doc('b', second)];
  const older = (x: string, y: string): boolean => x < y;
  return checkAlignment(docs, { older })
    .findings.filter((f: Finding) => f.rule === 'dropped-fact')
    // the facts dropped with one sentence are one finding listing them (`members`)
    .flatMap((f) => f.members ?? [/dropped "([^"]+)"/.exec(f.message)?.[1] ?? f.message]);
}

const STORY = [
  'A passenger train derailed on a mountain line in northern Valdoria on Friday, injuring 31 people, the rail operator said.',
  'Rescue teams walked along the tracks in heavy snow to reach the carriages, the operator said in a statement.',
  'Engineers said the line would stay closed until at least Tuesday while the track was repaired and inspected.',
];

const withSentence = (sentence: string): string[] => [STORY[0]!, STORY[1]!.replace('.', `. ${sentence}`), STORY[2]!];

describe('dropped-fact: a measure and its conversion', () => {
  it('"about 200 meters (650 feet)" is one figure dropped, not two', () => {
    const figures = droppedFigures(withSentence('The carriages slid about 200 meters (650 feet) down the slope.'), STORY);
    expect(figures).toEqual(['200']);
  });
  it('"a 40-kilometre (25-mile) stretch" is one figure dropped', () => {
    const figures = droppedFigures(withSentence('The derailment closed a 40-kilometre (25-mile) stretch of the line.'), STORY);
    expect(figures).toEqual(['40']);
  });
  it('two figures of people in brackets stay two facts', () => {
    const figures = droppedFigures(withSentence('Of the injured, 12 were children (five of them under six) and taken to Marsa.'), STORY);
    expect(figures).toEqual(expect.arrayContaining(['12', 'five']));
  });
  it('the same unit in brackets is no conversion ("12 km (of which 3 km ...)")', () => {
    const figures = droppedFigures(withSentence('Snow covered 12 kilometers (3 kilometers near the summit) of the track.'), STORY);
    expect(figures.length).toBe(2);
  });
});
