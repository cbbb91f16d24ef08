/**
 * English words that tell which items of a sentence are facts a rewrite may not lose
 * (src/align/dropped.ts, rule `dropped-fact`): a count, an amount, a measure, a named person or
 * place, a day of the calendar. An age, a round clock time, a decade of the past or a day named relative
 * to the copy's own day ("today") is detail or background a rewrite rewords freely.
 */

/** Words of a clock time: "11 a.m.", "at noon", "midnight" (dropped.ts keeps a time to the minute, "4:12 a.m."). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'noon', 'midday', 'midnight', "o'clock", 'o’clock', 'gmt', 'utc']);

/** Units of an age after its figure ("a 7-year-old girl", "a six-month-old baby", "52 years old"). */
export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** The word after an age's unit ("-year-old", "years old"). */
export const AGE_OLD = 'old';

