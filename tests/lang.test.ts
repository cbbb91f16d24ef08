import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../src/lang/en/index.js';
import { calendarWords, lexiconFor, monthNumbers, numberWords, supportedLanguages, weekdayNumbers } from '../src/lang/index.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('language data', () => {
  it('picks the lexicon by language code', () => {
    expect(lexiconFor('en')).toBe(EN);
    expect(lexiconFor('EN-gb')).toBe(EN);
    expect(lexiconFor('fr')).toBeNull();
    expect(supportedLanguages()).toEqual(['en']);
  });

  it('derives the calendar and number sets from the data', () => {
    expect(monthNumbers(EN)['sept']).toBe(9);
    expect(monthNumbers(EN)['december']).toBe(12);
    expect(weekdayNumbers(EN)['thursday']).toBe(4);
    expect(calendarWords(EN).has('thurs.')).toBe(true);
    expect(numberWords(EN, { vague: true }).has('dozens')).toBe(true);
    expect(numberWords(EN, { vague: false }).has('dozens')).toBe(false);
  });

  it('month, weekday and number words are spelled in src/lang only', () => {
    const outside = sourceFiles('src').filter((f) => !f.startsWith(path.join('src', 'lang')));
    const spelled = /'(?:january|february|september|monday|thursday|nineteen|twenty|thirty|dozens)'|\b(?:september|thursday|nineteen): \d/;
    expect(outside.filter((f) => spelled.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
