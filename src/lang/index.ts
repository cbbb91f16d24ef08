import { wordTable } from './table.js';
import { EN } from './en/index.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';

/** The lexicons factlint ships, by ISO 639-1 code. A language is supported iff it is here. */
const LEXICONS: ReadonlyMap<string, Lexicon> = new Map([[EN.code, EN]]);

/** The lexicon of a language (ISO 639-1 code, any case, region ignored: "en-GB"), or null. */
export function lexiconFor(code: string): Lexicon | null {
  return LEXICONS.get(code.toLowerCase().split(/[-_]/)[0] ?? '') ?? null;
}

export function supportedLanguages(): string[] {
  return [...LEXICONS.keys()];
}

/** Month names and abbreviations; `dotted` adds "jan." forms, `bare` keeps "jan" forms. */
export function monthWords(lex: Lexicon, forms: { bare: boolean; dotted: boolean }): Set<string> {
  const abbreviations = Object.keys(lex.calendar.monthAbbreviations);
  return new Set([
    ...lex.calendar.months,
    ...(forms.bare ? abbreviations : []),
    ...(forms.dotted ? abbreviations.map((a) => `${a}.`) : []),
  ]);
}

/** Month name or dotless abbreviation -> month number (1–12). */
export function monthNumbers(lex: Lexicon): Record<string, number> {
  const out: Record<string, number> = { ...lex.calendar.monthAbbreviations };
  lex.calendar.months.forEach((m, i) => (out[m] = i + 1));
  return wordTable(out);
}

/** Weekday name -> number (0 = Sunday, as Date#getUTCDay). */
export function weekdayNumbers(lex: Lexicon): Record<string, number> {
  return wordTable(Object.fromEntries(lex.calendar.weekdays.map((d, i) => [d, i])));
}

/** Weekdays Monday first (the order of a news week). */
export function weekdaysFromMonday(lex: Lexicon): string[] {
  const days = lex.calendar.weekdays;
  return [...days.slice(1), ...days.slice(0, 1)];
}

/** Weekday, month and holiday words, with dotted abbreviations and relative days ("today"). */
export function calendarWords(lex: Lexicon): Set<string> {
  const c = lex.calendar;
  return new Set([
    ...weekdaysFromMonday(lex),
    ...Object.keys(c.weekdayAbbreviations).map((a) => `${a}.`),
    ...monthWords(lex, { bare: false, dotted: true }),
    ...c.holidays,
    ...c.relativeDays,
  ]);
}

/** Number words: units, tens, hundred, scales and dozen; with `vague`, also "dozens", "hundreds" … */
export function numberWords(lex: Lexicon, options: { vague: boolean }): Set<string> {
  const n = lex.numbers;
  return new Set([
    ...Object.keys(n.units),
    ...Object.keys(n.tens),
    n.hundred,
    ...Object.keys(n.scales),
    n.dozen,
    ...(options.vague ? Object.keys(n.vague) : []),
  ]);
}

/** Scale words and their written abbreviations -> value ("million", "bn"). */
export function scaleWords(lex: Lexicon): Record<string, number> {
  return wordTable({ ...lex.numbers.scales, ...lex.numbers.scaleAbbreviations });
}

/** Every word of a qualifier phrase or a range ("at", "least", "between", "and"). */
export function qualifierTokens(lex: Lexicon): Set<string> {
  return new Set([...lex.qualifiers.flatMap(([phrase]) => phrase.split(' ')), ...lex.numbers.rangeWords]);
}
